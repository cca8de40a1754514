"""Reminders 24 hours and 1 hour before each session, enqueued to run at that moment."""

from django.db import IntegrityError, transaction
from django_tasks import task


@task()
def send_reminder(*, registration_id: int, session_key: str, starts_at: str, kind: str) -> bool:
    """Send one reminder, at most once, and only if it still describes the truth.

    The Reminder row is written before the e-mail is queued, under a unique constraint: a worker
    restarted halfway, or the same job run twice, finds the row and sends nothing. A reminder
    for a start that has since moved (the schedule changed) or a registration no longer
    confirmed is dropped; the change scheduled fresh reminders.
    """
    from courses.live.emails import send_reminder_email
    from courses.live.models import Registration, Reminder

    registration = (
        Registration.objects.select_related("user", "event")
        .filter(pk=registration_id, status=Registration.Status.CONFIRMED)
        .first()
    )
    if registration is None:
        return False
    event = registration.event.specific
    session = next((s for s in event.sessions() if s.key == session_key), None)
    if event.cancelled or session is None or session.start.isoformat() != starts_at:
        return False
    try:
        with transaction.atomic():
            Reminder.objects.create(
                registration=registration,
                session_key=session_key,
                kind=kind,
                starts_at=session.start,
            )
            send_reminder_email(registration, event, session, kind)
    except IntegrityError:
        return False
    return True
