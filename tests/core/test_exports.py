"""Exports open in a French spreadsheet with accents, numbers and dates intact, and nothing that
someone typed runs as a formula."""

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from core.exports import csv_bytes, csv_response, safe_filename, xlsx_bytes, xlsx_response

FORMULAS = ['=HYPERLINK("http://evil.example")', "+33 6 12 34 56 78", "-1+2", "@SUM(A1)"]
ROWS = [
    ["Nom", "Quantité", "Prix", "Jour", "Retrait"],
    [
        "Crème brûlée",
        3,
        Decimal("4.50"),
        date(2031, 6, 12),
        datetime(2031, 6, 12, 7, 30, tzinfo=UTC),
    ],
]


def read_csv(content: bytes) -> list[list[str]]:
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def read_xlsx(content: bytes):
    return load_workbook(io.BytesIO(content)).active


def test_csv_starts_with_a_bom_and_uses_semicolons_and_decimal_commas():
    content = csv_bytes(ROWS)
    assert content.startswith(b"\xef\xbb\xbf")
    assert content.decode("utf-8").splitlines()[0] == "\ufeffNom;Quantité;Prix;Jour;Retrait"
    # Europe/Paris is two hours ahead of UTC in June.
    assert read_csv(content)[1] == ["Crème brûlée", "3", "4,50", "12/06/2031", "12/06/2031 09:30"]


@pytest.mark.parametrize("text", [*FORMULAS, "\tcaché", "\rcaché"])
def test_csv_neutralises_formulas(text):
    assert read_csv(csv_bytes([[text]])) == [["'" + text]]


def test_csv_leaves_ordinary_text_and_negative_numbers_alone():
    assert read_csv(csv_bytes([["Boulangerie", "a=b", -5, None]])) == [
        ["Boulangerie", "a=b", "-5", ""]
    ]


def test_xlsx_types_numbers_decimals_dates_and_datetimes():
    sheet = read_xlsx(xlsx_bytes(ROWS, sheet_title="Commandes"))
    assert sheet.title == "Commandes"
    name, quantity, price, day, pickup = sheet[2]
    assert (name.value, name.data_type) == ("Crème brûlée", "s")
    assert (quantity.value, quantity.data_type) == (3, "n")
    assert (price.value, price.data_type) == (4.5, "n")
    assert day.value == datetime(2031, 6, 12)
    assert day.is_date and day.number_format == "DD/MM/YYYY"
    assert pickup.value == datetime(2031, 6, 12, 9, 30)  # local time: Excel has no zones
    assert pickup.is_date


@pytest.mark.parametrize("text", FORMULAS)
def test_xlsx_keeps_formulas_as_inert_text(text):
    cell = read_xlsx(xlsx_bytes([[text]], sheet_title="Feuille"))["A1"]
    assert cell.value == text
    assert cell.data_type == "s"


def test_xlsx_drops_control_characters_that_excel_refuses():
    cell = read_xlsx(xlsx_bytes([["Pain\x00 de mie\x1b"]], sheet_title="Feuille"))["A1"]
    assert cell.value == "Pain de mie"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("commandes-boulangerie-2031-06-12.csv", "commandes-boulangerie-2031-06-12.csv"),
        ('Crème "brûlée"\r\n.csv', "Creme-brulee-.csv"),
        ("../../etc/passwd", "etc-passwd"),
        ("«»", "export"),
    ],
)
def test_file_names_are_safe_in_a_header(name, expected):
    assert safe_filename(name) == expected


def test_responses_are_attachments_kept_out_of_shared_caches():
    for response, content_type in (
        (csv_response(ROWS, filename="Ventes été.csv"), "text/csv; charset=utf-8"),
        (
            xlsx_response(ROWS, filename="ventes.xlsx", sheet_title="Ventes"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    ):
        assert response["Content-Type"] == content_type
        assert response["Content-Disposition"].startswith("attachment; filename=")
        assert response["Cache-Control"] == "private, no-store"
    assert csv_response(ROWS, filename="Ventes été.csv")["Content-Disposition"] == (
        'attachment; filename="Ventes-ete.csv"'
    )
