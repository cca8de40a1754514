"""French by default, English on request, and the page says which language it is in."""

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_french_is_the_default_even_for_english_browsers(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    content = response.content.decode()
    assert '<html lang="fr">' in content
    assert "Se connecter" in content


def test_switching_to_english_and_back(client, home_page):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/compte/login/"})
    assert response.status_code == 302
    assert response.url == "/compte/login/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    content = client.get("/compte/login/").content.decode()
    assert '<html lang="en">' in content
    assert "Sign In" in content
    assert "Log in" in content  # our own header, from the English catalogue

    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    content = client.get("/compte/login/").content.decode()
    assert '<html lang="fr">' in content
    assert "Connexion" in content


def test_unknown_language_is_ignored(client, home_page):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx"
    assert '<html lang="fr">' in client.get("/").content.decode()


def test_switching_rejects_foreign_redirects(client, home_page):
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "https://evil.example/"}
    )
    assert response.url == "/"
