"""Tables as files that a spreadsheet on a French computer opens correctly and safely.

CSV: French Excel expects ``;`` between cells (the comma is the decimal separator) and reads a
file as UTF-8 only when it starts with a byte order mark; numbers are written with a decimal
comma so they stay numbers, dates as ``dd/mm/yyyy``.

XLSX: numbers, Decimals, dates and datetimes are typed cells, so the sheet can sum and sort
them; everything else is a string cell.

Owners and customers type the text that ends up in these files. A text starting with ``=``,
``+``, ``-`` or ``@`` (or a tab or carriage return) would run as a formula when the file is
opened: in the CSV such a cell is prefixed with a quote; in the XLSX it is a string cell,
which a spreadsheet never evaluates, so the text stays exactly as typed.
"""

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"

Row = Sequence[Any]


def neutralised(text: str) -> str:
    """The text, made inert if a spreadsheet would take it for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unneutralised(text: str) -> str:
    """The text as it was before ``neutralised``: a file exported here and read back (the
    catalogue import) gets its cells exactly as they were."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def _local(moment: datetime) -> datetime:
    """Wall-clock time in the site's zone: a spreadsheet has no notion of time zones."""
    return timezone.localtime(moment).replace(tzinfo=None) if timezone.is_aware(moment) else moment


def _is_number(value) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def csv_text(value) -> str:
    """How one cell reads in the CSV."""
    if value is None:
        return ""
    if _is_number(value):
        return (format(value, "f") if isinstance(value, Decimal) else str(value)).replace(".", ",")
    if isinstance(value, datetime):
        return f"{_local(value):%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return neutralised(str(value))


def csv_bytes(rows: Iterable[Row]) -> bytes:
    """The whole file, UTF-8 with its byte order mark, Windows line endings."""
    output = io.StringIO()
    output.write(BOM)
    writer = csv.writer(output, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_text(value) for value in row])
    return output.getvalue().encode("utf-8")


def _xlsx_cell(sheet, value) -> WriteOnlyCell:
    if value is None or _is_number(value):
        return WriteOnlyCell(sheet, value=value)
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=_local(value))
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    # Control characters make the file unreadable to Excel; they carry nothing anyway.
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", str(value)))
    cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
    return cell


def xlsx_bytes(rows: Iterable[Row], *, sheet_title: str) -> bytes:
    """A one-sheet workbook, written as it goes so a long table stays light in memory."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])  # Excel's limit for a sheet's name
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def safe_filename(name: str) -> str:
    """``name`` reduced to ASCII letters, digits, dots, dashes and underscores.

    Part of it is typed by people (a shop's name); quotes, slashes or line breaks in a
    Content-Disposition header would let it choose another name or break the header.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name)
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip(".-")
    return cleaned or "export"


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, safe_filename(filename))
    # The tables hold people's names and contacts: no shared cache keeps a copy.
    response["Cache-Control"] = "private, no-store"
    return response


def csv_response(rows: Iterable[Row], *, filename: str) -> HttpResponse:
    return _download(csv_bytes(rows), CSV_CONTENT_TYPE, filename)


def xlsx_response(rows: Iterable[Row], *, filename: str, sheet_title: str) -> HttpResponse:
    return _download(xlsx_bytes(rows, sheet_title=sheet_title), XLSX_CONTENT_TYPE, filename)


ZIP_CONTENT_TYPE = "application/zip"


def zip_bytes(members: Iterable[tuple[str, bytes | Any]]) -> bytes:
    """A ZIP of ``(path, content)`` pairs; ``content`` is bytes, or a callable returning them,
    so that stored files are read one at a time while the archive is written. A file that
    cannot be read any more (removed from storage) is left out rather than failing the whole
    archive."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in members:
            try:
                data = content() if callable(content) else content
            except (FileNotFoundError, OSError):
                continue
            archive.writestr(path, data)
    return output.getvalue()


def zip_download(content: bytes, *, filename: str) -> HttpResponse:
    """A ZIP built by ``zip_bytes``, as a private download."""
    return _download(content, ZIP_CONTENT_TYPE, filename)
