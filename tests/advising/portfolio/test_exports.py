"""The exports hold what the page shows: same headers, same formatted cells, same filters and
sort, every matching row rather than one page; and nothing in them runs as a formula."""

from datetime import datetime

import pytest

from tests.advising.portfolio.conftest import apply, diagnose, follow, open_shop
from tests.advising.portfolio.helpers import (
    CSV_URL,
    URL,
    XLSX_URL,
    csv_table,
    page_headers,
    page_rows,
    xlsx_table,
    xlsx_values,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, advisor, programme):
    for number, commune in enumerate(["Lyon", "Annecy", "Lyon"]):
        business = follow(advisor, trade_name=f"Commerce {number}", commune=commune)
        diagnose(business, 40 + number * 10)
        open_shop(business, status="draft" if number else "published", orders_days_ago=(1,))
        apply(business, programme, "submitted")
    client.force_login(advisor)
    return client


@pytest.mark.parametrize("params", [{}, {"commune": "Lyon", "tri": "-diagnostic"}, {"q": "1"}])
def test_both_exports_match_the_page(signed_in, params):
    page = signed_in.get(URL, params)
    expected = [page_headers(page), *page_rows(page)]

    csv_response = signed_in.get(CSV_URL, params)
    assert csv_response.status_code == 200
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in csv_response["Content-Disposition"]
    assert ".csv" in csv_response["Content-Disposition"]
    assert csv_table(csv_response) == expected

    xlsx_response = signed_in.get(XLSX_URL, params)
    assert xlsx_response.status_code == 200
    assert ".xlsx" in xlsx_response["Content-Disposition"]
    assert xlsx_table(xlsx_response) == expected


def test_the_xlsx_types_counts_and_dates(signed_in):
    header, *rows = xlsx_values(signed_in.get(XLSX_URL))
    orders = header.index("Commandes (30 jours)")
    activity = header.index("Dernière activité")
    assert all(isinstance(row[orders], int) for row in rows)
    assert all(isinstance(row[activity], datetime) for row in rows)


def test_csv_uses_semicolons_and_a_bom(signed_in):
    raw = signed_in.get(CSV_URL).content
    assert raw.startswith("\ufeff".encode())
    assert raw.decode("utf-8").splitlines()[0].startswith("\ufeffEntreprise;Dirigeant;Commune;")


def test_exports_hold_every_page(client, advisor):
    for number in range(55):
        follow(advisor, trade_name=f"Commerce {number:02d}")
    client.force_login(advisor)
    assert len(page_rows(client.get(URL))) == 50
    assert len(csv_table(client.get(CSV_URL))) == 56
    assert len(xlsx_table(client.get(XLSX_URL))) == 56


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x")', "+33 boutique", "-moins", "@SUM(A1)"])
def test_formulas_are_neutralised(client, advisor, name):
    import io

    from openpyxl import load_workbook

    follow(advisor, trade_name=name)
    client.force_login(advisor)
    assert csv_table(client.get(CSV_URL))[1][0] == "'" + name
    sheet = load_workbook(io.BytesIO(client.get(XLSX_URL).content)).active
    cell = sheet["A2"]
    assert cell.value == name
    assert cell.data_type == "s"


def test_bad_filters_are_a_400_in_french(signed_in):
    for url in (CSV_URL, XLSX_URL):
        response = signed_in.get(url, {"tri": "nimporte"})
        assert response.status_code == 400
        assert "Ces filtres ne sont pas valides" in response.content.decode()
