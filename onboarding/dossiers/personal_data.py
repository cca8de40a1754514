"""Grant applications under the RGPD.

Export: each application with its expenses (and their invoices), bank details as she typed
them, the sworn statement, the timeline and the comments she could read.

Erasure: an application never submitted (draft, ready) is deleted with its invoices. One that
reached the funder is kept whole and read-only for the funder's audit
(``RGPD_RETENTION["grant_dossiers_years"]``): the funder may check the spending, the bank
account it paid and who signed the statement.
"""

from django.utils.translation import gettext_lazy as _

from accounts.personal_data import (
    Erasure,
    Kept,
    Part,
    Section,
    delete_files_after_commit,
    file_reader,
    register,
    retention,
    years_before,
)
from onboarding.dossiers.models import Application, Comment, Expense, Status, StatusChange

NOT_SUBMITTED = (Status.DRAFT, Status.READY)


def _grouped(rows) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in rows:
        grouped.setdefault(row.application_id, []).append(row)
    return grouped


def export_applications(user) -> Part:
    """Four queries: applications, expenses, timeline, comments."""
    applications = list(
        Application.objects.filter(business__owner=user)
        .select_related("programme", "business")
        .order_by("created_at", "pk")
    )
    ids = [a.pk for a in applications]
    expenses = _grouped(Expense.objects.filter(application__in=ids).order_by("invoice_date", "pk"))
    changes = _grouped(StatusChange.objects.filter(application__in=ids).order_by("at", "pk"))
    comments = _grouped(Comment.objects.filter(application__in=ids).order_by("created_at", "pk"))
    files = []
    data = []
    for a in applications:
        listed = expenses.get(a.pk, [])
        files.extend(
            (f"{a.pk}/{e.pk}-{e.original_filename}", file_reader(e.invoice))
            for e in listed
            if e.invoice
        )
        data.append(
            {
                "programme": a.programme.name,
                "business": a.business.trade_name,
                "siren": a.siren,
                "status": a.get_status_display(),
                "funder_reference": a.funder_reference,
                "iban": a.iban,
                "bic": a.bic,
                "account_holder": a.account_holder,
                "sworn_at": a.sworn_at,
                "sworn_name": a.sworn_name,
                "created_at": a.created_at,
                "expenses": [
                    {
                        "supplier": e.supplier,
                        "invoice_number": e.invoice_number,
                        "invoice_date": e.invoice_date,
                        "amount_ht": e.amount_ht,
                        "amount_ttc": e.amount_ttc,
                        "category": e.get_category_display(),
                        "file": e.original_filename,
                    }
                    for e in listed
                ],
                "timeline": [
                    {"status": c.get_status_display(), "at": c.at, "note": c.note}
                    for c in changes.get(a.pk, [])
                ],
                "comments": [
                    {
                        "body": c.body,
                        "asks_changes": c.asks_changes,
                        "created_at": c.created_at,
                        "resolved_at": c.resolved_at,
                    }
                    for c in comments.get(a.pk, [])
                ],
            }
        )
    return Part(data, files)


def erase_applications(erasure: Erasure) -> None:
    drafts = Application.objects.filter(business__owner=erasure.user, status__in=NOT_SUBMITTED)
    delete_files_after_commit(
        [e.invoice for e in Expense.objects.filter(application__in=drafts).only("invoice")]
    )
    drafts.delete()


def purge_applications(now) -> int:
    """The dossiers of accounts erased longer ago than the funder's audit period."""
    cutoff = years_before(now, retention("grant_dossiers_years"))
    expired = Application.objects.filter(business__owner__erased_at__lte=cutoff)
    delete_files_after_commit(
        [e.invoice for e in Expense.objects.filter(application__in=expired).only("invoice")]
    )
    deleted, _details = expired.delete()
    return deleted


def applications_kept() -> list[Kept]:
    return [
        Kept(
            _(
                "Vos demandes d'aide déposées auprès d'un financeur (dépenses, factures, "
                "coordonnées bancaires, déclaration signée), en lecture seule. Les brouillons "
                "sont supprimés."
            ),
            _("Contrôle du financeur sur l'usage de l'aide."),
            retention("grant_dossiers_years"),
        )
    ]


SECTION = Section(
    key="grant_applications",
    order=30,
    export=export_applications,
    erase=erase_applications,
    kept=applications_kept,
    purge=purge_applications,
)


def register_section() -> None:
    register(SECTION)
