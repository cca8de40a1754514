"""The portfolio as files: the page's columns, every matching row, for a spreadsheet.

The CSV reads exactly as the page; the XLSX has the counts and the last activity's date as
typed cells. Writing them safely (formulas, accents, file names) is ``core.exports``'s job.
"""

from collections.abc import Iterable

from django.http import HttpResponse
from django.utils import timezone

from advising.portfolio.table import headers, values
from core.exports import csv_response, xlsx_response

SHEET_TITLE = "Portefeuille"


def table(businesses: Iterable) -> Iterable[list]:
    """The header, then one row per business."""
    yield headers()
    for business in businesses:
        yield values(business)


def _filename(extension: str) -> str:
    return f"portefeuille-{timezone.localdate():%Y-%m-%d}.{extension}"


def portfolio_csv(businesses: Iterable) -> HttpResponse:
    return csv_response(table(businesses), filename=_filename("csv"))


def portfolio_xlsx(businesses: Iterable) -> HttpResponse:
    return xlsx_response(table(businesses), filename=_filename("xlsx"), sheet_title=SHEET_TITLE)
