"""Staff's assignment search with hostile text: never a 500, the words still found."""

import pytest
from django.urls import reverse

from tests.hostile_input import HOSTILE_QUERIES, HUGE_ID
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db
URL = reverse("advising:assignments")


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_any_query_is_answered(staff_client, query):
    BusinessFactory(trade_name="Fromagerie du Marché")
    assert staff_client.get(URL, {"q": query}).status_code == 200


def test_quotes_and_nul_do_not_hide_the_words(staff_client):
    BusinessFactory(trade_name="Fromagerie du Marché")
    content = staff_client.get(URL, {"q": '"fromagerie\x00'}).content.decode()
    assert "Fromagerie du Marché" in content


@pytest.mark.parametrize("page", ["10" * 30, HUGE_ID, "\x00"])
def test_any_page_number_shows_a_page(staff_client, page):
    assert staff_client.get(URL, {"page": page}).status_code == 200


def test_ids_that_cannot_exist_are_a_clear_400(staff_client, advisor):
    business = BusinessFactory()
    response = staff_client.post(
        URL, {"businesses": [HUGE_ID, business.pk], "advisors": [HUGE_ID], "action": "assign"}
    )
    assert response.status_code == 400
