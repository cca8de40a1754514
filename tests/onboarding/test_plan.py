"""The owner's plan derives each step's state from the data."""

import pytest
from django.urls import reverse

from tests.accounts.factories import totp_for

pytestmark = pytest.mark.django_db


def test_plan_shows_progress_and_next_step(client, owner, home_page):
    client.force_login(owner)
    response = client.get(reverse("onboarding:plan"))
    assert response.status_code == 200
    assert response.context["progress"] == 50
    assert response.context["next_step"].key == "security"

    totp_for(owner)
    response = client.get(reverse("onboarding:plan"))
    assert response.context["progress"] == 100
    assert response.context["next_step"] is None


def test_plan_query_count_is_constant(client, owner, home_page, django_assert_max_num_queries):
    client.force_login(owner)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("onboarding:plan")).status_code == 200
