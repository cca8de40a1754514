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
