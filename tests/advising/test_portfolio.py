"""The advisor's workspace is for advisors and staff only."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_advisor_and_staff_see_the_portfolio(client, advisor, staff, home_page):
    for user in (advisor, staff):
        client.force_login(user)
        response = client.get(reverse("advising:portfolio"))
        assert response.status_code == 200
        assert "Aucune entreprise pour l'instant" in response.content.decode()


def test_owner_gets_403_in_the_site_look(client, owner, home_page):
    client.force_login(owner)
    response = client.get(reverse("advising:portfolio"))
    assert response.status_code == 403
    assert "Accès refusé" in response.content.decode()


def test_the_portfolio_lists_the_followed_businesses_only(
    client, advisor, home_page, django_assert_max_num_queries
):
    from advising.models import Assignment
    from onboarding.diagnostic.services import record_result
    from tests.onboarding.diagnostic.conftest import answers_with
    from tests.onboarding.profile.factories import BusinessFactory

    followed = [BusinessFactory() for _ in range(3)]
    for business in followed:
        Assignment.objects.create(advisor=advisor, business=business)
        record_result(business, business.owner, answers_with(default=2))
    stranger = BusinessFactory(trade_name="Commerce d'un autre conseiller")
    client.force_login(advisor)
    # 14 with a cold cache: the site of the request and its root page (two queries, then
    # kept), and Wagtail's site roots in two more since pages are translatable (the sites, then
    # their root pages' translations).
    with django_assert_max_num_queries(14):
        response = client.get(reverse("advising:portfolio"))
    content = response.content.decode()
    for business in followed:
        assert business.trade_name in content
        assert reverse("advising:business", args=[business.pk]) in content
    assert stranger.trade_name not in content
    assert "67 / 100" in content
