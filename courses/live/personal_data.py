"""Webinar and bootcamp records under the RGPD: registrations (with the motivation she
wrote), attendance, reminders sent and the calendar address are exported, and deleted with the
account. A place she still holds is first cancelled through the usual service, so that the
first person waiting gets it."""

from django.utils import timezone

from accounts.personal_data import Erasure, Part, Section, register
from courses.live import services
from courses.live.models import Attendance, CalendarFeed, Registration, Reminder


def _grouped(rows) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in rows:
        grouped.setdefault(row.registration_id, []).append(row)
    return grouped


def export_events(user) -> Part:
    """Four queries: registrations, attendance, reminders, calendar address."""
    registrations = list(
        Registration.objects.filter(user=user).select_related("event").order_by("created_at")
    )
    attendance = _grouped(Attendance.objects.filter(registration__user=user).order_by("pk"))
    reminders = _grouped(Reminder.objects.filter(registration__user=user).order_by("sent_at"))
    feed = CalendarFeed.objects.filter(user=user).first()
    return Part(
        {
            "registrations": [
                {
                    "event": r.event.title,
                    "status": r.get_status_display(),
                    "motivation": r.motivation,
                    "created_at": r.created_at,
                    "updated_at": r.updated_at,
                    "completed_at": r.completed_at,
                    "attendance": [
                        {
                            "session": a.session_key,
                            "present": a.present,
                            "minutes": a.minutes,
                            "source": a.get_source_display(),
                            "recorded_at": a.recorded_at,
                        }
                        for a in attendance.get(r.pk, [])
                    ],
                    "reminders_sent": [
                        {"kind": m.kind, "session_starts_at": m.starts_at, "sent_at": m.sent_at}
                        for m in reminders.get(r.pk, [])
                    ],
                }
                for r in registrations
            ],
            "calendar_feed_created_at": feed.created_at if feed else None,
        }
    )


def erase_events(erasure: Erasure) -> None:
    # Only places still held in events to come: one service call each, so that a waiting
    # person is promoted and e-mailed; a handful at most.
    upcoming = Registration.objects.filter(
        user=erasure.user, status__in=Registration.ACTIVE, event__live=True
    ).select_related("event")
    now = timezone.now()
    for registration in upcoming:
        ends_at = registration.event.specific.ends_at
        if ends_at is None or ends_at > now:
            services.cancel(registration)
    Registration.objects.filter(user=erasure.user).delete()
    CalendarFeed.objects.filter(user=erasure.user).delete()


SECTION = Section(key="events", order=45, export=export_events, erase=erase_events)


def register_section() -> None:
    register(SECTION)
