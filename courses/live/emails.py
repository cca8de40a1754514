"""The e-mails of webinars and bootcamps, in French, with a calendar file when it helps."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from core.emails import email_send_after_commit
from courses.live.ics import CalendarEvent, calendar_bytes


def calendar_events(event, registration=None, *, cancelled: bool = False) -> list[CalendarEvent]:
    """One calendar entry per session, with a UID that stays the same through every update."""
    return [
        CalendarEvent(
            uid=f"{session.key}-{event.pk}@accelerateur",
            sequence=event.calendar_sequence,
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
    with translation.override("fr"):
        context = {
            "user": registration.user,
            "event": event,
            "registration": registration,
            "site_url": settings.SITE_URL,
            **(context or {}),
        }
        subject = " ".join(
            render_to_string(f"events/emails/{template}_subject.txt", context).split()
        )
        body = render_to_string(f"events/emails/{template}.txt", context)
    message = EmailMultiAlternatives(subject=subject, body=body, to=[registration.user.email])
    if calendar is not None:
        message.attach(
            "evenement.ics",
            calendar_bytes(calendar, method=method).decode(),
            f"text/calendar; method={method}; charset=utf-8",
        )
    email_send_after_commit(message)


def send_confirmation(registration, event, *, promoted: bool = False) -> None:
    _send(
        "confirmation",
        registration,
        event,
        context={"promoted": promoted, "sessions": event.sessions()},
        calendar=calendar_events(event),
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
        calendar=calendar_events(event, cancelled=True),
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
