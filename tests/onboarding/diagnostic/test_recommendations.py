"""Recommended courses follow the weakest dimensions' themes, weakest first."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from courses.models import CoursePage
from demo.catalogue import demo_catalogue
from onboarding.diagnostic.questionnaire import DIMENSIONS
from onboarding.diagnostic.selectors import recommended_courses, weakest_dimensions
from tests.courses.factories import make_catalog, make_track, publish
from tests.onboarding.diagnostic.conftest import add_result, answers_with


def course_with_themes(track, slug, *themes) -> CoursePage:
    course = CoursePage(
        title=f"Formation {slug}",
        slug=slug,
        summary="Un résumé.",
        objectives="Un objectif",
        level="beginner",
        format="online",
        effort_hours=Decimal("1"),
    )
    course.themes.add(*themes)
    return publish(track, course)


@pytest.fixture
def catalogue(home_page):
    catalog = make_catalog(home_page)
    track = make_track(catalog)
    other_track = make_track(catalog, slug="gerer", title="Gérer et sécuriser")
    courses = {
        "google": course_with_themes(track, "google", "Google", "Visibilité locale"),
        "click": course_with_themes(track, "click", "Click and collect"),
        "fidelite": course_with_themes(track, "fidelite", "Fidélisation", "E-mail"),
        "rgpd": course_with_themes(other_track, "rgpd", "RGPD", "CNIL"),
        "mdp": course_with_themes(other_track, "mdp", "Mots de passe", "Sauvegardes"),
        "cyber": course_with_themes(other_track, "cyber", "Cybersécurité"),
        "cuisine": course_with_themes(other_track, "cuisine", "Recettes"),
        "brouillon": course_with_themes(other_track, "brouillon", "RGPD"),
    }
    courses["brouillon"].unpublish()
    return courses


@pytest.fixture
def weak_result(business):
    """Security 0, relationship 33, selling 67, visibility and tools 100."""
    answers = answers_with(
        {"visibility": 3, "tools": 3, "selling": 2, "relationship": 1, "security": 0}
    )
    return add_result(business, answers)


@pytest.mark.django_db
def test_weakest_dimensions_first(weak_result):
    assert weakest_dimensions(weak_result) == ["security", "relationship", "selling"]


@pytest.mark.django_db
def test_recommendations_match_the_weakest_themes(
    catalogue, weak_result, django_assert_num_queries
):
    with django_assert_num_queries(2):
        courses = recommended_courses(weak_result)
    # The two weakest dimensions take turns, the weakest first, each with its most relevant
    # course first (two of its themes before one); never the unpublished, unrelated or
    # already mastered (visibility) ones, and at most four.
    assert [course.slug for course in courses] == ["rgpd", "fidelite", "mdp", "cyber"]
    assert courses[0].dimension == "Sécurité et conformité"
    assert courses[1].dimension == "Relation client"
    security = set(DIMENSIONS[4].themes)
    assert all(
        {theme.name for theme in course.themes.all()} & security
        for course in (courses[0], courses[2], courses[3])
    )


@pytest.mark.django_db
def test_no_recommendation_when_everything_is_mastered(catalogue, business):
    result = add_result(business, answers_with(default=3))
    assert recommended_courses(result) == []


@pytest.mark.django_db
def test_result_page_links_to_the_courses(client, owner, catalogue, weak_result):
    client.force_login(owner)
    response = client.get(reverse("diagnostic:result", args=[weak_result.pk]))
    page = BeautifulSoup(response.content, "html.parser")
    links = [link["href"] for link in page.select(".course-card h3 a")]
    assert links == [catalogue[slug].url for slug in ("rgpd", "fidelite", "mdp", "cyber")]


def test_every_dimension_has_demo_courses():
    """The themes listed by each dimension are ones the demo catalogue actually uses."""
    used = {
        theme
        for track in demo_catalogue().tracks
        for course in track.courses
        for theme in course.themes
    }
    for dimension in DIMENSIONS:
        assert set(dimension.themes) <= used, dimension.key


@pytest.fixture
def demo_like_catalogue(home_page):
    """Themes as the demo catalogue tags them: a common-core course that mentions the CNIL
    comes, in the catalogue's order, before the security courses themselves."""
    catalog = make_catalog(home_page)
    core = make_track(catalog, slug="tronc", title="Tronc commun")
    selling = make_track(catalog, slug="vendre", title="Vendre en ligne")
    known = make_track(catalog, slug="connaitre", title="Se faire connaître")
    secure = make_track(catalog, slug="securiser", title="Gérer et sécuriser")
    return {
        "mesurer": course_with_themes(core, "mesurer", "Indicateurs", "Mesure d'audience", "CNIL"),
        "paiement": course_with_themes(selling, "paiement", "Paiement", "Sécurité"),
        "emailing": course_with_themes(known, "emailing", "E-mail", "SMS", "Fidélisation"),
        "rgpd": course_with_themes(secure, "rgpd", "RGPD", "Données clients", "CNIL"),
        "cyber": course_with_themes(
            secure, "cyber", "Cybersécurité", "Mots de passe", "Sauvegardes", "Arnaques"
        ),
    }


@pytest.mark.django_db
def test_the_most_relevant_course_comes_first_not_the_catalogue_order(
    demo_like_catalogue, weak_result
):
    """Security is the weakest: the course about it (four of its themes) comes first, not the
    common-core course that merely mentions the CNIL."""
    slugs = [course.slug for course in recommended_courses(weak_result)]
    assert slugs[0] == "cyber"
    assert slugs.index("rgpd") < slugs.index("mesurer")


@pytest.mark.django_db
def test_the_weakest_dimensions_are_all_served_not_only_the_weakest(
    demo_like_catalogue, weak_result
):
    """Four security courses exist, yet the second weakest dimension (relationship) gets one
    of the four places: the page promises courses for the weakest dimensions."""
    courses = recommended_courses(weak_result)
    assert len(courses) == 4
    dimensions = [course.dimension for course in courses]
    assert "Relation client" in dimensions
    assert dimensions[0] == "Sécurité et conformité"
    assert [course.slug for course in courses] == ["cyber", "emailing", "rgpd", "mesurer"]
