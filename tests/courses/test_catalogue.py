"""/formations/: filters by track, format, level and effort; French full-text search; counts."""

import html
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.catalogue import catalogue_search
from tests.courses.factories import make_course, make_track

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelves(catalog):
    core = make_track(catalog, slug="tronc-commun", title="Tronc commun", is_core=True)
    sell = make_track(catalog, slug="vendre-en-ligne", title="Vendre en ligne")
    make_course(
        core,
        slug="fiche-google",
        title="Votre fiche d'établissement Google",
        summary="Être trouvé sur Google Maps et répondre aux avis de vos clients.",
        level="beginner",
        format="workshop",
        effort_hours=Decimal("1"),
        lessons=1,
    )
    make_course(
        core,
        slug="cybersecurite",
        title="Les bons réflexes de sécurité",
        summary="Mots de passe, sauvegardes et hameçonnage : protéger votre commerce.",
        level="beginner",
        format="video",
        effort_hours=Decimal("2"),
        lessons=1,
    )
    make_course(
        sell,
        slug="paiement",
        title="Le paiement en ligne et ses frais",
        summary="Comprendre les commissions des prestataires de paiement.",
        level="intermediate",
        format="online",
        effort_hours=Decimal("4"),
        lessons=1,
    )
    return catalog


def titles(response) -> list[str]:
    pattern = r'<h3 class="course-title"><a href="[^"]+">([^<]+)</a></h3>'
    found = re.findall(pattern, response.content.decode())
    return [html.unescape(title) for title in found]


def test_every_course_by_default_with_counts(client, shelves):
    response = client.get("/formations/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "3 formations" in page
    assert "Tronc commun (2)" in page and "Vendre en ligne (1)" in page
    assert "Débutant (2)" in page and "Avancé (0)" in page


def test_filters_combine_and_counts_follow(client, shelves):
    response = client.get("/formations/", {"track": "tronc-commun", "format": "video"})
    assert titles(response) == ["Les bons réflexes de sécurité"]
    page = response.content.decode()
    assert "1 formation" in page
    # Counts of a filter apply the other filters: two courses of the track, one per format.
    assert "Atelier pratique (1)" in page and "Vendre en ligne (0)" in page


@pytest.mark.parametrize(
    ("effort", "expected"),
    [
        ("short", ["Votre fiche d'établissement Google"]),
        ("medium", ["Les bons réflexes de sécurité"]),
        ("long", ["Le paiement en ligne et ses frais"]),
    ],
)
def test_effort_filter(client, shelves, effort, expected):
    assert titles(client.get("/formations/", {"effort": effort})) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("avis", ["Votre fiche d'établissement Google"]),
        ("sauvegardes", ["Les bons réflexes de sécurité"]),
        ("securite", ["Les bons réflexes de sécurité"]),  # typed without its accents
        ("commissions paiement", ["Le paiement en ligne et ses frais"]),
    ],
)
def test_full_text_search_in_french(client, shelves, query, expected):
    response = client.get("/formations/", {"q": query})
    assert titles(response) == expected
    assert f"pour « {query} »" in response.content.decode()


def test_search_and_filter_together(client, shelves):
    assert titles(client.get("/formations/", {"q": "google", "track": "vendre-en-ligne"})) == []


def test_nothing_found_says_so_and_offers_a_way_back(client, shelves):
    page = client.get("/formations/", {"q": "astrophysique"}).content.decode()
    assert "Aucune formation pour" in page and "Aucune formation ne correspond" in page


def test_unknown_filter_values_are_ignored(client, shelves):
    response = client.get("/formations/", {"level": "expert", "track": "<script>"})
    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert "<script>" not in response.content.decode()


def test_unpublished_courses_are_not_listed(client, shelves):
    from courses.models import CoursePage

    CoursePage.objects.get(slug="paiement").unpublish()
    assert "Le paiement en ligne et ses frais" not in titles(client.get("/formations/"))


def test_catalogue_queries_do_not_grow_with_courses(client, shelves, home_page):
    from courses.models import CatalogPage

    catalog = CatalogPage.objects.get()

    def count(params):
        with CaptureQueriesContext(connection) as context:
            catalogue_search(catalog, params)
        return len(context.captured_queries)

    before = (count({}), count({"q": "google"}))
    track = make_track(catalog, slug="encore", title="Encore")
    for n in range(12):
        make_course(track, slug=f"c{n}", title=f"Google {n}", lessons=0)
    assert (count({}), count({"q": "google"})) == before


def test_a_lesson_subject_finds_its_course(client, shelves):
    from courses.models import CoursePage, LessonPage
    from tests.courses.factories import publish

    course = CoursePage.objects.get(slug="cybersecurite")
    assert titles(client.get("/formations/", {"q": "rançongiciel"})) == []
    publish(
        course,
        LessonPage(
            title="Que faire face à un rançongiciel",
            slug="rancongiciel",
            body=[{"type": "paragraph", "value": "<p>Ne payez pas la rançon.</p>"}],
        ),
    )
    found = titles(client.get("/formations/", {"q": "rançongiciel"}))
    assert found == ["Les bons réflexes de sécurité"]
