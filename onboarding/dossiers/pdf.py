"""The dossier as one PDF the owner sends to the funder: summary, expenses, statement, invoices.

Funders' portals take one file per application, and a person reading it needs the totals
first, then each invoice. So the first pages, drawn by WeasyPrint on A4, summarise the business,
the programme and the computed aid, table the expenses with their totals, list the invoices
and print the sworn statement; then the PDF invoices are appended as they are, in the order of
the table. Images are listed but not appended (printing them would mean resizing scans).

The HTML holds user input (names, suppliers), so it is rendered by a standalone template engine
with autoescaping, and WeasyPrint reads only through ``certificates.pdf.strict_url_fetcher``:
the fonts shipped in static/, nothing online, nothing else on disk.

An invoice that pikepdf cannot append after all (it passed the upload check, so this should
not happen) is noted on the list rather than failing the whole dossier.
"""

import io
import logging
from functools import cache
from pathlib import Path

import pikepdf
from django.conf import settings
from django.template import Context, Engine
from django.utils import timezone
from django.utils.formats import date_format
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

from certificates.pdf import FONT_FILES, static_file, strict_url_fetcher
from onboarding.dossiers.selectors import summary_of
from onboarding.dossiers.services import statement_text
from onboarding.grants.formatting import euros

logger = logging.getLogger(__name__)

TEMPLATE = Path(settings.BASE_DIR) / "templates" / "dossiers" / "dossier_pdf.html"


@cache
def _template():
    """A standalone engine: the site's context processors and builtins have no say here."""
    return Engine().from_string(TEMPLATE.read_text(encoding="utf-8"))


def _french_date(value) -> str:
    return date_format(value, "j F Y")


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

    normal = Path(static_file(FONT_FILES["normal"])).as_uri()
    bold = Path(static_file(FONT_FILES["bold"])).as_uri()
    context = {
        "application": application,
        "business": application.business,
        "programme": application.programme,
        "summary": summary,
        "rows": rows,
        "total_ht": euros(summary.total_ht),
        "total_ttc": euros(summary.total_ttc),
        "eligible_total": euros(summary.eligible_total),
        "aid": euros(summary.aid),
        "iban": stdnum_iban.format(application.iban) if application.iban else "",
        "statement": statement_text(application),
        "sworn_on": _french_date(timezone.localtime(application.sworn_at))
        if application.sworn_at
        else "",
        "generated": _french_date(timezone.localdate()),
        "font_normal": normal,
        "font_bold": bold,
    }
    return _template().render(Context(context, autoescape=True))


def dossier_pdf(application) -> bytes:
    """The whole dossier: summary pages, then each PDF invoice."""
    summary = summary_of(application)
    rows, attachments = [], []
    for line in summary.lines:
        expense = line.expense
        row = {
            "line": line,
            "date": _french_date(expense.invoice_date),
            "ht": euros(expense.amount_ht),
            "ttc": euros(expense.amount_ttc),
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

    html = HTML(string=dossier_html(application, summary, rows), url_fetcher=strict_url_fetcher)
    cover = html.write_pdf(font_config=FontConfiguration())
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
