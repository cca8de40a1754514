"""The demo catalogue read from demo/content/formations: its size, valid quizzes, and safe to
load twice."""

import pytest
from django.core.management import call_command

from core.translations import in_default_locale
from courses.blocks import QuizBlock
from courses.models import CoursePage, LessonPage, TrackPage
from courses.quiz import quiz_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_page):
    from demo.catalogue import load_demo_courses

    return load_demo_courses(home_page)


def test_the_demo_has_the_promised_size(demo):
    # Counted in French: English translations are copies of some of these pages.
    assert in_default_locale(TrackPage.objects.live()).count() == 4
    assert in_default_locale(CoursePage.objects.live()).count() == 13
    lessons = in_default_locale(LessonPage.objects.live())
    assert lessons.count() == 48
    assert lessons.filter(has_quiz=True).count() == 35


def test_every_lesson_ends_with_actions_for_the_shop(demo):
    for lesson in LessonPage.objects.all():
        assert lesson.body[-1].block_type == "checklist", lesson.title


def test_every_demo_quiz_is_valid_and_passable(demo):
    block = QuizBlock()
    for lesson in LessonPage.objects.filter(has_quiz=True):
        block.clean(lesson.quiz)  # raises if a question lacks its right answer(s)
        questions = quiz_questions(lesson)
        assert 1 <= lesson.quiz_pass_mark <= 100
        # Missing one question still passes when the pass mark allows it.
        right_but_one = round(100 * (len(questions) - 1) / len(questions))
        assert right_but_one >= lesson.quiz_pass_mark, lesson.title


def test_prerequisites_are_linked(demo):
    course = CoursePage.objects.get(slug="paiement-en-ligne")
    assert [c.slug for c in course.prerequisites.all()] == ["click-and-collect"]


def test_loading_twice_changes_nothing(db, capsys):
    call_command("load_demo", allow_production=True)
    counts = (TrackPage.objects.count(), CoursePage.objects.count(), LessonPage.objects.count())
    call_command("load_demo", allow_production=True)
    assert (
        TrackPage.objects.count(),
        CoursePage.objects.count(),
        LessonPage.objects.count(),
    ) == counts
