"""Reads: listings, what one person sees of an event, their upcoming sessions and feed, and
the organisers' roster."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from accounts.following import followed_owners
from accounts.roles import Role, role_of
from core.translations import original_of, translated
from courses.live.models import (
    BootcampPage,
    CalendarFeed,
    Registration,
    Session,
    WebinarIndexPage,
    WebinarPage,
)

Status = Registration.Status


@dataclass
class Listing:
    upcoming: list
    past: list

    @property
    def key(self) -> tuple:
        """Which events are upcoming and which past, in order: with the content version, all
        the listing's HTML depends on (``{% memo %}`` in event_index_page.html)."""
        return tuple(event.pk for event in self.upcoming), tuple(event.pk for event in self.past)


#: The events of each listing this process read, for one content version (core.page_cache):
#: what a listing shows of its events is page content, which only a publication changes.
_listed: dict = {"version": None, "events": {}}
_listed_lock = threading.Lock()


def _listed_events(index_page) -> list:
    if issubclass(index_page.specific_class, WebinarIndexPage):
        events = list(WebinarPage.objects.live().child_of(index_page))
    else:
        events = list(
            BootcampPage.objects.live().child_of(index_page).prefetch_related("bootcamp_sessions")
        )
    return translated(events, ("title", "summary"))


def event_listing(index_page, content_version: int | None = None) -> Listing:
    """Children of a listing page: upcoming soonest first, past most recent first. ``index_page``
    may be a translation: the events listed are the default-locale ones (registrations point
    to them), with their titles and summaries in the visitor's language.

    Given the request's ``content_version``, the events are read once per process and
    language until the next publication; which are upcoming is decided on every call."""
    now = timezone.now()
    index_page = original_of(index_page)
    if content_version is None:
        events = _listed_events(index_page)
    else:
        key = (index_page.pk, get_language())
        with _listed_lock:
            if _listed["version"] != content_version:
                _listed["version"], _listed["events"] = content_version, {}
            events = _listed["events"].get(key)
        if events is None:
            events = _listed_events(index_page)
            with _listed_lock:
                if _listed["version"] == content_version:
                    _listed["events"][key] = events
    far = timezone.make_aware(datetime.max.replace(year=9000))
    upcoming = sorted(
        (e for e in events if (e.ends_at or far) >= now), key=lambda e: e.starts_at or far
    )
    past = sorted(
        (e for e in events if e.ends_at and e.ends_at < now), key=lambda e: e.ends_at, reverse=True
    )
    return Listing(upcoming=upcoming, past=past)


def seats_left(event) -> int:
    taken = Registration.objects.filter(event_id=event.pk, status=Status.CONFIRMED).count()
    return max(event.capacity - taken, 0)


def event_context(event, user, now: datetime | None = None) -> dict:
    """What the event page shows this person: seats, their registration, the join link.

    ``event`` may be a translation: registrations, seats and sessions are the default-locale
    event's, so there is one count of seats whatever the language."""
    now = now or timezone.now()
    event = original_of(event)
    registration = None
    if user.is_authenticated:
        registration = (
            Registration.objects.filter(event_id=event.pk, user=user)
            .exclude(status=Status.CANCELLED)
            .order_by("-created_at")
            .first()
        )
    confirmed = registration is not None and registration.status == Status.CONFIRMED
    sessions = event.sessions()
    joinable = [s for s in sessions if confirmed and s.join_open(now)]
    ended = bool(event.ends_at and event.ends_at < now)
    return {
        "sessions": sessions,
        "registration": registration,
        "seats_left": seats_left(event),
        "can_register": role_of(user) == Role.OWNER,
        "registration_open": event.registration_open(now),
        "joinable_sessions": joinable,
        "next_join_time": next(
            (s.joinable_from for s in sessions if confirmed and now < s.joinable_from), None
        ),
        "ended": ended,
        "is_bootcamp": isinstance(event, BootcampPage),
        "related_courses": translated(c for c in event.related_courses.all() if c.live),
    }


@dataclass(frozen=True)
class UpcomingSession:
    event: object
    session: Session
    registration: Registration


def upcoming_sessions(user, now: datetime | None = None) -> list[UpcomingSession]:
    """My confirmed sessions still to come, soonest first: for "Mon parcours" and my feed."""
    now = now or timezone.now()
    registrations = list(Registration.objects.filter(user=user, status=Status.CONFIRMED))
    events = events_by_id({registration.event_id for registration in registrations})
    items = []
    for registration in registrations:
        event = events.get(registration.event_id)
        if event is None or event.cancelled:
            continue
        items.extend(
            UpcomingSession(event, session, registration)
            for session in event.sessions()
            if session.end >= now
        )
    return sorted(items, key=lambda item: item.session.start)


def events_by_id(ids) -> dict:
    """Live webinars and bootcamps by id, in three queries whatever their number."""
    webinars = WebinarPage.objects.live().filter(pk__in=ids)
    bootcamps = BootcampPage.objects.live().filter(pk__in=ids).prefetch_related("bootcamp_sessions")
    return {event.pk: event for event in [*webinars, *bootcamps]}


def attended_events(user) -> list[Registration]:
    return list(
        Registration.objects.filter(user=user, completed_at__isnull=False)
        .select_related("event")
        .order_by("-completed_at")
    )


def calendar_feed_of(user):
    """The person's feed, if they created one (creating it is a POST, not a page view)."""
    return CalendarFeed.objects.filter(user=user).first()


def feed_by_token(token: str) -> CalendarFeed | None:
    """The feed behind a private calendar address, with its owner; None for an unknown one."""
    return CalendarFeed.objects.select_related("user").filter(token=token).first()


def own_registration(user, registration_id: int) -> Registration:
    """One of the person's own registrations, with its event; 404 for anyone else's."""
    return get_object_or_404(
        Registration.objects.select_related("event"), pk=registration_id, user=user
    )


def registration_for_organiser(user, registration_id: int) -> Registration:
    """A registration of someone ``user`` follows (staff: anyone's); 404 otherwise, as if it
    did not exist: an application's motivation is the applicant's, for her advisors."""
    return get_object_or_404(Registration, pk=registration_id, user__in=followed_owners(user))


def confirmed_registrations(event) -> QuerySet[Registration]:
    return Registration.objects.filter(event_id=event.pk, status=Status.CONFIRMED)


def roster(event, *, viewer) -> list[Registration]:
    """Everyone registered (cancellations aside) whom ``viewer`` follows (staff: everyone),
    each with ``marks``: (session, attendance or None) for every session of the event, in two
    queries. An advisor never sees, nor reads the motivation of, people outside her portfolio."""
    registrations = list(
        Registration.objects.filter(event_id=event.pk, user__in=followed_owners(viewer))
        .exclude(status=Status.CANCELLED)
        .select_related("user")
        .prefetch_related("attendances")
        .order_by("status", "created_at")
    )
    sessions = event.sessions()
    for registration in registrations:
        marks = {a.session_key: a for a in registration.attendances.all()}
        registration.marks = [(session, marks.get(session.key)) for session in sessions]
    return registrations


def learner_events(user, now: datetime | None = None) -> dict:
    """What "Mon parcours" shows of events: sessions to come, attended events, the feed."""
    now = now or timezone.now()
    return {
        "upcoming_sessions": upcoming_sessions(user, now),
        "attended": attended_events(user),
        "calendar_feed": calendar_feed_of(user),
        "now": now,
    }
