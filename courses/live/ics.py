"""iCalendar (RFC 5545) files for the events: invitations, updates, cancellations and feeds.

A pure module, with no database access: callers turn their models into ``CalendarEvent``
values and get bytes back, ready to attach to an email (``text/calendar``) or to serve as a
feed. Keeping the format here means every channel produces the same calendar, and it can be
tested without a database.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

PRODID = "-//Accélérateur//Formations//FR"
TZID = "Europe/Paris"
PARIS = ZoneInfo(TZID)


@dataclass(frozen=True)
class CalendarEvent:
    """One event as calendar apps see it.

    ``uid`` must stay the same for the whole life of the event (e.g. "webinaire-12@accelerateur"):
    calendar apps match on it, and replace their copy when they receive the same UID with a
    higher ``sequence``. The caller bumps ``sequence`` each time the time or place changes, so
    that an update (or a cancellation) replaces the invitation instead of adding a second one.
    """

    uid: str
    sequence: int
    summary: str
    start: datetime  # timezone-aware
    end: datetime  # timezone-aware
    description: str = ""
    location: str = ""  # an address, or empty
    url: str = ""  # the page of the event on the site
    cancelled: bool = False  # STATUS:CANCELLED


def calendar_bytes(
    events: Iterable[CalendarEvent],
    *,
    name: str = "Accélérateur",
    method: str | None = "PUBLISH",
) -> bytes:
    """Return one VCALENDAR holding a VEVENT per event, serialised.

    ``method`` is "PUBLISH" for confirmations, updates and feeds, "CANCEL" for cancellations
    (mail clients only act on a cancellation carrying METHOD:CANCEL), or None to leave it out.
    ``name`` becomes X-WR-CALNAME, the name apps show for a subscribed feed.

    An empty iterable gives a valid calendar with no VEVENT, so that an empty feed still
    subscribes cleanly.
    """
    events = list(events)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    if events:
        # RFC 5545 requires a VTIMEZONE for every TZID used; no event, no TZID, no VTIMEZONE.
        calendar.add_component(_paris_timezone(events))
    stamp = datetime.now(UTC)
    for event in events:
        calendar.add_component(_vevent(event, stamp))
    return calendar.to_ical()


def _paris_timezone(events: list[CalendarEvent]) -> Timezone:
    """The Europe/Paris VTIMEZONE, with its CET and CEST transitions over the events' years.

    Why send it rather than rely on the TZID alone: several calendar apps (on phones notably)
    do not resolve TZIDs against their own database and use the VTIMEZONE of the file to turn
    local times into instants; without it, or with only one of its offsets, an event on the
    other side of a daylight saving change shows one hour off. Spanning whole years, from
    January 1 of the earliest to January 1 after the latest, always includes both the March and
    the October changes.
    """
    local = [moment.astimezone(PARIS) for event in events for moment in (event.start, event.end)]
    first = min(local).year
    last = max(local).year
    return Timezone.from_tzid(TZID, first_date=date(first, 1, 1), last_date=date(last + 1, 1, 1))


def _vevent(event: CalendarEvent, stamp: datetime) -> Event:
    """One VEVENT, with its times in Paris local time.

    The times are written with TZID=Europe/Paris rather than in UTC so that recipients see the
    French wall-clock time the event was announced with, whatever the date's offset.
    """
    if event.start.tzinfo is None or event.end.tzinfo is None:
        raise ValueError(f"{event.uid}: start and end must be timezone-aware.")
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.start.astimezone(PARIS))
    vevent.add("dtend", event.end.astimezone(PARIS))
    vevent.add("summary", event.summary)
    if event.description:
        vevent.add("description", event.description)
    if event.location:
        vevent.add("location", event.location)
    if event.url:
        vevent.add("url", event.url)
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    return vevent
