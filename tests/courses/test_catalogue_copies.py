"""The catalogue a visitor without an account sees is made once per process and publication,
per filters and language; a learner's own progress and a search are made for her each time.

The whole-page cache is off here, so that every request renders."""

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.search.models import SearchMiss
from courses import wagtail_hooks
from courses.services import enrol
from tests.courses.factories import make_catalog, make_course, make_track
from tests.rendering import rendered

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_copies(rendered_each_time):
    wagtail_hooks._visitor_catalogues.clear()
    yield
    wagtail_hooks._visitor_catalogues.clear()


@pytest.fixture
def catalog(home_page):
    catalog = make_catalog(home_page)
    track = make_track(catalog)
    make_course(track, slug="paiement", title="Le paiement en ligne", lessons=0)
    make_course(track, slug="avis", title="Les avis clients", lessons=0, level="advanced")
    return catalog


def test_a_visitor_s_catalogue_is_made_once_per_publication(client, catalog):
    first = rendered(client, catalog.url)
    with CaptureQueriesContext(connection) as queries:
        assert rendered(client, catalog.url) == first
    assert [q["sql"] for q in queries if "courses_" in q["sql"]] == []
    course = catalog.get_descendants().type(wagtail_hooks.CoursePage).get(slug="paiement")
    course = course.specific
    course.title = "Encaisser en ligne"
    course.save_revision().publish()
    html = rendered(client, catalog.url)
    assert "Encaisser en ligne" in html and "Le paiement en ligne" not in html


def test_filters_and_languages_have_their_own_catalogue(client, catalog):
    both = rendered(client, catalog.url)
    assert "Le paiement en ligne" in both and "Les avis clients" in both
    advanced = rendered(client, f"{catalog.url}?level=advanced")
    assert "Les avis clients" in advanced and "Le paiement en ligne" not in advanced
    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Search for a course" in rendered(english, catalog.url)
    assert "Rechercher une formation" in rendered(client, catalog.url)


def test_her_progress_is_hers_alone(client, catalog, owner):
    course = catalog.get_descendants().type(wagtail_hooks.CoursePage).get(slug="avis").specific
    anonymous = rendered(client, catalog.url)
    signed_in = Client()
    signed_in.force_login(owner)
    assert "En cours" not in rendered(signed_in, catalog.url)
    enrol(owner, course)
    assert "En cours" in rendered(signed_in, catalog.url)
    assert "En cours" not in rendered(client, catalog.url)
    assert rendered(client, catalog.url) == anonymous


def test_a_search_is_made_each_time_and_its_misses_counted(client, catalog):
    for _ in range(2):
        assert "Les avis clients" in rendered(client, f"{catalog.url}?q=avis")
        rendered(client, f"{catalog.url}?q=zzzqqq")
    assert SearchMiss.objects.get().count == 2
