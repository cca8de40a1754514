"""The dossier as one PDF the owner sends to the funder: summary, expenses, statement, invoices.

Funders' portals take one file per application, and a person reading it needs the totals
first, then each invoice. So the first pages, drawn by WeasyPrint on A4, summarise the business,
the programme and the computed aid, table the expenses with their totals, list the invoices
and print the sworn statement; then the PDF invoices are appended as they are, in the order of
the table. Images are listed but not appended (printing them would mean resizing scans). The
funders are French, so the dossier is in French (texts, amounts, dates) whatever the owner's
language.

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
from onboarding.dossiers.selectors import summary_of
from onboarding.dossiers.services import statement_text

logger = logging.getLogger(__name__)

TEMPLATE = "dossiers/dossier_pdf.html"


def _invoice_pdf(expense) -> pikepdf.Pdf | None:
    try:
        with expense.invoice.open("rb") as handle:
            data = handle.read()
        return pikepdf.open(io.BytesIO(data))
    except (OSError, pikepdf.PdfError, ValueError) as error:
        logger.warning("Facture %s non jointe au dossier : %s", expense.pk, error)
        return None


def dossier_html(application, summary, rows) -> str:
    from stdnum import iban as stdnum_iban

    context = {
        "application": application,
        "business": application.business,
        "programme": application.programme,
        "summary": summary,
        "rows": rows,
        "iban": stdnum_iban.format(application.iban) if application.iban else "",
        "statement": statement_text(application),
        "sworn_on": format_date(application.sworn_at),
        "generated": format_date(timezone.localdate()),
    }
    return render_template_html(TEMPLATE, context)


def dossier_pdf(application) -> bytes:
    """The whole dossier, in French: summary pages, then each PDF invoice."""
    with translation.override("fr"):
        return _dossier_pdf(application)


def _dossier_pdf(application) -> bytes:
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

    cover = html_to_pdf(dossier_html(application, summary, rows))
    if not attachments:
        return cover
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
