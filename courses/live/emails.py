"""The e-mails of webinars and bootcamps, in each registrant's language (registering takes an
account, which keeps it), with a calendar file when it helps."""

from django.conf import settings

from accounts.selectors import user_language
from core.emails import email_render, email_send_after_commit
from courses.live.ics import CalendarEvent, calendar_bytes


def _personal_revisions(registration, *, cancelling: bool) -> int:
    """What this person's own cancellations add to the event's SEQUENCE.

    A calendar applies an update only if its SEQUENCE is above the one it holds, so the file
    that cancels a confirmed seat must outrank the confirmation, and a new registration after
    it must outrank the cancellation: each earlier cancellation of hers counts two (one for
    the cancellation, one for the confirmation that followed), and the cancellation being sent
    one more.
    """
    if registration is None:
        return 0
    from courses.live.models import Registration

    earlier = (
        Registration.objects.filter(
            event_id=registration.event_id,
            user_id=registration.user_id,
            status=Registration.Status.CANCELLED,
        )
        .exclude(pk=registration.pk)
        .count()
    )
    return 2 * earlier + (1 if cancelling else 0)


def calendar_events(event, registration=None, *, cancelled: bool = False) -> list[CalendarEvent]:
    """One calendar entry per session, with a UID that stays the same through every update;
    with a ``registration``, its SEQUENCE also counts that person's own cancellations."""
    sequence = event.calendar_sequence + _personal_revisions(registration, cancelling=cancelled)
    return [
        CalendarEvent(
            uid=f"{session.key}-{event.pk}@accelerateur",
            sequence=sequence,
            summary=event.title
            if session.title == event.title
            else f"{event.title} · {session.title}",
            start=session.start,
            end=session.end,
            description=event.summary,
            location=session.location,
            url=f"{settings.SITE_URL}{event.url}",
            cancelled=cancelled or event.cancelled,
        )
        for session in event.sessions()
    ]


def _send(template: str, registration, event, *, context=None, calendar=None, method="PUBLISH"):
    attachments = []
    if calendar is not None:
        ics = calendar_bytes(calendar, method=method)
        mimetype = f"text/calendar; method={method}; charset=utf-8"
        attachments.append(("evenement.ics", ics, mimetype))
    context = {
        "user": registration.user,
        "event": event,
        "registration": registration,
        **(context or {}),
    }
    email_send_after_commit(
        email_render(
            template_prefix=f"events/emails/{template}",
            context=context,
            to=[registration.user.email],
            language=user_language(registration.user),
            attachments=attachments,
        )
    )


def send_confirmation(registration, event, *, promoted: bool = False) -> None:
    _send(
        "confirmation",
        registration,
        event,
        context={"promoted": promoted, "sessions": event.sessions()},
        calendar=calendar_events(event, registration),
    )


def send_waiting(registration, event, position: int) -> None:
    _send("waiting", registration, event, context={"position": position})


def send_application_received(registration, event) -> None:
    _send("application_received", registration, event)


def send_application_declined(registration, event) -> None:
    _send("application_declined", registration, event)


def send_cancellation_ack(registration, event) -> None:
    _send(
        "cancellation_ack",
        registration,
        event,
        calendar=calendar_events(event, registration, cancelled=True),
        method="CANCEL",
    )


def send_schedule_update(registration, event) -> None:
    if event.cancelled:
        _send(
            "event_cancelled", registration, event, calendar=calendar_events(event), method="CANCEL"
        )
    else:
        _send(
            "schedule_update",
            registration,
            event,
            context={"sessions": event.sessions()},
            calendar=calendar_events(event),
        )


def send_reminder_email(registration, event, session, kind: str) -> None:
    _send("reminder", registration, event, context={"session": session, "kind": kind})
