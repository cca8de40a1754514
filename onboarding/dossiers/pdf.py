"""The dossier as one PDF the owner sends to the funder: summary, expenses, statement, invoices.

Funders' portals take one file per application, and a person reading it needs the totals
first, then each invoice. So the first pages, drawn by WeasyPrint on A4, summarise the business,
the programme and the computed aid, table the expenses with their totals, list the invoices
and print the sworn statement; then the PDF invoices are appended, in the order of the table,
once made inert (``onboarding.dossiers.inert``: no script, link, attachment or form reaches
the funder). Images are listed but not appended (printing them would mean resizing scans). The
funders are French, so the dossier is in French (texts, amounts, dates) whatever the owner's
language.

The pages are numbered for the whole file: the summary's footer counts the invoices appended
after it ("Page 1 / 4" on a two-page summary with two one-page invoices), so a reader can tell
that nothing is missing. WeasyPrint only knows its own pages, so when invoices are appended the
summary is drawn a second time with the file's total written in (the footer does not change
the layout, so the page count stays the same).

The HTML holds user input (names, suppliers), so it is rendered by ``core.pdf``: a standalone
template engine with autoescaping, and WeasyPrint reading only the fonts shipped in static/,
nothing online, nothing else on disk.

An invoice that pikepdf cannot append after all (it passed the upload check, so this should
not happen) is noted on the list rather than failing the whole dossier.
"""

import io
import logging

import pikepdf
from django.utils import timezone, translation

from core.formatting import format_date
from core.pdf import html_to_pdf, render_template_html
from onboarding.dossiers.banking import masked_iban
from onboarding.dossiers.inert import make_inert
from onboarding.dossiers.models import Status
from onboarding.dossiers.selectors import is_owner, summary_of
from onboarding.dossiers.services import statement_text

logger = logging.getLogger(__name__)

TEMPLATE = "dossiers/dossier_pdf.html"


def _invoice_pdf(expense) -> pikepdf.Pdf | None:
    try:
        with expense.invoice.open("rb") as handle:
            data = handle.read()
        invoice = pikepdf.open(io.BytesIO(data))
        make_inert(invoice)
        return invoice
    except (OSError, pikepdf.PdfError, ValueError) as error:
        logger.warning("Facture %s non jointe au dossier : %s", expense.pk, error)
        return None


def printed_status(application, summary) -> str:
    """The status as the funder should read it. "Brouillon" is the platform's word for a
    dossier still being edited: printed on a complete file downloaded from the review step it
    would tell the funder the opposite of the truth. A complete draft is ready to be filed; an
    incomplete one says so (its missing points are listed under it); from filing on, the
    platform's status (with the funder's reference) is the truth."""
    if application.status in (Status.DRAFT, Status.MORE_INFO):
        if summary.problems:
            return "Incomplète : à compléter avant le dépôt"
        return str(Status.READY.label)
    return str(application.get_status_display())


def printed_iban(application, viewer) -> str:
    """The IBAN in full for the owner only, masked as on the page for everyone else.

    The owner files the dossier with the funder herself, and the funder pays into that
    account: her copy must carry the whole IBAN. An advisor or staff member reads the PDF to
    review the file; the masked form (country, key and last digits) tells them the account is
    there and which one it is, without handing them a number they have no use for.
    """
    from stdnum import iban as stdnum_iban

    if not application.iban:
        return ""
    if is_owner(viewer, application):
        return stdnum_iban.format(application.iban)
    return masked_iban(application.iban)


def dossier_html(application, summary, rows, *, viewer, page_total: int | None = None) -> str:
    incomplete = application.status in (Status.DRAFT, Status.MORE_INFO) and summary.problems
    context = {
        "application": application,
        "business": application.business,
        "programme": application.programme,
        "summary": summary,
        "status": printed_status(application, summary),
        "missing": summary.problems if incomplete else [],
        "page_total": page_total,
        "rows": rows,
        "iban": printed_iban(application, viewer),
        "statement": statement_text(application),
        "sworn_on": format_date(application.sworn_at),
        "generated": format_date(timezone.localdate()),
    }
    return render_template_html(TEMPLATE, context)


def dossier_pdf(application, *, viewer) -> bytes:
    """The whole dossier, in French: summary pages, then each PDF invoice, as ``viewer`` may
    read it (see ``printed_iban``)."""
    with translation.override("fr"):
        return _dossier_pdf(application, viewer)


def _dossier_pdf(application, viewer) -> bytes:
    summary = summary_of(application)
    rows, attachments = [], []
    for line in summary.lines:
        expense = line.expense
        row = {
            "line": line,
            "date": format_date(expense.invoice_date),
            "kind": "PDF" if expense.is_pdf else "image",
            "appended": False,
            "note": "",
        }
        if expense.is_pdf:
            invoice = _invoice_pdf(expense)
            if invoice is None:
                row["note"] = "illisible, à fournir séparément"
            else:
                row["appended"] = True
                attachments.append(invoice)
        else:
            row["note"] = "image, à télécharger depuis la plateforme"
        rows.append(row)

    cover = html_to_pdf(dossier_html(application, summary, rows, viewer=viewer))
    if not attachments:
        return cover
    with pikepdf.open(io.BytesIO(cover)) as drawn:
        cover_pages = len(drawn.pages)
    page_total = cover_pages + sum(len(invoice.pages) for invoice in attachments)
    cover = html_to_pdf(
        dossier_html(application, summary, rows, viewer=viewer, page_total=page_total)
    )
    # qpdf reads a copied page's streams from its source when saving: keep every source open.
    try:
        with pikepdf.open(io.BytesIO(cover)) as document:
            for invoice in attachments:
                document.pages.extend(invoice.pages)
            output = io.BytesIO()
            document.save(output)
    finally:
        for invoice in attachments:
            invoice.close()
    return output.getvalue()
