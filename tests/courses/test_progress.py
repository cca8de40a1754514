"""Enrolment, lesson progress and the course completion that other features hook into."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import Enrolment, LessonProgress
from courses.selectors import course_outline
from courses.signals import course_completed
from tests.accounts.factories import OwnerFactory
from tests.courses.factories import make_lesson
from tests.signals import received

pytestmark = pytest.mark.django_db


def enrol(client, course):
    return client.post(reverse("courses:enrol", args=[course.pk]))


def test_one_click_enrolment_leads_to_the_first_lesson(client, owner, course, lessons):
    client.force_login(owner)
    response = enrol(client, course)
    assert response.status_code == 302
    assert response.url == lessons[0].url
    enrol(client, course)  # a double click changes nothing
    assert Enrolment.objects.filter(user=owner, course=course).count() == 1


def test_enrolment_is_for_signed_in_owners_only(client, advisor, course):
    assert enrol(client, course).url.startswith(reverse("account_login"))
    client.force_login(advisor)
    assert enrol(client, course).status_code == 403
    assert not Enrolment.objects.exists()


def test_enrolment_requires_post(client, owner, course):
    client.force_login(owner)
    assert client.get(reverse("courses:enrol", args=[course.pk])).status_code == 405
    assert not Enrolment.objects.exists()


def test_mark_as_done_moves_on_to_the_next_lesson(client, owner, course, lessons):
    client.force_login(owner)
    enrol(client, course)
    response = client.post(reverse("courses:mark_done", args=[lessons[0].pk]))
    assert response.url == lessons[1].url
    progress = LessonProgress.objects.get()
    assert (progress.lesson_id, progress.method) == (lessons[0].pk, "marked")


def test_no_progress_without_enrolment(client, owner, course, lessons):
    client.force_login(owner)
    response = client.post(reverse("courses:mark_done", args=[lessons[0].pk]))
    assert response.status_code == 403
    assert "Inscrivez-vous" in response.content.decode()
    assert not LessonProgress.objects.exists()


def test_progress_in_one_course_does_not_open_another(client, owner, course, track, lessons):
    from tests.courses.factories import make_course

    other = make_course(track, slug="autre", title="Autre formation", lessons=1)
    client.force_login(owner)
    enrol(client, other)
    assert client.post(reverse("courses:mark_done", args=[lessons[0].pk])).status_code == 403
    assert not LessonProgress.objects.exists()


def test_a_quiz_lesson_is_not_marked_done_by_hand(client, owner, course, lessons):
    client.force_login(owner)
    enrol(client, course)
    response = client.post(reverse("courses:mark_done", args=[lessons[3].pk]), follow=True)
    assert "se valide en réussissant son quiz" in response.content.decode()
    assert not LessonProgress.objects.exists()


@pytest.fixture
def completions():
    """The enrolment ids announced by course_completed during the test."""
    with received(course_completed, "enrolment") as items:
        yield items


def test_completion_is_recorded_once_and_announced_once(
    owner, course, lessons, completions, django_capture_on_commit_callbacks
):
    enrolment = services.enrol(owner, course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons[:3]:
            services.mark_lesson_done(owner, lesson)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None  # the quiz is still to pass
    LessonProgress.objects.create(enrolment=enrolment, lesson=lessons[3], method="quiz")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.complete_course_if_done(enrolment) is True
    first_date = Enrolment.objects.get().completed_at
    with django_capture_on_commit_callbacks(execute=True):
        assert services.complete_course_if_done(enrolment) is False
        services.mark_lesson_done(owner, lessons[0])
    assert Enrolment.objects.get().completed_at == first_date
    assert completions == [enrolment.pk]


def test_the_completion_signal_waits_for_the_commit(
    owner, course, lessons, completions, django_capture_on_commit_callbacks
):
    enrolment = services.enrol(owner, course)
    LessonProgress.objects.create(enrolment=enrolment, lesson=lessons[3], method="quiz")
    with django_capture_on_commit_callbacks() as callbacks:
        for lesson in lessons[:3]:
            services.mark_lesson_done(owner, lesson)
    assert completions == []
    for callback in callbacks:
        callback()
    assert completions == [enrolment.pk]


def test_optional_lessons_are_not_needed_to_complete(owner, course, lessons):
    make_lesson(course, 5, optional=True)
    enrolment = services.enrol(owner, course)
    for lesson in lessons[:3]:
        services.mark_lesson_done(owner, lesson)
    LessonProgress.objects.create(enrolment=enrolment, lesson=lessons[3], method="quiz")
    assert services.complete_course_if_done(enrolment)


def test_resume_where_the_learner_left_off(client, owner, course, lessons):
    client.force_login(owner)
    enrol(client, course)
    client.post(reverse("courses:mark_done", args=[lessons[0].pk]))
    client.get(lessons[2].url)  # jumps ahead, reads, leaves
    outline = course_outline(course, owner)
    assert outline.resume_lesson.id == lessons[2].pk
    assert outline.next_lesson.id == lessons[1].pk
    page = client.get(course.url).content.decode()
    assert "Reprendre" in page and f'href="{lessons[2].url}"' in page


def test_opening_the_same_lesson_again_writes_nothing(owner, course, lessons):
    services.enrol(owner, course)
    assert services.record_visit(owner, lessons[1])
    assert not services.record_visit(owner, lessons[1])  # a reload, a second tab
    assert services.record_visit(owner, lessons[0])


def test_lesson_page_links_previous_and_next(client, owner, course, lessons):
    client.force_login(owner)
    page = client.get(lessons[1].url).content.decode()
    assert f'rel="prev" href="{lessons[0].url}"' in page
    assert f'rel="next" href="{lessons[2].url}"' in page


def test_course_page_shows_progress_to_the_learner_only(client, owner, course, lessons):
    services.enrol(owner, course)
    services.mark_lesson_done(owner, lessons[0])
    client.force_login(owner)
    assert "1 leçon terminée sur 4" in client.get(course.url).content.decode()
    client.force_login(OwnerFactory())
    other_view = client.get(course.url).content.decode()
    assert "leçon terminée sur" not in other_view
    assert "M'inscrire gratuitement" in other_view
