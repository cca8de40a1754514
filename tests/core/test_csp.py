"""The Content-Security-Policy: strict on the site, its own under /cms/, nonces that match.

The browser journeys (tests/browser/conftest.py) fail on any violation; these tests pin the
header itself, the page cache's copy of it and the templates that must carry no inline code.
"""

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from core.page_cache import HEADER as CACHE_HEADER
from tests.courses.factories import make_catalog, make_course, make_track
from tests.settings.test_settings import _run
from tests.storefront_builder.storefront.factories import make_shop

pytestmark = pytest.mark.django_db

TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"
# Rendered by WeasyPrint into PDFs, never served to a browser: their styles are not the CSP's.
PDF_TEMPLATES = {
    "certificates/certificate_pdf.html",
    "dossiers/dossier_pdf.html",
    "shops/backoffice/day_pdf.html",
    "shops/backoffice/poster_pdf.html",
    "shops/networks/poster_pdf.html",
}
CSP = "Content-Security-Policy"


def directives(header: str) -> dict[str, list[str]]:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


def body_nonces(html: str) -> set[str]:
    return set(re.findall(r'nonce="([^"]+)"', html))


def test_site_pages_get_the_strict_policy(client, home_page):
    response = client.get("/")
    policy = directives(response[CSP])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert "data:" in policy["img-src"]
    for directive in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in policy[directive]
        assert "'unsafe-eval'" not in policy[directive]
    assert "https://www.youtube.com" in policy["frame-src"]


def test_the_nonce_in_the_header_is_the_one_in_the_page(client):
    shop = make_shop()
    response = client.get(f"/boutiques/{shop.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="shopfront" style=' not in html
    (nonce,) = body_nonces(html)
    assert f"'nonce-{nonce}'" in directives(response[CSP])["style-src"]
    # A new one for every render (a search: the stored storefront keeps its header and page).
    again = client.get(f"/boutiques/{shop.slug}/?q=pain")
    assert body_nonces(again.content.decode()) != {nonce}


def test_the_palette_swatches_take_their_colours_from_a_nonced_style(client, owner):
    make_shop(owner)
    client.force_login(owner)
    response = client.get("/ma-boutique/apparence/")
    html = response.content.decode()
    (nonce,) = body_nonces(html)
    assert f"'nonce-{nonce}'" in directives(response[CSP])["style-src"]
    assert ".wizard-swatches-ocean { --shop-primary: #0b5394;" in html
    assert 'class="wizard-swatches wizard-swatches-ocean"' in html


def test_the_cms_has_its_own_looser_policy(client, staff):
    client.force_login(staff)
    response = client.get("/cms/")
    policy = directives(response[CSP])
    assert "'unsafe-inline'" in policy["script-src"]
    assert not any(source.startswith("'nonce-") for source in policy["script-src"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_a_view_framed_by_the_site_itself_allows_only_the_site(client, owner):
    make_shop(owner)
    client.force_login(owner)
    response = client.get("/ma-boutique/apercu/")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response[CSP])["frame-ancestors"] == ["'self'"]


def test_the_error_page_style_is_allowed_by_its_hash():
    html = (TEMPLATES_DIR / "500.html").read_text()
    (style,) = re.findall(r"<style>(.*?)</style>", html, re.S)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]


INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*\bnonce=)(?![^>]*application/json)[^>]*>"
)
INLINE_STYLE = re.compile(r"<style(?![^>]*\bnonce=)[^>]*>")
STYLE_ATTRIBUTE = re.compile(r"\sstyle=")
HANDLER_ATTRIBUTE = re.compile(r"\son[a-z]+=", re.I)


def test_templates_served_to_browsers_carry_no_inline_code_the_policy_refuses():
    offences = []
    for path in TEMPLATES_DIR.rglob("*.html"):
        name = path.relative_to(TEMPLATES_DIR).as_posix()
        if name in PDF_TEMPLATES:
            continue
        text = path.read_text()
        if name == "500.html":  # its one style element is allowed by hash (test above)
            text = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
        for label, pattern in (
            ("inline script without nonce", INLINE_SCRIPT),
            ("style element without nonce", INLINE_STYLE),
            ("style attribute", STYLE_ATTRIBUTE),
            ("event handler attribute", HANDLER_ATTRIBUTE),
        ):
            offences += [f"{name}: {label}" for _ in pattern.finditer(text)]
    assert offences == []


# --- The page cache replays the header the page was rendered with ----------------------------

NONCE_PAGE = (
    '{% extends "base.html" %}'
    '{% block extra_head %}<script nonce="{{ request.csp_nonce }}">var ok = 1;</script>'
    "{% endblock %}{% block content %}{{ page.title }}{% endblock %}"
)


@pytest.fixture
def nonce_templates(tmp_path):
    """The course pages' templates replaced, from the test's side, by ones holding a nonce."""
    for name in ("courses/catalog_page.html", "courses/lesson_page.html"):
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(NONCE_PAGE)
    engine = {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    with override_settings(TEMPLATES=[engine]):
        yield


@pytest.fixture
def catalogue(home_page):
    catalog = make_catalog(home_page)
    make_course(make_track(catalog), lessons=1)
    return catalog


def _header_matches_page(response) -> str:
    (nonce,) = body_nonces(response.content.decode())
    assert f"'nonce-{nonce}'" in directives(response[CSP])["script-src"]
    return nonce


def test_an_anonymous_cached_page_keeps_the_header_of_its_nonce(client, catalogue, nonce_templates):
    first = client.get("/formations/")
    assert first[CACHE_HEADER] == "miss"
    nonce = _header_matches_page(first)
    hit = client.get("/formations/")
    assert hit[CACHE_HEADER] == "hit"
    assert _header_matches_page(hit) == nonce


def test_a_learners_cached_page_keeps_the_header_of_its_nonce(
    client, catalogue, owner, nonce_templates
):
    from courses import services
    from courses.models import LessonPage

    lesson = LessonPage.objects.get()
    services.enrol(owner, lesson.course)
    client.force_login(owner)
    client.get("/")
    client.get(lesson.url)
    first = client.get(lesson.url)
    assert first[CACHE_HEADER] == "miss"
    nonce = _header_matches_page(first)
    hit = client.get(lesson.url)
    assert hit[CACHE_HEADER] == "hit"
    assert _header_matches_page(hit) == nonce


# --- Images from the S3 bucket, when one is set ------------------------------------------------


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"AWS_S3_CUSTOM_DOMAIN": "medias.example.fr"}, ["https://medias.example.fr"]),
        (
            {"AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud"},
            ["https://s3.fr-par.scw.cloud", "https://medias.s3.fr-par.scw.cloud"],
        ),
        ({}, ["https://medias.s3.amazonaws.com"]),
    ],
)
def test_images_from_the_bucket_are_allowed(env, expected):
    code = (
        "import json, django; from django.conf import settings as s; django.setup();"
        "print(json.dumps(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    result = _run(code, "accelerateur.settings.dev", AWS_STORAGE_BUCKET_NAME="medias", **env)
    assert result.returncode == 0, result.stderr
    # Then the map tiles of the storefront wizard (settings.MAP_TILES_URL).
    assert json.loads(result.stdout) == [
        "'self'",
        "data:",
        *expected,
        "https://tile.openstreetmap.org",
    ]
