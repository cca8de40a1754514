"""The portfolio as files: the page's columns and formatted values, every matching row.

CSV for French Excel: ``;`` between cells (the comma is the decimal separator) and a byte
order mark so that accents survive. Trade names and communes are typed by owners: a cell
starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) would run as a
formula when the file is opened, so in the CSV it is prefixed with a quote. In the XLSX,
every cell is written as a string cell, which a spreadsheet never evaluates, so the text
stays exactly as shown.
"""

import csv
import io
from collections.abc import Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from advising.portfolio.table import cells, headers

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_TITLE = "Portefeuille"


def neutralised(text: str) -> str:
    """The cell's text, made inert if a spreadsheet would take it for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def table(businesses: Iterable) -> Iterable[list[str]]:
    """The header, then one row per business, as the page shows them."""
    yield headers()
    for business in businesses:
        yield cells(business)


def portfolio_csv(businesses: Iterable) -> bytes:
    output = io.StringIO()
    output.write(BOM)
    writer = csv.writer(output, delimiter=";", lineterminator="\r\n")
    for row in table(businesses):
        writer.writerow([neutralised(cell) for cell in row])
    return output.getvalue().encode("utf-8")


def portfolio_xlsx(businesses: Iterable) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=SHEET_TITLE)
    for row in table(businesses):
        sheet.append([_text_cell(sheet, value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # openpyxl would store "=…" as a formula
    return cell
