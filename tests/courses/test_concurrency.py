"""Double clicks and parallel tabs: one enrolment, one completion, one announcement.

Runs on whichever database the suite uses; on PostgreSQL (CI's second pass) the requests
really overlap, on SQLite they queue behind its write lock. Either way the result is the same.
"""

import pytest
from django.db import connection

from courses import services
from courses.models import Enrolment, LessonPage, LessonProgress
from courses.signals import course_completed
from tests.accounts.factories import OwnerFactory
from tests.courses.factories import make_catalog, make_course, make_track
from tests.threads import in_parallel

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREADS = 8


def eight_times(work) -> list[BaseException]:
    return in_parallel([work] * THREADS)


@pytest.fixture
def setting(db):
    from demo.site import load_demo_site

    course = make_course(make_track(make_catalog(load_demo_site())), lessons=2)
    return OwnerFactory(), course, list(LessonPage.objects.child_of(course).order_by("path"))


@pytest.mark.skipif(
    connection.vendor == "sqlite", reason="SQLite in memory has one connection for all threads"
)
def test_parallel_enrolments_make_one(setting):
    owner, course, _lessons = setting
    assert eight_times(lambda: services.enrol(owner, course)) == []
    assert Enrolment.objects.filter(user=owner, course=course).count() == 1


@pytest.mark.skipif(
    connection.vendor == "sqlite", reason="SQLite in memory has one connection for all threads"
)
def test_finishing_the_last_lesson_twice_at_once_completes_once(setting):
    owner, course, lessons = setting
    services.enrol(owner, course)
    services.mark_lesson_done(owner, lessons[0])
    announced = []
    course_completed.connect(
        lambda sender, enrolment, **kw: announced.append(enrolment.pk),
        weak=False,
        dispatch_uid="test-parallel",
    )
    try:
        errors = eight_times(lambda: services.mark_lesson_done(owner, lessons[1]))
    finally:
        course_completed.disconnect(dispatch_uid="test-parallel")
    assert errors == []
    assert LessonProgress.objects.filter(lesson=lessons[1]).count() == 1
    assert Enrolment.objects.get().completed_at is not None
    assert len(announced) == 1
