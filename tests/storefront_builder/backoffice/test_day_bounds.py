"""Days at the edge of the calendar (0001-01-01, 9999-12-31) on the orders board, its PDF, the
CSV export and the closures form: a clear 400 in French, nothing changed, never an
OverflowError from the day before or after."""

import pytest
from django.urls import reverse

from storefront_builder.models import ShopClosure

pytestmark = pytest.mark.django_db

EDGES = ["0001-01-01", "9999-12-31", "1999-12-31", "3000-01-01"]
RANGE_MESSAGE = "Choisissez une date entre le 1er janvier 2000 et le 31 décembre 2999."


@pytest.mark.parametrize("day", EDGES)
def test_the_board_and_its_sheet_refuse_a_day_out_of_range(owner_client, day):
    for name in ("shops:orders", "shops:orders_pdf"):
        response = owner_client.get(reverse(name), {"jour": day})
        assert response.status_code == 400, name
        assert "text/html" in response["Content-Type"]


def test_the_board_says_why(owner_client):
    page = owner_client.get(reverse("shops:orders"), {"jour": "0001-01-01"}).content.decode()
    assert "Ce jour n&#x27;existe pas" in page


@pytest.mark.parametrize(
    "first, last", [("0001-01-01", "0001-01-02"), ("9999-12-30", "9999-12-31")]
)
def test_the_export_refuses_days_out_of_range(owner_client, first, last):
    response = owner_client.get(reverse("shops:orders_csv"), {"du": first, "au": last})
    assert response.status_code == 400
    page = response.content.decode()
    assert "L&#x27;export n&#x27;a pas été fait" in page
    assert RANGE_MESSAGE in page


@pytest.mark.parametrize(
    "first, last", [("0001-01-01", "0001-01-03"), ("9999-12-29", "9999-12-31")]
)
def test_a_closure_out_of_range_is_refused_and_nothing_saved(owner_client, first, last):
    data = {"kind": "conges", "first_day": first, "last_day": last, "label": "Congés"}
    response = owner_client.post(reverse("shops:closures"), data)
    assert response.status_code == 400
    assert RANGE_MESSAGE in response.content.decode()
    assert not ShopClosure.objects.exists()
