"""The catalogue's search as a visitor sees it: lessons under their course with the words
found highlighted, « vouliez-vous dire », editors' promotions first, misses counted."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.search.models import SearchMiss
from courses.catalogue import catalogue_search
from courses.models import LessonPage
from tests.courses.factories import make_catalog, make_course, make_track, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog(home_page):
    catalog = make_catalog(home_page)
    track = make_track(catalog)
    make_course(track, slug="paiement", title="Le paiement en ligne", lessons=0)
    security = make_course(
        track, slug="securite", title="Les bons réflexes de cybersécurité", lessons=0
    )
    publish(
        security,
        LessonPage(
            title="Que faire en cas d'attaque",
            slug="attaque",
            body=[
                {
                    "type": "paragraph",
                    "value": "<p>Un rançongiciel chiffre vos fichiers : débranchez le poste.</p>",
                }
            ],
        ),
    )
    return catalog


def course_titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="course-title"[^>]*><a href="[^"]+">([^<]+)</a>', html)


def test_a_word_only_in_a_lesson_leads_to_it_under_its_course(client, catalog):
    html = client.get("/formations/", {"q": "rancongiciel"}).content.decode()
    assert course_titles(html) == ["Les bons réflexes de cybersécurité"]
    assert 'href="/formations/vendre-en-ligne/securite/attaque/"' in html
    assert "<mark>rançongiciel</mark>" in html


def test_a_typo_is_corrected_and_offered(client, catalog):
    html = client.get("/formations/", {"q": "cybersecurte"}).content.decode()
    assert course_titles(html) == ["Les bons réflexes de cybersécurité"]
    assert "Vouliez-vous dire" in html and "« cybersécurité »" in html


def test_promoted_courses_come_first(client, catalog):
    from courses.models import CoursePage

    payment = CoursePage.objects.get(slug="paiement")
    assert course_titles(client.get("/formations/", {"q": "sécurité"}).content.decode()) == [
        "Les bons réflexes de cybersécurité"
    ]
    query = Query.objects.create(query_string="Sécurité")
    SearchPromotion.objects.create(query=query, page=payment, sort_order=0)
    titles = course_titles(client.get("/formations/", {"q": "securite"}).content.decode())
    assert titles == ["Le paiement en ligne", "Les bons réflexes de cybersécurité"]


def test_searches_that_find_nothing_are_counted(client, catalog):
    client.get("/formations/", {"q": "astrophysique"})
    client.get("/formations/", {"q": "astrophysique"})  # the same search again still counts
    client.get("/formations/", {"q": "Astrophysique"})
    client.get("/formations/", {"q": "sécurité"})
    client.get("/formations/", {"q": "astrophysique", "level": "advanced"})  # a filter's doing
    assert list(SearchMiss.objects.values_list("scope", "query", "count")) == [
        ("catalogue", "astrophysique", 3)
    ]


def test_search_queries_do_not_grow_with_lessons_found(catalog):
    from courses.models import CoursePage

    def count():
        with CaptureQueriesContext(connection) as context:
            search = catalogue_search(catalog, {"q": "rançongiciel"})
            [match.lesson.url for course in search.courses for match in course.lesson_matches]
        return len(context.captured_queries)

    count()  # the site's root paths, cached from then on
    before = count()
    _add_lessons(catalog, courses=6, lessons=3)
    assert CoursePage.objects.count() == 8
    assert count() == before


def _add_lessons(catalog, courses: int, lessons: int) -> None:
    track = catalog.get_children().first()
    for number in range(courses):
        course = make_course(track, slug=f"c{number}", title=f"Cours {number}", lessons=0)
        for lesson in range(lessons):
            publish(
                course,
                LessonPage(
                    title=f"Leçon {lesson}",
                    slug=f"l{lesson}",
                    body=[{"type": "paragraph", "value": "<p>Le rançongiciel, encore.</p>"}],
                ),
            )


def test_lessons_found_are_read_without_their_bodies(catalog):
    search = catalogue_search(catalog, {"q": "rançongiciel"})
    lesson = search.courses[0].lesson_matches[0].lesson
    assert {"body", "sources", "quiz"} <= lesson.get_deferred_fields()


def test_the_search_page_queries_do_not_grow_with_lessons_found(client, catalog):
    """The lessons found are read without their bodies, sources and quizzes, which the cards
    do not show: a template reaching for one would cost a query per lesson."""

    def count():
        with CaptureQueriesContext(connection) as context:
            response = client.get("/formations/", {"q": "rançongiciel"})
        assert response.status_code == 200
        return len(context.captured_queries), response.content.decode().count("<mark>")

    count()
    before, marks = count()
    _add_lessons(catalog, courses=4, lessons=3)
    count()  # the site's routes and fragments, read again after the publications
    after, more_marks = count()
    assert more_marks > marks
    assert after == before


def test_the_cards_follow_each_search_and_the_catalogue(client, catalog):
    """A card's course part is copied between the catalogue and searches; the lessons a search
    found in it are its own."""
    security = catalog.get_children().first().get_children().get(slug="securite")
    publish(
        security.specific,
        LessonPage(
            title="Sauvegarder ses fichiers",
            slug="sauvegarde",
            body=[{"type": "paragraph", "value": "<p>Une sauvegarde hors ligne chaque soir.</p>"}],
        ),
    )
    plain = client.get("/formations/").content.decode()
    assert "Trouvé dans les leçons" not in plain
    ransomware = client.get("/formations/", {"q": "rancongiciel"}).content.decode()
    backup = client.get("/formations/", {"q": "sauvegarde"}).content.decode()
    assert (
        course_titles(ransomware) == course_titles(backup) == ["Les bons réflexes de cybersécurité"]
    )
    assert "/securite/attaque/" in ransomware and "/securite/sauvegarde/" not in ransomware
    assert "/securite/sauvegarde/" in backup and "/securite/attaque/" not in backup
    assert "Trouvé dans les leçons" not in client.get("/formations/").content.decode()


@pytest.mark.parametrize(
    "query",
    ['"', "*", "AND OR NOT", "NEAR(a b)", "sécurité*", "l'", "%_", "a" * 300, "-", "x:*"],
)
def test_odd_searches_answer_without_error(client, catalog, query):
    response = client.get("/formations/", {"q": query})
    assert response.status_code == 200
    assert all(len(text) <= 100 for text in SearchMiss.objects.values_list("query", flat=True))
