"""The portfolio and its exports with hostile parameters: a 200 or a clear 400, never a 500."""

import io

import pytest
from openpyxl import load_workbook

from tests.advising.portfolio.conftest import follow
from tests.advising.portfolio.helpers import CSV_URL, URL, XLSX_URL, page_names
from tests.hostile_input import HOSTILE_QUERIES, HUGE_ID

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_any_search_is_answered_on_the_page_and_in_the_exports(signed_in, advisor, query):
    follow(advisor, trade_name="Boulangerie Soleil")
    for url in (URL, CSV_URL, XLSX_URL):
        assert signed_in.get(url, {"q": query}).status_code == 200, url


def test_a_nul_or_quotes_are_cleaned_not_refused(signed_in, advisor):
    follow(advisor, trade_name="Boulangerie Soleil")
    assert page_names(signed_in.get(URL, {"q": '"soleil\x00'})) == ["Boulangerie Soleil"]


def test_a_long_search_is_cut_not_refused(signed_in, advisor):
    follow(advisor, trade_name="Boulangerie Soleil")
    assert page_names(signed_in.get(URL, {"q": "soleil " + "x" * 200})) == []
    assert signed_in.get(URL, {"q": "soleil " + "x" * 200}).status_code == 200


@pytest.mark.parametrize(
    "params", [{"page": "10" * 30}, {"page": HUGE_ID}, {"conseiller": HUGE_ID}, {"commune": "\x00"}]
)
def test_odd_filters_are_a_page_or_a_400(signed_in, advisor, params):
    follow(advisor)
    assert signed_in.get(URL, params).status_code in (200, 400)
    assert signed_in.get(CSV_URL, params).status_code in (200, 400)


def test_names_with_control_characters_export_to_a_readable_xlsx(signed_in, advisor):
    business = follow(advisor, trade_name="Boulangerie\x01 Soleil\x1b")
    business.owner.first_name = "Inès\x02"  # PostgreSQL refuses a NUL in any row
    business.owner.save()
    response = signed_in.get(XLSX_URL)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "Boulangerie Soleil" in values
