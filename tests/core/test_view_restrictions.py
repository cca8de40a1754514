"""A page's view restrictions come from the process's table: no query to serve a page, the same
answer as Wagtail's own, and a restriction added in the admin applies to the next request."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, get_page_models

from core.view_restrictions import CachedViewRestrictionsMixin
from tests.courses.factories import make_catalog, make_course, make_track

pytestmark = pytest.mark.django_db

WAGTAIL_OWN = {"wagtailcore"}


@pytest.fixture
def course(home_page):
    return make_course(make_track(make_catalog(home_page)), lessons=2)


def _wagtail_answer(page) -> set[int]:
    """What Wagtail's own ``Page.get_view_restrictions`` finds, through its queries."""
    return set(Page.get_view_restrictions(page).values_list("pk", flat=True))


def test_every_page_type_of_the_site_reads_the_table():
    page_types = [model for model in get_page_models() if model._meta.app_label not in WAGTAIL_OWN]
    assert page_types
    assert [m for m in page_types if not issubclass(m, CachedViewRestrictionsMixin)] == []


@pytest.mark.usefixtures("rendered_each_time")
def test_a_page_served_to_a_visitor_runs_no_query_for_its_restrictions(client, home_page):
    client.get("/")  # the process reads its table (and the site) once
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert [q["sql"] for q in queries if "pageviewrestriction" in q["sql"]] == []
    assert [q["sql"] for q in queries if "wagtailcore_page" in q["sql"]] == []


def test_reading_them_makes_django_write_no_sql(course, sql_written):
    lesson = course.get_children().first().specific
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    course.get_view_restrictions()  # the process reads its table
    sql_written.clear()
    assert list(course.get_view_restrictions()) == []
    assert len(list(lesson.get_view_restrictions())) == 1
    assert sql_written == []


def test_same_restrictions_as_wagtail_for_a_page_its_ancestors_protect(course):
    lesson = course.get_children().first().specific
    track = course.get_parent()
    on_track = PageViewRestriction.objects.create(
        page=track, restriction_type=PageViewRestriction.LOGIN
    )
    on_course = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    expected = {
        track.pk: {on_track.pk},
        course.pk: {on_track.pk, on_course.pk},
        lesson.pk: {on_track.pk, on_course.pk},
        track.get_parent().pk: set(),
    }
    for page in [track, course, lesson, track.get_parent().specific]:
        restrictions = page.get_view_restrictions()
        assert {r.pk for r in restrictions} == expected[page.pk] == _wagtail_answer(page)
        # What the admin does with it still queries the database.
        assert restrictions.exists() == bool(expected[page.pk])


def test_an_alias_is_protected_by_its_source(course):
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    alias = course.create_alias(update_slug=f"{course.slug}-copie")
    answer = {r.pk for r in alias.specific.get_view_restrictions()}
    assert answer == _wagtail_answer(alias) != set()


def test_a_restriction_added_then_removed_applies_to_the_next_request(client, course):
    assert client.get(course.url).status_code == 200  # the table is read, without restriction
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    refused = client.get(course.url)
    assert refused.status_code == 200
    assert 'name="password"' in refused.content.decode()
    assert course.title not in refused.content.decode()
    restriction.delete()
    shown = client.get(course.url)
    assert 'name="password"' not in shown.content.decode()
    assert course.title in shown.content.decode()


def test_groups_given_to_a_restriction_apply_to_the_next_request(client, course, owner):
    editors = Group.objects.create(name="Relecteurs")
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(editors)
    client.force_login(owner)
    assert client.get(course.url).status_code == 302  # to the sign-in page
    owner.groups.add(editors)
    assert client.get(course.url).status_code == 200
    restriction.groups.clear()
    other = Group.objects.create(name="Autres")
    restriction.groups.add(other)
    assert client.get(course.url).status_code == 302
