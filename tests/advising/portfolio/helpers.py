"""Reading the portfolio page and its exports back in tests."""

import csv
import io
from datetime import datetime

from django.urls import reverse
from openpyxl import load_workbook

URL = reverse("advising:portfolio")
CSV_URL = reverse("advising:export_csv")
XLSX_URL = reverse("advising:export_xlsx")


def page_rows(response) -> list[list[str]]:
    """The table's cells as the page shows them, one list per row."""
    return [cells for _business, cells in response.context["rows"]]


def page_names(response) -> list[str]:
    return [cells[0] for cells in page_rows(response)]


def page_headers(response) -> list[str]:
    return [str(header["label"]) for header in response.context["headers"]]


def csv_table(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def xlsx_values(response) -> list[list]:
    """The workbook's cells as openpyxl reads them: numbers and dates keep their types."""
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    return [list(row) for row in sheet.values]


def xlsx_table(response) -> list[list[str]]:
    """The workbook's cells written as the page writes them."""
    return [[_as_page(value) for value in row] for row in xlsx_values(response)]


def _as_page(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y}"
    return str(value)
