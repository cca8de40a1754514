"""An unknown code gets a page that helps: a 404 in French that says what a code looks like
and lets the visitor type it again."""

import pytest
from django.urls import reverse

from certificates.views import VERIFY_LIMIT

pytestmark = pytest.mark.django_db


def test_an_unknown_code_says_so_in_french_and_offers_the_form(client):
    response = client.get(reverse("certificates:verify", args=["ZZZZ-ZZZZ"]))
    assert response.status_code == 404
    page = response.content.decode()
    assert "Aucun certificat ne porte le code" in page
    assert "ZZZZ-ZZZZ" in page
    assert "K7QF-9XPM" in page  # what a code looks like
    assert f'action="{reverse("certificates:verify_form")}"' in page
    assert 'name="code"' in page


def test_a_code_that_cannot_be_one_gets_the_same_help(client):
    response = client.get(reverse("certificates:verify", args=["pas-un-code"]))
    assert response.status_code == 404
    assert "Aucun certificat ne porte le code" in response.content.decode()


def test_the_help_page_is_still_rate_limited(client):
    url = reverse("certificates:verify", args=["ZZZZ-ZZZZ"])
    for _ in range(VERIFY_LIMIT):
        assert client.get(url).status_code == 404
    assert client.get(url).status_code == 429
