"""Writes: registration within capacity, the waiting list, applications, attendance, feeds.

The capacity guard: every write that can change who holds a seat first locks the event's row
(SELECT … FOR UPDATE on PostgreSQL; on SQLite the IMMEDIATE transactions of the settings take
the database's write lock), then counts and writes inside the same transaction. Concurrent
requests for the same event therefore queue, and the count they see is always the true one.
"""

import logging
import math
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import default_task_backend
from wagtail.models import Page

from accounts.following import followed_owners
from accounts.roles import Role, role_of
from core.page_cache import invalidate_scope
from core.text import CONTROL_CHARACTERS_MESSAGE, has_control_characters
from courses.live import emails
from courses.live.attendance_csv import AttendanceFileError, parse_attendance
from courses.live.models import (
    Attendance,
    BootcampPage,
    CalendarFeed,
    Registration,
    ScheduleNotice,
    WebinarPage,
)
from courses.live.models.pages import event_scope
from courses.live.models.registrations import new_feed_token
from courses.live.selectors import confirmed_registrations
from courses.live.signals import attendance_completed
from courses.live.tasks import send_reminder

logger = logging.getLogger(__name__)
Status = Registration.Status
REMINDERS = (("24h", timedelta(hours=24)), ("1h", timedelta(hours=1)))
#: The motivation's limit, the model field's (a TextField: the database would not enforce it).
MAX_MOTIVATION = Registration._meta.get_field("motivation").max_length


class RegistrationError(Exception):
    """A refused registration change; the message is for the person."""


class AttendanceRefused(Exception):
    """Attendance that may not be recorded (a session to come, someone the organiser does not
    follow); nothing was written, and the message says why, for the organiser."""


def registrations_changed(sender, instance: Registration, **_kwargs) -> None:
    """A registration written or deleted: the event's seats left may have changed, so its
    stored copies (core.page_cache) and the edge's go."""
    event = Page.objects.filter(pk=instance.event_id).first()
    if event is None:
        return  # the event itself is being deleted, and its page with it
    invalidate_scope(event_scope(event.translation_key), paths=[event.url] if event.url else [])


def lock_event(event_id: int) -> None:
    """The capacity guard (see the module docstring).

    One function on its own so that the concurrency test can put a no-op in its place and
    show that, without it, concurrent registrations overflow the seats.
    """
    Page.objects.select_for_update().only("pk").get(pk=event_id)


def confirmed_count(event_id: int) -> int:
    return Registration.objects.filter(event_id=event_id, status=Status.CONFIRMED).count()


def _active(user, event_id):
    return Registration.objects.filter(user=user, event_id=event_id, status__in=Registration.ACTIVE)


def register(user, event, motivation: str = "") -> Registration:
    """Register for a webinar (confirmed or waiting) or apply to a bootcamp.

    Registering twice returns the existing registration.
    """
    if role_of(user) != Role.OWNER:
        raise RegistrationError(_("L'inscription est réservée aux comptes entreprise."))
    if not event.registration_open():
        raise RegistrationError(_("Les inscriptions sont fermées pour cet événement."))
    is_bootcamp = isinstance(event, BootcampPage)
    motivation = motivation.strip()
    if is_bootcamp and not motivation:
        raise RegistrationError(_("Dites-nous en quelques mots ce que vous attendez du bootcamp."))
    if has_control_characters(motivation):
        raise RegistrationError(str(CONTROL_CHARACTERS_MESSAGE))
    if len(motivation) > MAX_MOTIVATION:
        raise RegistrationError(
            _("Votre motivation dépasse %(count)s caractères : raccourcissez-la.")
            % {"count": MAX_MOTIVATION}
        )
    try:
        with transaction.atomic():
            lock_event(event.pk)
            existing = _active(user, event.pk).first()
            if existing:
                return existing
            if is_bootcamp:
                status = Status.APPLIED
            elif confirmed_count(event.pk) < event.capacity:
                status = Status.CONFIRMED
            else:
                status = Status.WAITING
            registration = Registration.objects.create(
                event_id=event.pk, user=user, status=status, motivation=motivation
            )
            _announce(registration, event)
    except IntegrityError:  # the same person, twice at once: the other request won
        return _active(user, event.pk).get()
    return registration


def _announce(registration: Registration, event) -> None:
    if registration.status == Status.CONFIRMED:
        emails.send_confirmation(registration, event)
        transaction.on_commit(lambda: schedule_reminders(registration, event))
    elif registration.status == Status.WAITING:
        emails.send_waiting(registration, event, waiting_position(registration))
    elif registration.status == Status.APPLIED:
        emails.send_application_received(registration, event)


def waiting_position(registration: Registration) -> int:
    return Registration.objects.filter(
        event_id=registration.event_id,
        status=Status.WAITING,
        created_at__lte=registration.created_at,
        pk__lte=registration.pk,
    ).count()


def cancel(registration: Registration) -> Registration | None:
    """Cancel a registration; a freed webinar seat goes to the first person waiting.

    Returns the promoted registration, if any. They are e-mailed with their calendar file.
    """
    event = registration.event.specific
    with transaction.atomic():
        lock_event(event.pk)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status not in Registration.ACTIVE:
            return None
        freed = registration.status == Status.CONFIRMED
        registration.status = Status.CANCELLED
        registration.updated_at = timezone.now()
        registration.save(update_fields=["status", "updated_at"])
        emails.send_cancellation_ack(registration, event)
        promoted = None
        if freed and isinstance(event, WebinarPage) and event.start > timezone.now():
            promoted = (
                Registration.objects.filter(event_id=event.pk, status=Status.WAITING)
                .order_by("created_at", "pk")
                .first()
            )
            if promoted and confirmed_count(event.pk) < event.capacity:
                promoted.status = Status.CONFIRMED
                promoted.updated_at = timezone.now()
                promoted.save(update_fields=["status", "updated_at"])
                emails.send_confirmation(promoted, event, promoted=True)
                transaction.on_commit(lambda: schedule_reminders(promoted, event))
            else:
                promoted = None
    return promoted


def decide_application(registration: Registration, *, accept: bool, by) -> Registration:
    """An advisor or staff member accepts (within capacity) or declines a bootcamp application."""
    event = registration.event.specific
    with transaction.atomic():
        lock_event(event.pk)
        registration = Registration.objects.select_related("user").get(pk=registration.pk)
        if registration.status != Status.APPLIED:
            raise RegistrationError(_("Cette candidature a déjà été traitée."))
        if accept and confirmed_count(event.pk) >= event.capacity:
            raise RegistrationError(_("Le bootcamp est complet : refusez ou libérez une place."))
        registration.status = Status.CONFIRMED if accept else Status.DECLINED
        registration.decided_by = by
        registration.updated_at = timezone.now()
        registration.save(update_fields=["status", "decided_by", "updated_at"])
        if accept:
            emails.send_confirmation(registration, event)
            transaction.on_commit(lambda: schedule_reminders(registration, event))
        else:
            emails.send_application_declined(registration, event)
    return registration


def schedule_reminders(registration: Registration, event) -> int:
    """Enqueue the 24 h and 1 h reminders of every future session; returns how many.

    Backends that cannot run a task later (the immediate one of the tests) get none.
    """
    if not default_task_backend.supports_defer:
        return 0
    now, count = timezone.now(), 0
    for session in event.sessions():
        for kind, lead in REMINDERS:
            when = session.start - lead
            if when > now:
                send_reminder.using(run_after=when).enqueue(
                    registration_id=registration.pk,
                    session_key=session.key,
                    starts_at=session.start.isoformat(),
                    kind=kind,
                )
                count += 1
    return count


def notify_schedule_change(sender, instance, **kwargs) -> None:
    """On publication: if the dates, places or cancellation changed, tell the registered.

    The calendar SEQUENCE goes up, so calendars replace the event; new reminders are
    scheduled, and the old ones, finding another start time, send nothing. The first
    publication only records the schedule.
    """
    if not isinstance(instance, WebinarPage | BootcampPage):
        return
    fingerprint = instance.schedule_fingerprint()
    notice, created = ScheduleNotice.objects.get_or_create(
        event_id=instance.pk, defaults={"fingerprint": fingerprint}
    )
    if created or notice.fingerprint == fingerprint:
        return
    notice.fingerprint, notice.sequence = fingerprint, notice.sequence + 1
    notice.save(update_fields=["fingerprint", "sequence"])
    instance.__dict__["calendar_sequence"] = notice.sequence
    confirmed = Registration.objects.filter(event_id=instance.pk, status=Status.CONFIRMED)
    for registration in confirmed.select_related("user"):
        emails.send_schedule_update(registration, instance)
        if not instance.cancelled:
            transaction.on_commit(
                lambda registration=registration: schedule_reminders(registration, instance)
            )


# --- Attendance ---------------------------------------------------------------------------------


def record_attendance(
    registration: Registration, session_key: str, *, present: bool, by, minutes=None, source
) -> Attendance:
    """Mark one person at one session; completion follows from attendance."""
    attendance, _created = Attendance.objects.update_or_create(
        registration=registration,
        session_key=session_key,
        defaults={
            "present": present,
            "minutes": minutes,
            "source": source,
            "recorded_by": by,
            "recorded_at": timezone.now(),
        },
    )
    complete_if_attended(registration)
    return attendance


def record_roster(event, ticked, *, by, now=None) -> None:
    """Save the roster's checkboxes: each confirmed person ``by`` follows (staff: everyone) is
    present at the started sessions whose ``present-<registration>-<session>`` is in
    ``ticked``, absent from the others.

    Attendance issues certificates, so a tick for a session to come or for someone outside
    the organiser's portfolio refuses the whole form (``AttendanceRefused``): nothing is
    written, rather than part of what she meant.
    """
    now = now or timezone.now()
    sessions = event.sessions()
    started = [session for session in sessions if session.started(now)]
    registrations = list(confirmed_registrations(event).filter(user__in=followed_owners(by)))
    allowed = {f"present-{r.pk}-{session.key}" for r in registrations for session in started}
    asked = {key for key in ticked if key.startswith("present-")}
    if not started or asked - allowed:
        to_come = [session for session in sessions if not session.started(now)]
        raise AttendanceRefused(_roster_refusal(asked - allowed, to_come, started))
    with transaction.atomic():
        for registration in registrations:
            for session in started:
                record_attendance(
                    registration,
                    session.key,
                    present=f"present-{registration.pk}-{session.key}" in ticked,
                    by=by,
                    source="manual",
                )


def _roster_refusal(refused: set[str], to_come: list, started: list) -> str:
    """Why a roster was refused: a session to come, or someone outside the portfolio.
    (Session keys may hold dashes, ``session-12``: a ticked name is matched by its end.)"""
    ticked_to_come = any(key.endswith(f"-{session.key}") for key in refused for session in to_come)
    if not started or ticked_to_come:
        return _(
            "Une séance n'a pas encore commencé : sa présence se marque une fois qu'elle a "
            "commencé. Rien n'a été enregistré."
        )
    return _(
        "Vous ne pouvez marquer que la présence des participants des entreprises que vous "
        "suivez. Rien n'a été enregistré."
    )


def complete_if_attended(registration: Registration) -> bool:
    """Record once that a person attended enough: the webinar, or the bootcamp's required
    number of sessions. ``attendance_completed`` is sent after commit, for attestations."""
    event = registration.event.specific
    required = event.sessions_required if isinstance(event, BootcampPage) else 1
    present = registration.attendances.filter(present=True).count()
    if present < required:
        return False
    now = timezone.now()
    recorded = Registration.objects.filter(pk=registration.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    if recorded:
        registration.completed_at = now
        transaction.on_commit(
            lambda: attendance_completed.send_robust(sender=Registration, registration=registration)
        )
    return bool(recorded)


# --- Calendar feed ---------------------------------------------------------------------------


def calendar_feed_for(user) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def renew_calendar_feed(user) -> CalendarFeed:
    """A new secret address; the old one stops working at once."""
    feed = calendar_feed_for(user)
    feed.token = new_feed_token()
    feed.created_at = timezone.now()
    feed.save(update_fields=["token", "created_at"])
    return feed


# --- Attendance file from the video tool --------------------------------------------------------

# Present means connected for at least this share of the session: a person who dropped in for
# five minutes of a one-hour webinar did not attend it.
PRESENCE_SHARE = 0.5


@dataclass
class ImportLine:
    line: int
    email: str
    minutes: int
    outcome: str  # "present", "absent", "unknown"
    name: str = ""


@dataclass
class ImportReport:
    session_title: str
    threshold: int
    lines: list[ImportLine]
    problems: list
    not_in_file: list[Registration]

    @property
    def matched(self) -> int:
        return sum(1 for line in self.lines if line.outcome != "unknown")


def import_attendance(event, session_key: str, data: bytes, *, by, now=None) -> ImportReport:
    """Match the video tool's rows to confirmed registrations by e-mail and record them.

    Only the registrations of people ``by`` follows (staff: everyone) are matched; rows for
    anyone else, and unreadable rows, are reported and change nothing. A session that has not
    started refuses the file: nobody can have attended it yet. Registered people missing from
    the file are listed, not marked absent: the file may be partial, and a person may have
    joined by phone.
    """
    now = now or timezone.now()
    session = next((s for s in event.sessions() if s.key == session_key), None)
    if session is None:
        raise AttendanceFileError(_("Cette séance n'existe pas."))
    if not session.started(now):
        raise AttendanceFileError(
            _(
                "Cette séance n'a pas encore commencé : importez le fichier de présence une "
                "fois qu'elle a eu lieu. Rien n'a été enregistré."
            )
        )
    parsed = parse_attendance(data)
    duration = max(int((session.end - session.start).total_seconds() // 60), 1)
    threshold = max(1, math.ceil(duration * PRESENCE_SHARE))
    by_email = {
        registration.user.email.lower(): registration
        for registration in Registration.objects.filter(
            event_id=event.pk, status=Status.CONFIRMED, user__in=followed_owners(by)
        ).select_related("user")
    }
    lines = []
    with transaction.atomic():
        for row in parsed.rows:
            registration = by_email.pop(row.email, None)
            if registration is None:
                lines.append(ImportLine(row.line, row.email, row.minutes, "unknown"))
                continue
            present = row.minutes >= threshold
            record_attendance(
                registration,
                session_key,
                present=present,
                minutes=row.minutes,
                by=by,
                source=Attendance.Source.IMPORT,
            )
            lines.append(
                ImportLine(
                    row.line,
                    row.email,
                    row.minutes,
                    "present" if present else "absent",
                    registration.user.get_full_name(),
                )
            )
    return ImportReport(
        session_title=session.title,
        threshold=threshold,
        lines=lines,
        problems=parsed.problems,
        not_in_file=sorted(by_email.values(), key=lambda r: r.user.email),
    )
