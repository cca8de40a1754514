"""Writes: starting an application, each step of the wizard, and every change of status.

Every status change goes through ``_move``, which checks the transition against
``TRANSITIONS`` and writes a ``StatusChange``: the timeline is the record of what happened,
so no code path may change ``status`` without it.

Who may do what:
- the owner of the business fills the dossier in (expenses, bank details, statement), marks it
  ready, records its submission and the funder's answers;
- staff record submissions and decisions too, and comment;
- advisors who follow the business read and comment, and may ask for changes: on a dossier
  marked ready that sends it back to draft, so the owner cannot submit it unchanged.

Refusals raise ``DossierError`` (one message) or Django's ``ValidationError`` (by field);
both carry French sentences meant for the person.
"""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import Role, role_of
from onboarding.dossiers import banking, uploads
from onboarding.dossiers.models import (
    NOTE_OPENED,
    NOTE_REOPENED,
    Application,
    Comment,
    Expense,
    Status,
    StatusChange,
)
from onboarding.dossiers.selectors import can_comment, can_record_decision, is_owner, summary_of
from onboarding.grants.eligibility import RuleCheck, business_checks, is_eligible
from onboarding.profile.selectors import business_of

logger = logging.getLogger(__name__)

#: Status → the statuses it may move to, and through which action.
TRANSITIONS = {
    Status.DRAFT: {Status.READY},
    Status.READY: {Status.SUBMITTED, Status.DRAFT},
    Status.SUBMITTED: {Status.MORE_INFO, Status.APPROVED, Status.REJECTED},
    Status.MORE_INFO: {Status.READY, Status.APPROVED, Status.REJECTED},
    Status.APPROVED: {Status.PAID},
    Status.PAID: set(),
    Status.REJECTED: set(),
}
#: The funder's answers, as recorded by ``record_decision``.
DECISIONS = (Status.MORE_INFO, Status.APPROVED, Status.PAID, Status.REJECTED)


class DossierError(Exception):
    """A refused action; the message is for the person."""


class Ineligible(DossierError):
    """The business fails at least one rule; ``checks`` holds every rule, passed or not."""

    def __init__(self, checks: list[RuleCheck]):
        self.checks = checks
        self.failed = [check for check in checks if not check.passed]
        super().__init__(" ".join(check.message for check in self.failed))


def _locked(application: Application) -> Application:
    """Re-read the row under a write lock, so two requests cannot both move the same status."""
    return Application.objects.select_for_update().get(pk=application.pk)


def _move(application: Application, status: Status, *, by, note: str = "") -> None:
    current = _locked(application)
    if status not in TRANSITIONS[Status(current.status)]:
        raise DossierError(
            _("Une demande « %(current)s » ne peut pas passer à « %(target)s ».")
            % {"current": current.get_status_display(), "target": Status(status).label}
        )
    application.status = status
    # Read by advising's last activity: a move made by an advisor or staff is not the
    # business's own activity.
    application.changed_by = by
    application.save(update_fields=["status", "funder_reference", "updated_at"])
    StatusChange.objects.create(application=application, status=status, by=by, note=note)


def _require_owner(user, application: Application) -> None:
    if not is_owner(user, application):
        raise PermissionDenied


def _require_editable(user, application: Application) -> None:
    _require_owner(user, application)
    if not application.editable:
        raise DossierError(
            _(
                "La demande est « %(status)s » : elle ne peut plus être modifiée. Si le "
                "financeur demande des compléments, elle le redevient."
            )
            % {"status": application.get_status_display()}
        )


# --- Starting -----------------------------------------------------------------------------------


def start_application(owner, programme, *, today=None) -> Application:
    """The owner's application to ``programme``: the existing one, or a new draft.

    The eligibility check runs before anything is written; when it fails, ``Ineligible`` carries
    every rule with its reason and nothing is created. The unique constraint on (programme,
    SIREN) settles a double click or a second establishment of the same company racing: the
    loser gets the winner's row.
    """
    if role_of(owner) is not Role.OWNER:
        raise PermissionDenied
    business = business_of(owner)
    if business is None:
        raise DossierError(_("Décrivez d'abord votre entreprise pour demander une aide."))
    existing = Application.objects.filter(programme=programme, siren=business.siren).first()
    if existing is not None:
        if existing.business_id != business.pk:
            raise DossierError(
                _(
                    "Une demande a déjà été ouverte pour ce programme au nom de votre entreprise "
                    "(même SIREN), depuis un autre établissement."
                )
            )
        return existing
    checks = business_checks(programme, business, today=today or timezone.localdate())
    if not is_eligible(checks):
        raise Ineligible(checks)
    try:
        with transaction.atomic():
            application = Application.objects.create(
                business=business, programme=programme, siren=business.siren
            )
            StatusChange.objects.create(
                application=application,
                status=Status.DRAFT,
                by=owner,
                note=NOTE_OPENED,
            )
    except IntegrityError:
        existing = Application.objects.filter(programme=programme, siren=business.siren).first()
        if existing is None or existing.business_id != business.pk:
            raise
        return existing
    return application


# --- The wizard's steps -----------------------------------------------------------------------


def add_expense(application: Application, *, by, upload, **fields) -> Expense:
    """Store one expense and its invoice, once the invoice's content is checked.

    ``fields``: supplier, invoice_number, invoice_date, amount_ht, amount_ttc, category (already
    parsed by the form). Nothing reaches the storage unless the whole expense is accepted; if the
    row cannot be written, the stored file is removed again.
    """
    _require_editable(by, application)
    if fields["amount_ttc"] < fields["amount_ht"]:
        raise ValidationError(
            {"amount_ttc": _("Le montant TTC ne peut pas être inférieur au montant HT.")}
        )
    try:
        content_type = uploads.inspect_invoice(upload)
    except uploads.InvoiceRefused as error:
        raise ValidationError({"invoice": str(error)}) from error
    expense = Expense(
        application=application,
        original_filename=_display_name(upload.name),
        content_type=content_type,
        size=upload.size,
        **fields,
    )
    expense.invoice.save(upload.name, upload, save=False)
    try:
        with transaction.atomic():
            expense.save()
            _unsign(application)
    except Exception:
        expense.invoice.storage.delete(expense.invoice.name)
        raise
    return expense


def _display_name(name: str) -> str:
    """The uploader's file name, for display only: no folders, no control characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(char for char in base if char.isprintable()).strip()
    return cleaned[:200] or "facture"


def remove_expense(application: Application, expense_pk: int, *, by) -> None:
    _require_editable(by, application)
    expense = Expense.objects.filter(application=application, pk=expense_pk).first()
    if expense is None:
        raise DossierError(_("Cette dépense n'existe pas ou a déjà été retirée."))
    name, storage = expense.invoice.name, expense.invoice.storage
    with transaction.atomic():
        expense.delete()
        _unsign(application)
        transaction.on_commit(lambda: storage.delete(name))


def save_bank_details(application: Application, *, by, iban: str, bic: str, holder: str) -> None:
    _require_editable(by, application)
    details = banking.clean_bank_details(iban, bic, holder)
    if details == (application.iban, application.bic, application.account_holder):
        return
    application.iban, application.bic, application.account_holder = details
    with transaction.atomic():
        application.save(update_fields=["iban", "bic", "account_holder", "updated_at"])
        _unsign(application)


def _unsign(application: Application) -> None:
    """A sworn statement covers what the dossier said when it was signed: any change to the
    expenses or the bank details asks for a new signature."""
    application.sworn_at, application.sworn_name = None, ""
    application.save(update_fields=["sworn_at", "sworn_name", "updated_at"])


def statement_text(application: Application) -> str:
    """The sworn statement, as shown on the page and printed in the dossier."""
    return _(
        "Je certifie sur l'honneur l'exactitude des informations de cette demande, que les "
        "dépenses déclarées ont été engagées et payées par l'entreprise %(business)s (SIREN "
        "%(siren)s) pour sa transition numérique, qu'elles ne font pas l'objet d'une autre aide "
        "publique, et que l'entreprise est à jour de ses obligations fiscales et sociales. Je "
        "m'engage à conserver les justificatifs et à les présenter au financeur sur demande."
    ) % {"business": application.business.trade_name, "siren": application.siren}


def sign_statement(application: Application, *, by, name: str, accepted: bool) -> None:
    _require_editable(by, application)
    errors = {}
    name = " ".join((name or "").split())
    if not accepted:
        errors["accepted"] = _("Cochez la case pour faire votre déclaration sur l'honneur.")
    if not name:
        errors["name"] = _("Indiquez vos prénom et nom.")
    if errors:
        raise ValidationError(errors)
    application.sworn_at = timezone.now()
    application.sworn_name = name[:200]
    application.save(update_fields=["sworn_at", "sworn_name", "updated_at"])


# --- Status -------------------------------------------------------------------------------------


def mark_ready(application: Application, *, by) -> None:
    """Draft (or completed after a request for information) → ready, when nothing is missing."""
    _require_editable(by, application)
    summary = summary_of(application)
    if summary.problems:
        raise DossierError(" ".join(summary.problems))
    with transaction.atomic():
        _move(application, Status.READY, by=by)


def reopen(application: Application, *, by) -> None:
    """The owner takes a ready dossier back to change something before submitting it."""
    _require_owner(by, application)
    with transaction.atomic():
        _move(application, Status.DRAFT, by=by, note=NOTE_REOPENED)


def record_submission(application: Application, *, by, reference: str) -> None:
    """Ready → submitted, with the reference the funder's portal gave."""
    if not can_record_decision(by, application):
        raise PermissionDenied
    reference = " ".join((reference or "").split())
    if not reference:
        raise ValidationError(
            {"reference": _("Indiquez la référence de dépôt donnée par le financeur.")}
        )
    with transaction.atomic():
        application.funder_reference = reference[:100]
        _move(
            application,
            Status.SUBMITTED,
            by=by,
            note=_("Référence du financeur : %(reference)s") % {"reference": reference[:100]},
        )


def record_decision(application: Application, *, by, status: str, note: str = "") -> None:
    """The funder's answer: more information, approved, paid or rejected."""
    if not can_record_decision(by, application):
        raise PermissionDenied
    if status not in DECISIONS:
        raise DossierError(_("Cette décision n'existe pas."))
    note = (note or "").strip()
    if status in (Status.MORE_INFO, Status.REJECTED) and not note:
        raise ValidationError(
            {"note": _("Recopiez ce que le financeur demande ou la raison de son refus.")}
        )
    with transaction.atomic():
        _move(application, Status(status), by=by, note=note[:2000])


def comment(application: Application, *, by, body: str, asks_changes: bool = False) -> Comment:
    """An advisor's (or staff's) remark; asking for changes sends a ready dossier back to draft."""
    if not can_comment(by, application):
        raise PermissionDenied
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Écrivez votre commentaire.")})
    with transaction.atomic():
        remark = Comment.objects.create(
            application=application, author=by, body=body[:5000], asks_changes=asks_changes
        )
        if asks_changes and application.status == Status.READY:
            _move(
                application, Status.DRAFT, by=by, note=_("Modifications demandées : ") + body[:500]
            )
    return remark


def resolve_comment(application: Application, comment_pk: int, *, by) -> None:
    """The owner marks a request for changes as dealt with."""
    _require_owner(by, application)
    Comment.objects.filter(application=application, pk=comment_pk, resolved_at=None).update(
        resolved_at=timezone.now()
    )
