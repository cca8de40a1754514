"""What the lesson page reads about its reader, in one statement (courses.learner_rows): the
same enrolment, lessons done and scores as the ORM reads, hers alone, on SQLite and
PostgreSQL (the suite runs on both)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import services
from courses.learner_rows import _SQL, learner_rows
from courses.models import Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.selectors import best_of
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db


def attempt(enrolment, lesson, score):
    return QuizAttempt.objects.create(
        enrolment=enrolment, lesson=lesson, score=score, pass_mark=100, passed=score == 100
    )


@pytest.fixture
def pages(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def test_her_rows_are_what_the_orm_reads(owner, course, pages):
    enrolment = services.enrol(owner, course)
    services.mark_lesson_done(owner, pages[0])
    services.mark_lesson_done(owner, pages[2])
    quiz_lesson = pages[3]
    for score in (50, 100, 0):
        attempt(enrolment, quiz_lesson, score)
    attempt(enrolment, pages[1], 90)  # another lesson's attempt: not this lesson's
    # Another learner of the same course, and her own progress and attempts.
    other = services.enrol(OwnerFactory(), course)
    LessonProgress.objects.create(enrolment=other, lesson=pages[1], method="marked")
    attempt(other, quiz_lesson, 100)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=pages[2])

    with CaptureQueriesContext(connection) as queries:
        rows = learner_rows(owner.pk, course.pk, quiz_lesson.pk)
    assert len(queries.captured_queries) == 1
    assert rows.enrolment.pk == enrolment.pk
    assert rows.enrolment.last_lesson_id == pages[2].pk
    assert rows.done_ids == set(enrolment.progress.values_list("lesson_id", flat=True))
    assert rows.done_ids == {pages[0].pk, pages[2].pk}
    assert sorted(rows.scores) == [0, 50, 100]
    best = best_of(rows.scores, quiz_lesson)
    assert (best.score, best.count, best.passed) == (100, 3, True)
    assert rows.enrolment.completed_at is None
    assert rows.enrolment.user_id == owner.pk and rows.enrolment.course_id == course.pk


def test_the_completion_date_reads_as_the_orms(owner, course, pages):
    enrolment = services.enrol(owner, course)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
    with CaptureQueriesContext(connection) as queries:
        rows = learner_rows(owner.pk, course.pk, pages[3].pk)
        completed_at = rows.enrolment.completed_at  # read with the rest, not loaded apart
    assert len(queries.captured_queries) == 1
    assert completed_at == Enrolment.objects.get(pk=enrolment.pk).completed_at
    assert completed_at.tzinfo is not None


def test_enrolled_with_nothing_done_yet(owner, course, pages):
    enrolment = services.enrol(owner, course)
    rows = learner_rows(owner.pk, course.pk, pages[3].pk)
    assert rows.enrolment.pk == enrolment.pk
    assert rows.done_ids == set() and rows.scores == []
    assert best_of(rows.scores, pages[3]) is None


def test_not_enrolled_reads_nothing_of_others(owner, course, pages):
    other = services.enrol(OwnerFactory(), course)
    attempt(other, pages[3], 100)
    rows = learner_rows(owner.pk, course.pk, pages[3].pk)
    assert rows.enrolment is None and rows.done_ids == set() and rows.scores == []


def test_the_statement_names_the_models_tables():
    for model in (Enrolment, LessonProgress, QuizAttempt):
        assert f" {model._meta.db_table} " in _SQL
