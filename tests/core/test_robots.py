"""/robots.txt opens the public site to search engines, closes the CMS, accounts, everyone's
own pages, the shops' back office, baskets, checkouts and orders, and names the sitemap.

The rules are read as Google reads them: the longest matching rule wins, ``*`` matches any
run of characters, an ``Allow`` wins a tie."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

TOKEN = "a" * 43
SLUG = "le-fournil"


def rules(text: str) -> list[tuple[str, str]]:
    found = []
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() in ("allow", "disallow"):
            found.append((name.strip().lower(), value.strip()))
    return found


def allowed(text: str, path: str) -> bool:
    """Google's reading: the most specific (longest) matching rule decides."""
    best = ("allow", "")  # no rule: allowed
    for kind, pattern in rules(text):
        regex = "".join(".*" if char == "*" else re.escape(char) for char in pattern)
        if not pattern or not re.match(regex, path):
            continue
        if (len(pattern), kind == "allow") > (len(best[1]), best[0] == "allow"):
            best = (kind, pattern)
    return best[0] == "allow"


@pytest.fixture
def robots(client) -> str:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    return response.content.decode()


def test_names_the_sitemap_by_its_absolute_address(robots):
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in robots.splitlines()
    assert robots.startswith("User-agent: *\n")


@pytest.mark.parametrize(
    "path",
    [
        "/cms/",
        "/cms/pages/3/edit/",
        reverse("account_login"),
        reverse("accounts:home"),
        reverse("accounts:personal_data"),
        reverse("onboarding:plan"),
        reverse("businesses:profile"),
        reverse("courses:dashboard"),
        reverse("diagnostic:start"),
        reverse("dossiers:list"),
        reverse("dossiers:start", args=["cheque-numerique"]),
        reverse("shops:wizard"),
        reverse("shops:products"),
        reverse("shops:orders"),
        reverse("shops:basket", args=[SLUG]),
        reverse("shops:basket_add", args=[SLUG]),
        reverse("shops:checkout", args=[SLUG]),
        reverse("shops:order", args=[TOKEN]),
        reverse("shops:order_ics", args=[TOKEN]),
        reverse("events:feed", args=[TOKEN]),
        reverse("events:register", args=[12]),
        reverse("certificates:mine"),
        reverse("certificates:verify", args=["ABCD-EFGH"]),
        reverse("advising:portfolio"),
        reverse("set_language"),
    ],
)
def test_private_addresses_are_closed(robots, path):
    assert not allowed(robots, path), path


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/formations/",
        "/formations/vendre-en-ligne/click-and-collect/",
        "/webinaires/",
        "/mentions-legales/",
        reverse("shops:directory"),
        reverse("shops:storefront", args=[SLUG]),
        reverse("grants:list"),
        reverse("grants:detail", args=["cheque-numerique"]),
        "/sitemap.xml",
        "/static/css/site.css",
    ],
)
def test_public_addresses_are_open(robots, path):
    assert allowed(robots, path), path


def test_a_shop_named_like_a_private_word_stays_open(robots):
    """« commande » or « panier » in a shop's address is not its basket."""
    assert allowed(robots, reverse("shops:storefront", args=["commande-panier"]))


def test_only_get_is_answered(client):
    assert client.post("/robots.txt").status_code == 405
