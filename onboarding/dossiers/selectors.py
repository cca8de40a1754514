"""Reads: who may open which application, and what an application adds up to.

Access follows the business: an application is visible to whoever sees its business
(``onboarding.profile.selectors.visible_businesses``: the owner, the advisors assigned to it,
staff).
Views turn "not visible" into a 404, so a dossier's existence is never revealed.

The computed aid is never stored: it follows from the programme's rules and the expenses at the
moment it is read, so a programme corrected by staff or an expense removed is reflected at once.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import Role, role_of
from onboarding.dossiers.models import Application, Comment, Expense, StatusChange
from onboarding.grants.amounts import aid_amount, minimum_spend_problem
from onboarding.grants.eligibility import business_checks, expense_problems, is_eligible
from onboarding.profile.selectors import business_of, follows, visible_businesses

ZERO = Decimal("0.00")


def applications_of(business) -> QuerySet[Application]:
    """A business's applications, newest first, with their programme."""
    return Application.objects.filter(business=business).select_related("business", "programme")


def latest_application(business) -> Application | None:
    return applications_of(business).first()


def visible_applications(user) -> QuerySet[Application]:
    return Application.objects.filter(business__in=visible_businesses(user)).select_related(
        "business", "programme"
    )


def application_to(business, programme) -> Application | None:
    """The business's application to ``programme``, if it made one (one per SIREN)."""
    return applications_of(business).filter(programme=programme).first()


def listed_applications(user) -> list[Application] | QuerySet[Application]:
    """What "Mes demandes" lists: an owner's own, newest first; the applications an advisor
    or staff member may read, most recently changed first."""
    if role_of(user) is Role.OWNER:
        business = business_of(user)
        return applications_of(business) if business else []
    return visible_applications(user).order_by("-updated_at")


def expense_of(application: Application, pk: int) -> Expense:
    """One of the application's expenses; 404 for any other."""
    return get_object_or_404(Expense, application=application, pk=pk)


def application_for(user, pk: int) -> Application | None:
    """The application if ``user`` may read it, with what every page shows; else None."""
    return (
        visible_applications(user)
        .prefetch_related(
            Prefetch("expenses", queryset=Expense.objects.order_by("invoice_date", "pk")),
            Prefetch("status_changes", queryset=StatusChange.objects.select_related("by")),
            Prefetch("comments", queryset=Comment.objects.select_related("author")),
        )
        .filter(pk=pk)
        .first()
    )


def is_owner(user, application: Application) -> bool:
    return role_of(user) is Role.OWNER and application.business.owner_id == user.pk


def can_comment(user, application: Application) -> bool:
    """Advisors who follow the business, and staff. Checked here rather than left to the
    views' visibility check, so that ``services.comment`` refuses an unassigned advisor too."""
    return follows(user, application.business)


def can_record_decision(user, application: Application) -> bool:
    """Staff, or the owner writing down the answer the funder sent her."""
    return role_of(user) is Role.STAFF or is_owner(user, application)


@dataclass
class ExpenseLine:
    expense: Expense
    problems: list[str]

    @property
    def eligible(self) -> bool:
        return not self.problems


@dataclass
class Summary:
    """What the review page, the PDF and the "ready" check all read."""

    lines: list[ExpenseLine]
    total_ht: Decimal
    total_ttc: Decimal
    eligible_total: Decimal
    aid: Decimal
    minimum_problem: str | None
    failed_checks: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.problems


def summary_of(application: Application, *, today=None) -> Summary:
    """Totals, the aid and every reason the application cannot be marked ready yet.

    Uses ``application.expenses.all()``, so a prefetched application costs no query here.
    """
    programme = application.programme
    lines = [
        ExpenseLine(
            expense,
            expense_problems(
                programme, invoice_date=expense.invoice_date, category=expense.category
            ),
        )
        for expense in application.expenses.all()
    ]
    total_ht = sum((line.expense.amount_ht for line in lines), ZERO)
    total_ttc = sum((line.expense.amount_ttc for line in lines), ZERO)
    eligible_total = sum((line.expense.amount_ht for line in lines if line.eligible), ZERO)
    minimum = minimum_spend_problem(programme, eligible_total)
    checks = business_checks(programme, application.business, today=today or timezone.localdate())
    failed = [] if is_eligible(checks) else [check for check in checks if not check.passed]

    problems = [check.message for check in failed]
    if not lines:
        problems.append(_("Ajoutez au moins une dépense avec sa facture."))
    elif eligible_total <= 0:
        problems.append(_("Aucune des dépenses saisies n'est éligible au programme."))
    elif minimum:
        problems.append(minimum)
    if not application.has_bank_details:
        problems.append(_("Renseignez les coordonnées bancaires (IBAN, BIC, titulaire)."))
    if not application.sworn:
        problems.append(_("Signez la déclaration sur l'honneur."))
    return Summary(
        lines=lines,
        total_ht=total_ht,
        total_ttc=total_ttc,
        eligible_total=eligible_total,
        aid=aid_amount(programme, eligible_total),
        minimum_problem=minimum,
        failed_checks=failed,
        problems=problems,
    )
