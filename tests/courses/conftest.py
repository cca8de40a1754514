import pytest

from tests.courses.factories import (
    make_catalog,
    make_course,
    make_lesson,
    make_track,
    quiz_question,
)


@pytest.fixture
def catalog(home_page):
    return make_catalog(home_page)


@pytest.fixture
def track(catalog):
    return make_track(catalog)


@pytest.fixture
def course(track):
    """Three lessons to mark as done, then a fourth validated by its quiz."""
    course = make_course(track, lessons=3)
    make_lesson(
        course,
        4,
        quiz=[
            quiz_question("Question simple ?"),
            quiz_question("Question multiple ?", "multiple", 2),
        ],
        pass_mark=100,
    )
    return course


@pytest.fixture
def lessons(course):
    from courses.models import LessonPage

    return list(LessonPage.objects.child_of(course).order_by("path"))
