"""The reads behind a business's page: timeline, course progress and storefront figures."""

from datetime import timedelta
from decimal import Decimal

import pytest

from advising.business.selectors import (
    Kind,
    course_progress,
    storefront_figures,
    timeline,
)
from storefront_builder.models import OrderStatus
from tests.advising.business.conftest import (
    ago,
    application,
    attempt,
    attended,
    certificate,
    diagnostic,
    enrol,
    lesson_done,
    lessons_of,
    note,
    order,
    product,
    register,
    reminder,
    shop,
)
from tests.courses.live.factories import make_webinar

pytestmark = pytest.mark.django_db


def test_the_timeline_merges_every_source_newest_first(
    followed, advisor, home_page, course_with_quiz
):
    owner = followed.owner
    lessons = lessons_of(course_with_quiz)
    enrolment = enrol(owner, course_with_quiz, at=ago(days=20), completed_at=ago(days=8))
    lesson_done(enrolment, lessons[0], at=ago(days=19))
    attempt(enrolment, lessons[2], 50, at=ago(days=18))
    event = make_webinar(home_page, title="Webinaire avis Google")
    registration = register(owner, event, at=ago(days=17), completed_at=ago(days=15))
    attended(registration, at=ago(days=16))
    certificate(owner, "Vendre sur internet", at=ago(days=14))
    diagnostic(followed, at=ago(days=13))
    application(followed, status="submitted", at=ago(days=12))
    store = shop(followed, at=ago(days=11), published_at=ago(days=10))
    ordered_at = ago(days=9)  # the same moment: one line per day, whatever the clock says
    order(store, at=ordered_at)
    order(store, at=ordered_at)
    note(followed, advisor, at=ago(days=7))
    reminder(followed, advisor, "Votre boutique", at=ago(days=6))

    entries = timeline(followed)

    assert [entry.kind for entry in entries] == [
        Kind.REMINDER,
        Kind.NOTE,
        Kind.COURSE_COMPLETED,
        Kind.ORDERS,
        Kind.SHOP_PUBLISHED,
        Kind.SHOP_CREATED,
        Kind.APPLICATION,
        Kind.DIAGNOSTIC,
        Kind.CERTIFICATE,
        Kind.EVENT_COMPLETED,
        Kind.ATTENDANCE,
        Kind.REGISTRATION,
        Kind.QUIZ,
        Kind.LESSON,
        Kind.ENROLMENT,
    ]
    assert [entry.when for entry in entries] == sorted(
        (entry.when for entry in entries), reverse=True
    )
    texts = {entry.kind: entry.text for entry in entries}
    assert texts[Kind.QUIZ] == "Quiz « Leçon 3 » tenté : 50 %"
    assert texts[Kind.ORDERS] == "2 commandes en ligne"
    assert texts[Kind.REMINDER].endswith("« Votre boutique »")
    assert texts[Kind.APPLICATION].startswith("Demande « Chèque numérique » : ")
    assert "Webinaire avis Google" in texts[Kind.ATTENDANCE]
    assert all(entry.label for entry in entries)


def test_the_timeline_keeps_only_the_newest_entries(followed, advisor):
    for n in range(8):
        note(followed, advisor, f"Note {n}", at=ago(days=n))
    reminder(followed, advisor, at=ago(days=3, hours=12))

    entries = timeline(followed, limit=5)

    assert len(entries) == 5
    assert [entry.kind for entry in entries].count(Kind.REMINDER) == 1
    assert entries[0].when > entries[-1].when


def test_the_timeline_costs_one_query_per_source(followed, advisor, django_assert_num_queries):
    # Registrations and attendances are two sources; the shop's orders join its shops.
    with django_assert_num_queries(12):
        assert timeline(followed) == []


def test_course_progress_counts_lessons_and_keeps_the_best_quiz_score(
    followed, course_with_quiz, django_assert_num_queries
):
    owner = followed.owner
    lessons = lessons_of(course_with_quiz)
    enrolment = enrol(owner, course_with_quiz, at=ago(days=3))
    lesson_done(enrolment, lessons[0])
    attempt(enrolment, lessons[2], 40)
    attempt(enrolment, lessons[2], 85)
    attempt(enrolment, lessons[2], 60)

    # Four reads: Wagtail's site roots for the pages' URLs are kept in the process for the
    # content version (core.routing), read once already while the course was made.
    with django_assert_num_queries(4):
        (progress,) = course_progress(followed)

    assert progress.title == "Vendre sur internet"
    assert (progress.done, progress.total, progress.percent) == (1, 3, 33)
    (quiz,) = progress.quizzes
    assert (quiz.lesson, quiz.best, quiz.attempts, quiz.passed) == ("Leçon 3", 85, 3, True)


def test_course_progress_shows_an_untried_quiz_and_a_finished_course(followed, course_with_quiz):
    enrol(followed.owner, course_with_quiz, at=ago(days=3), completed_at=ago(days=1))

    (progress,) = course_progress(followed)

    assert progress.percent == 100
    assert progress.quizzes[0].best is None
    assert progress.quizzes[0].attempts == 0


def test_course_progress_is_empty_without_enrolment(followed, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert course_progress(followed) == []


def test_storefront_figures(followed, django_assert_num_queries):
    store = shop(followed, published_at=ago(days=40))
    product(store, "Comté")
    product(store, "Brie")
    order(store, at=ago(days=2), total="20.00")
    order(store, at=ago(days=10), total="15.50", status=OrderStatus.READY)
    order(store, at=ago(days=1), total="99.00", status=OrderStatus.CANCELLED)
    order(store, at=ago(days=45), total="30.00", pickup_in=timedelta(days=-44))
    order(
        store,
        at=ago(days=3),
        total="12.00",
        status=OrderStatus.COLLECTED,
        pickup_in=timedelta(days=-2),
    )

    with django_assert_num_queries(2):
        figures = storefront_figures(followed)

    assert figures.published is True
    assert figures.status_label == "En ligne"
    assert figures.products == 2
    assert figures.orders_30_days == 3
    assert figures.revenue_30_days == Decimal("47.50")
    assert figures.next_pickups == 2


def test_no_storefront_yet(followed, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert storefront_figures(followed) is None
