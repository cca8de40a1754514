"""Security headers under production's own settings (read from accelerateur.settings.production).

The deploy check (tests/settings/test_settings.py) proves the settings are there; these tests
prove the answers carry them.
"""

import importlib
import sys

import pytest
from django.test import override_settings

from tests.settings.test_settings import GOOD_KEY

pytestmark = pytest.mark.django_db

PREFIXES = ("SECURE_", "X_FRAME_OPTIONS", "PERMISSIONS_POLICY", "CONTENT_SECURITY_POLICY")
SUFFIXES = ("_COOKIE_SECURE", "_COOKIE_HTTPONLY")


@pytest.fixture
def production(monkeypatch):
    """Production's values, read from a fresh import of its module (and of base, which reads
    SECRET_KEY from the environment when imported)."""
    monkeypatch.setenv("SECRET_KEY", GOOD_KEY)
    for name in ("accelerateur.settings.base", "accelerateur.settings.production"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    module = importlib.import_module("accelerateur.settings.production")
    values = {
        name: getattr(module, name)
        for name in dir(module)
        if name.startswith(PREFIXES) or name.endswith(SUFFIXES)
    }
    values["MIDDLEWARE"] = module.MIDDLEWARE
    with override_settings(**values):
        yield values


def test_plain_http_is_sent_to_https_but_not_the_health_check(client, production, home_page):
    response = client.get("/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
    assert client.get("/healthz").status_code == 200


def test_every_page_carries_the_security_headers(client, production, home_page):
    response = client.get("/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Permissions-Policy"] == (
        "camera=(), microphone=(), geolocation=(self), payment=(), usb=()"
    )
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "X-Request-ID" in response


def test_cookies_are_secure(client, production, home_page):
    login = client.get("/compte/login/", secure=True)
    csrf = login.cookies["csrftoken"]
    assert csrf["secure"] is True
    language = client.post("/i18n/setlang/", {"language": "en", "next": "/"}, secure=True)
    assert language.cookies["accelerateur_language"]["secure"] is True
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["SESSION_COOKIE_HTTPONLY"] is True


SECURITY_HEADERS = (
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "Permissions-Policy",
    "Content-Security-Policy",
)


def test_a_page_served_from_the_page_cache_carries_the_same_headers(client, production, home_page):
    """A copy kept for everyone is served ahead of the security middleware: it carries the
    headers its first answer went out with."""
    from core.page_cache import HEADER

    first = client.get("/", secure=True)
    hit = client.get("/", secure=True)
    assert (first[HEADER], hit[HEADER]) == ("miss", "hit")
    assert {name: hit[name] for name in SECURITY_HEADERS} == {
        name: first[name] for name in SECURITY_HEADERS
    }


def test_plain_http_is_sent_to_https_even_when_the_page_is_cached(client, production, home_page):
    from core.page_cache import HEADER

    client.get("/", secure=True)
    assert client.get("/", secure=True)[HEADER] == "hit"
    response = client.get("/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
