"""Whether a business may apply to a programme, rule by rule, each with its reason.

A bare yes/no is useless to an owner who is refused: every rule the programme sets gives one
check, passed or not, and the message quotes the business's own figure against the limit so the
owner sees which rule and by how much. Rules the programme leaves empty produce no check at all,
so the list doubles as "what this programme asks of you".

Expense checks are separate (``expense_problems``): they concern one invoice, not the business.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.formatting import format_date, format_money
from onboarding.grants.models import ExpenseCategory
from onboarding.profile.models import Sector

HEADCOUNT = "headcount"
TURNOVER = "turnover"
CLOSURE = "closure"
ACTIVITY_START = "activity_start"
INCLUDED_DEPARTMENT = "included_department"
EXCLUDED_DEPARTMENT = "excluded_department"
SECTOR = "sector"
DEADLINE = "deadline"


@dataclass(frozen=True)
class RuleCheck:
    code: str
    passed: bool
    message: str


def _employees(count: int) -> str:
    return ngettext("%(count)s salarié", "%(count)s salariés", count) % {"count": count}


def _sector_label(value: str) -> str:
    try:
        return str(Sector(value).label)
    except ValueError:
        return value


def _headcount(programme, business) -> RuleCheck:
    limit = programme.max_headcount + 1  # "moins de 11 salariés" is how funders word it
    passed = business.headcount <= programme.max_headcount
    if passed:
        message = _("Effectif : %(actual)s, moins de %(limit)s comme le programme l'exige.")
    else:
        message = _("Effectif : %(actual)s, le programme exige moins de %(limit)s.")
    return RuleCheck(
        HEADCOUNT,
        passed,
        message % {"actual": _employees(business.headcount), "limit": _employees(limit)},
    )


def _turnover(programme, business) -> RuleCheck:
    passed = business.annual_turnover <= programme.max_turnover
    if passed:
        message = _(
            "Chiffre d'affaires : %(actual)s, dans la limite de %(limit)s fixée par le programme."
        )
    else:
        message = _("Chiffre d'affaires : %(actual)s, le programme exige au plus %(limit)s.")
    return RuleCheck(
        TURNOVER,
        passed,
        message
        % {
            "actual": format_money(business.annual_turnover, drop_zero_cents=True),
            "limit": format_money(programme.max_turnover, drop_zero_cents=True),
        },
    )


def _closure(business) -> RuleCheck:
    if business.closed_by_decree:
        return RuleCheck(
            CLOSURE,
            True,
            _("Fermeture administrative : l'entreprise a été fermée au public, comme exigé."),
        )
    return RuleCheck(
        CLOSURE,
        False,
        _(
            "Fermeture administrative : l'entreprise n'a pas été fermée au public par décision "
            "administrative, le programme l'exige."
        ),
    )


def _activity_start(programme, business) -> RuleCheck:
    passed = business.created_on < programme.activity_started_before
    params = {
        "actual": format_date(business.created_on),
        "limit": format_date(programme.activity_started_before),
    }
    if passed:
        message = _("Date de création : %(actual)s, avant le %(limit)s comme exigé.")
    else:
        message = _(
            "Date de création : %(actual)s, le programme exige une activité commencée avant "
            "le %(limit)s."
        )
    return RuleCheck(ACTIVITY_START, passed, message % params)


def _included_department(programme, department: str) -> RuleCheck:
    passed = department in programme.included_departments
    params = {
        "actual": department or _("inconnu"),
        "limit": ", ".join(programme.included_departments),
    }
    if passed:
        message = _("Département : %(actual)s, couvert par le programme.")
    else:
        message = _(
            "Département : %(actual)s, le programme ne couvre que les départements %(limit)s."
        )
    return RuleCheck(INCLUDED_DEPARTMENT, passed, message % params)


def _excluded_department(programme, department: str) -> RuleCheck:
    passed = department not in programme.excluded_departments
    params = {
        "actual": department or _("inconnu"),
        "limit": ", ".join(programme.excluded_departments),
    }
    if passed:
        message = _("Territoire : %(actual)s, hors des territoires exclus (%(limit)s).")
    else:
        message = _("Territoire : %(actual)s, le programme exclut les territoires %(limit)s.")
    return RuleCheck(EXCLUDED_DEPARTMENT, passed, message % params)


def _sector(programme, business) -> RuleCheck:
    passed = business.sector in programme.eligible_sectors
    params = {
        "actual": _sector_label(business.sector),
        "limit": ", ".join(_sector_label(sector) for sector in programme.eligible_sectors),
    }
    if passed:
        message = _("Secteur : %(actual)s, éligible au programme.")
    else:
        message = _("Secteur : %(actual)s, le programme est réservé aux secteurs : %(limit)s.")
    return RuleCheck(SECTOR, passed, message % params)


def _deadline(programme, today: date) -> RuleCheck:
    passed = today <= programme.application_deadline
    params = {"limit": format_date(programme.application_deadline)}
    if passed:
        message = _("Date limite : les demandes sont ouvertes jusqu'au %(limit)s inclus.")
    else:
        message = _("Date limite : les demandes étaient à déposer au plus tard le %(limit)s.")
    return RuleCheck(DEADLINE, passed, message % params)


def business_checks(programme, business, *, today: date) -> list[RuleCheck]:
    """One check per rule the programme sets, in the order the public page lists them.

    ``today`` is passed in rather than read from the clock so that callers and tests decide
    which day it is (an application started before midnight is judged on that day).
    """
    checks = []
    if programme.max_headcount is not None:
        checks.append(_headcount(programme, business))
    if programme.max_turnover is not None:
        checks.append(_turnover(programme, business))
    if programme.closure_required:
        checks.append(_closure(business))
    if programme.activity_started_before is not None:
        checks.append(_activity_start(programme, business))
    if programme.included_departments or programme.excluded_departments:
        department = business.department
        if programme.included_departments:
            checks.append(_included_department(programme, department))
        if programme.excluded_departments:
            checks.append(_excluded_department(programme, department))
    if programme.eligible_sectors:
        checks.append(_sector(programme, business))
    if programme.application_deadline is not None:
        checks.append(_deadline(programme, today))
    return checks


def is_eligible(checks) -> bool:
    """Eligible when no rule fails; a programme without rules is open to every business."""
    return all(check.passed for check in checks)


def is_closed(checks) -> bool:
    """Past the deadline: whatever else fails, no change to the business's profile can help,
    so the owner is told the programme is closed rather than asked to correct her profile."""
    return any(check.code == DEADLINE and not check.passed for check in checks)


def failed(checks) -> list[RuleCheck]:
    return [check for check in checks if not check.passed]


def expense_problems(programme, *, invoice_date: date, category: str) -> list[str]:
    """Why one invoice would not count towards the programme; empty when it counts.

    The window is inclusive at both ends: the chèque France Num took invoices dated from
    30 October 2020 up to and including 30 June 2021.
    """
    problems = []
    starts, ends = programme.expenses_from, programme.expenses_until
    if starts is not None and invoice_date < starts:
        problems.append(
            _(
                "Facture du %(actual)s : le programme ne retient que les dépenses à partir du "
                "%(limit)s."
            )
            % {"actual": format_date(invoice_date), "limit": format_date(starts)}
        )
    if ends is not None and invoice_date > ends:
        problems.append(
            _(
                "Facture du %(actual)s : le programme ne retient que les dépenses jusqu'au "
                "%(limit)s."
            )
            % {"actual": format_date(invoice_date), "limit": format_date(ends)}
        )
    if programme.eligible_categories and category not in programme.eligible_categories:
        try:
            label = str(ExpenseCategory(category).label)
        except ValueError:
            label = category
        problems.append(
            _(
                "Catégorie « %(actual)s » : elle ne fait pas partie des dépenses éligibles au "
                "programme."
            )
            % {"actual": label}
        )
    return problems
