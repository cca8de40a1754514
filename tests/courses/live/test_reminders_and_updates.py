"""Reminders run once, at the right time; schedule changes and cancellations reach people."""

from datetime import timedelta

import pytest
from django.test import override_settings
from icalendar import Calendar

from courses.live import services
from courses.live.models import Reminder
from courses.live.tasks import send_reminder
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def remind(registration, webinar, kind="24h", start=None):
    return send_reminder.call(
        registration_id=registration.pk,
        session_key="webinar",
        starts_at=(start or webinar.start).isoformat(),
        kind=kind,
    )


@override_settings(TASKS=DB_TASKS)
def test_confirmation_schedules_both_reminders_at_their_time(owner, webinar):
    from django_tasks_db.models import DBTaskResult

    registration = services.register(owner, webinar)
    assert services.schedule_reminders(registration, webinar) == 2
    scheduled = DBTaskResult.objects.filter(task_path="courses.live.tasks.send_reminder")
    run_after = sorted(result.run_after for result in scheduled)
    assert run_after[-2:] == [
        webinar.start - timedelta(hours=24),
        webinar.start - timedelta(hours=1),
    ]


def test_a_reminder_is_sent_once_even_if_the_job_runs_twice(
    owner, webinar, mailoutbox, django_capture_on_commit_callbacks
):
    registration = services.register(owner, webinar)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert remind(registration, webinar) is True
        assert remind(registration, webinar) is False  # a restarted worker runs it again
    assert [m.subject for m in mailoutbox] == [f"Demain : {webinar.title}"]
    assert Reminder.objects.count() == 1


def test_a_reminder_for_an_old_time_or_a_cancelled_seat_is_dropped(
    owner, webinar, mailoutbox, django_capture_on_commit_callbacks
):
    registration = services.register(owner, webinar)
    with django_capture_on_commit_callbacks(execute=True):
        assert remind(registration, webinar, start=webinar.start - timedelta(hours=2)) is False
        services.cancel(registration)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert remind(registration, webinar, kind="1h") is False
    assert mailoutbox == []


def test_moving_the_webinar_sends_an_update_that_replaces_the_event(
    webinar, mailoutbox, django_capture_on_commit_callbacks
):
    people = [OwnerFactory(), OwnerFactory()]
    for person in people:
        services.register(person, webinar)
    mailoutbox.clear()
    webinar.start += timedelta(hours=2)
    webinar.end += timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        webinar.save_revision().publish()
    updates = [m for m in mailoutbox if m.subject.startswith("Changement d'horaire")]
    assert sorted(m.to[0] for m in updates) == sorted(p.email for p in people)
    event = Calendar.from_ical(updates[0].attachments[0][1]).walk("VEVENT")[0]
    assert str(event["UID"]) == f"webinar-{webinar.pk}@accelerateur"
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == webinar.start.replace(microsecond=0)


def test_republishing_without_a_change_sends_nothing(owner, webinar, mailoutbox):
    services.register(owner, webinar)
    mailoutbox.clear()
    webinar.summary = "Un résumé retouché."
    webinar.save_revision().publish()
    assert mailoutbox == []


def test_cancelling_the_webinar_tells_everyone_registered(
    owner, webinar, mailoutbox, django_capture_on_commit_callbacks
):
    services.register(owner, webinar)
    mailoutbox.clear()
    webinar.cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        webinar.save_revision().publish()
    [message] = mailoutbox
    assert message.subject == f"Annulation : {webinar.title}"
    calendar = Calendar.from_ical(message.attachments[0][1])
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
