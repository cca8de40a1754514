"""Wagtail's search and reference indexes during a bulk load: nothing written while paused,
each saved page indexed once at the end, and Wagtail's own behaviour untouched outside."""

import pytest
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backend

from core.search.indexing import paused
from courses.models import CoursePage, LessonPage
from tests.courses.factories import make_catalog, make_course, make_lesson, make_track

pytestmark = pytest.mark.django_db


def found(model, words: str) -> set[int]:
    return {page.pk for page in get_search_backend().search(words, model)}


def linking_to(page) -> set[int]:
    return {int(ref.object_id) for ref in ReferenceIndex.get_references_to(page)}


def linked_lesson(course, target) -> LessonPage:
    lesson = make_lesson(course, number=7)
    lesson.title = "Rançongiciels et sauvegardes"
    lesson.body = [
        {"type": "paragraph", "value": f'<p>Voir <a linktype="page" id="{target.pk}">ceci</a>.</p>'}
    ]
    lesson.save_revision().publish()
    return lesson


def test_saves_within_a_pause_are_indexed_once_at_its_end(home_page):
    track = make_track(make_catalog(home_page))
    target = make_course(track, slug="cible", title="Cible", lessons=0)
    with paused():
        course = make_course(track, slug="sauvegardes", title="Sauvegarder sa boutique", lessons=0)
        with paused():
            lesson = linked_lesson(course, target)
        # Neither index was written, not even when the inner pause ended.
        assert lesson.pk not in found(LessonPage, "rançongiciels")
        assert course.pk not in found(CoursePage, "sauvegarder")
        assert lesson.pk not in linking_to(target)
    assert lesson.pk in found(LessonPage, "rançongiciels")
    # The course is found by its lesson's subject, as when a lesson is published outside.
    assert course.pk in found(CoursePage, "rançongiciels")
    assert lesson.pk in linking_to(target)


def test_outside_a_pause_wagtail_indexes_each_save_as_before(home_page):
    track = make_track(make_catalog(home_page))
    target = make_course(track, slug="cible", title="Cible", lessons=0)
    with paused():
        pass  # the handlers are now routed through the pause-aware ones
    course = make_course(track, slug="sauvegardes", title="Sauvegarder sa boutique", lessons=0)
    lesson = linked_lesson(course, target)
    assert lesson.pk in found(LessonPage, "rançongiciels")
    assert course.pk in found(CoursePage, "rançongiciels")
    assert lesson.pk in linking_to(target)


def test_a_pause_that_fails_indexes_nothing(home_page):
    track = make_track(make_catalog(home_page))
    with pytest.raises(RuntimeError), paused():
        course = make_course(track, slug="sauvegardes", title="Sauvegarder sa boutique", lessons=0)
        raise RuntimeError
    assert course.pk not in found(CoursePage, "sauvegarder")
