"""A business's timeline: what the business and its owner did, and what advisors did for them.

Each source is read in one query, capped when it can grow without end, and the rows are merged
in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Count, Max
from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from advising.business.selectors.storefront import shops_of
from advising.models import Note, Reminder
from certificates.models import Certificate
from core.formatting import elide_de
from courses.live.models import Attendance, Registration
from courses.models import Enrolment, LessonProgress, QuizAttempt
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Status, StatusChange
from onboarding.profile.models import Business
from storefront_builder.models import Order


class Kind:
    """What a timeline entry is about; also a CSS hook (``timeline-<kind>``)."""

    ENROLMENT = "enrolment"
    COURSE_COMPLETED = "course-completed"
    LESSON = "lesson"
    QUIZ = "quiz"
    REGISTRATION = "registration"
    ATTENDANCE = "attendance"
    EVENT_COMPLETED = "event-completed"
    CERTIFICATE = "certificate"
    DIAGNOSTIC = "diagnostic"
    APPLICATION = "application"
    SHOP_CREATED = "shop-created"
    SHOP_PUBLISHED = "shop-published"
    ORDERS = "orders"
    NOTE = "note"
    REMINDER = "reminder"


KIND_LABELS = {
    Kind.ENROLMENT: gettext_lazy("Formation"),
    Kind.COURSE_COMPLETED: gettext_lazy("Formation"),
    Kind.LESSON: gettext_lazy("Leçon"),
    Kind.QUIZ: gettext_lazy("Quiz"),
    Kind.REGISTRATION: gettext_lazy("Événement"),
    Kind.ATTENDANCE: gettext_lazy("Événement"),
    Kind.EVENT_COMPLETED: gettext_lazy("Événement"),
    Kind.CERTIFICATE: gettext_lazy("Certificat"),
    Kind.DIAGNOSTIC: gettext_lazy("Diagnostic"),
    Kind.APPLICATION: gettext_lazy("Demande d'aide"),
    Kind.SHOP_CREATED: gettext_lazy("Boutique"),
    Kind.SHOP_PUBLISHED: gettext_lazy("Boutique"),
    Kind.ORDERS: gettext_lazy("Commandes"),
    Kind.NOTE: gettext_lazy("Note privée"),
    Kind.REMINDER: gettext_lazy("Relance"),
}


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened, as a line of the timeline."""

    when: datetime
    kind: str
    text: str
    url: str = ""

    @property
    def label(self) -> str:
        return str(KIND_LABELS.get(self.kind, ""))


def _cms(title: str) -> SafeString:
    """A title the CMS holds (learner data points to default-locale pages), marked with its
    language when the interface speaks another, as screen readers need."""
    language = settings.WAGTAIL_CONTENT_LANGUAGES[0][0]
    if (get_language() or settings.LANGUAGE_CODE).split("-")[0] == language:
        return conditional_escape(title)
    return format_html('<span lang="{}">{}</span>', language, title)


def _sentence(message: str, **values) -> SafeString:
    """``message`` (a translated sentence with ``%(name)s`` places) filled with ``values``,
    every part escaped once."""
    return mark_safe(  # noqa: S308 (the message is escaped, the values escaped or marked safe)
        escape(message) % {name: conditional_escape(value) for name, value in values.items()}
    )


def _person(first_name: str | None, last_name: str | None, email: str | None) -> str:
    name = f"{first_name or ''} {last_name or ''}".strip()
    return name or email or _("un conseiller")


def _course_entries(owner_id: int, limit: int) -> list[TimelineEntry]:
    entries = []
    enrolments = (
        Enrolment.objects.filter(user_id=owner_id)
        .order_by("-last_activity_at", "-pk")
        .values("enrolled_at", "completed_at", "course__title")[:limit]
    )
    for row in enrolments:
        title = row["course__title"]
        entries.append(
            TimelineEntry(
                row["enrolled_at"],
                Kind.ENROLMENT,
                _sentence(_("Début de la formation « %(title)s »"), title=_cms(title)),
            )
        )
        if row["completed_at"]:
            entries.append(
                TimelineEntry(
                    row["completed_at"],
                    Kind.COURSE_COMPLETED,
                    _sentence(_("Formation « %(title)s » terminée"), title=_cms(title)),
                )
            )
    return entries


def _lesson_entries(owner_id: int, limit: int) -> list[TimelineEntry]:
    rows = (
        LessonProgress.objects.filter(enrolment__user_id=owner_id)
        .order_by("-completed_at", "-pk")
        .values("completed_at", "lesson__title", "enrolment__course__title")[:limit]
    )
    return [
        TimelineEntry(
            row["completed_at"],
            Kind.LESSON,
            _sentence(
                _("Leçon « %(lesson)s » terminée (%(course)s)"),
                lesson=_cms(row["lesson__title"]),
                course=_cms(row["enrolment__course__title"]),
            ),
        )
        for row in rows
    ]


def _quiz_entries(owner_id: int, limit: int) -> list[TimelineEntry]:
    rows = (
        QuizAttempt.objects.filter(enrolment__user_id=owner_id)
        .order_by("-submitted_at", "-pk")
        .values("submitted_at", "score", "passed", "lesson__title")[:limit]
    )
    return [
        TimelineEntry(
            row["submitted_at"],
            Kind.QUIZ,
            _sentence(
                _("Quiz « %(lesson)s » réussi : %(score)s %%")
                if row["passed"]
                else _("Quiz « %(lesson)s » tenté : %(score)s %%"),
                lesson=_cms(row["lesson__title"]),
                score=row["score"],
            ),
        )
        for row in rows
    ]


def _event_entries(owner_id: int, limit: int) -> list[TimelineEntry]:
    entries = []
    labels = dict(Registration.Status.choices)
    registrations = (
        Registration.objects.filter(user_id=owner_id)
        .order_by("-updated_at", "-pk")
        .values("created_at", "completed_at", "status", "event__title")[:limit]
    )
    for row in registrations:
        title = row["event__title"]
        entries.append(
            TimelineEntry(
                row["created_at"],
                Kind.REGISTRATION,
                _sentence(
                    _("Inscription à « %(title)s » (%(status)s)"),
                    title=_cms(title),
                    status=labels.get(row["status"], row["status"]),
                ),
            )
        )
        if row["completed_at"]:
            entries.append(
                TimelineEntry(
                    row["completed_at"],
                    Kind.EVENT_COMPLETED,
                    _sentence(_("Parcours complet à « %(title)s »"), title=_cms(title)),
                )
            )
    attendances = (
        Attendance.objects.filter(registration__user_id=owner_id, present=True)
        .order_by("-recorded_at", "-pk")
        .values("recorded_at", "registration__event__title")[:limit]
    )
    entries.extend(
        TimelineEntry(
            row["recorded_at"],
            Kind.ATTENDANCE,
            _sentence(_("Présence à « %(title)s »"), title=_cms(row["registration__event__title"])),
        )
        for row in attendances
    )
    return entries


def _certificate_entries(owner_id: int, limit: int) -> list[TimelineEntry]:
    rows = (
        Certificate.objects.filter(
            holder_id=owner_id, superseded_at__isnull=True, revoked_at__isnull=True
        )
        .order_by("-issued_at")
        .values("issued_at", "title", "code")[:limit]
    )
    return [
        TimelineEntry(
            row["issued_at"],
            Kind.CERTIFICATE,
            _sentence(_("Certificat délivré : « %(title)s »"), title=_cms(row["title"])),
            reverse("certificates:verify", args=[row["code"]]),
        )
        for row in rows
    ]


def _diagnostic_entries(business: Business, limit: int) -> list[TimelineEntry]:
    rows = (
        DiagnosticResult.objects.filter(business=business)
        .order_by("-taken_at", "-pk")
        .values("pk", "taken_at", "overall_score")[:limit]
    )
    return [
        TimelineEntry(
            row["taken_at"],
            Kind.DIAGNOSTIC,
            _("Diagnostic réalisé : %(score)s / 100") % {"score": row["overall_score"]},
            reverse("diagnostic:result", args=[row["pk"]]),
        )
        for row in rows
    ]


def _application_entries(business: Business, limit: int) -> list[TimelineEntry]:
    labels = dict(Status.choices)
    rows = (
        StatusChange.objects.filter(application__business=business)
        .order_by("-at", "-pk")
        .values("at", "status", "application_id", "application__programme__name")[:limit]
    )
    return [
        TimelineEntry(
            row["at"],
            Kind.APPLICATION,
            _("Demande « %(programme)s » : %(status)s")
            % {
                "programme": row["application__programme__name"],
                "status": labels.get(row["status"], row["status"]),
            },
            reverse("dossiers:detail", args=[row["application_id"]]),
        )
        for row in rows
    ]


def _shop_entries(business: Business, limit: int) -> list[TimelineEntry]:
    entries = []
    for row in shops_of(business).values("name", "created_at", "published_at")[:limit]:
        entries.append(
            TimelineEntry(
                row["created_at"],
                Kind.SHOP_CREATED,
                _("Boutique « %(name)s » créée") % {"name": row["name"]},
            )
        )
        if row["published_at"]:
            entries.append(
                TimelineEntry(
                    row["published_at"],
                    Kind.SHOP_PUBLISHED,
                    _("Boutique « %(name)s » mise en ligne") % {"name": row["name"]},
                )
            )
    return entries


def _order_entries(business: Business, limit: int) -> list[TimelineEntry]:
    # One line per day rather than per order: a busy shop would drown everything else.
    rows = (
        Order.objects.filter(shop__in=shops_of(business))
        .annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(count=Count("pk"), last=Max("created_at"))
        .order_by("-day")[:limit]
    )
    return [
        TimelineEntry(
            row["last"],
            Kind.ORDERS,
            (
                _("1 commande en ligne")
                if row["count"] == 1
                else _("%(count)s commandes en ligne") % {"count": row["count"]}
            ),
        )
        for row in rows
    ]


def _note_entries(business: Business, limit: int) -> list[TimelineEntry]:
    rows = (
        Note.objects.filter(business=business)
        .order_by("-created_at", "-pk")
        .values("created_at", "author__first_name", "author__last_name", "author__email")[:limit]
    )
    entries = []
    for row in rows:
        author = _person(row["author__first_name"], row["author__last_name"], row["author__email"])
        # « Note privée d'Amélie Durand »: the elision is French's, the English text is untouched.
        title = elide_de(_("Note privée de %(author)s") % {"author": author}, author)
        entries.append(TimelineEntry(row["created_at"], Kind.NOTE, title, "#notes"))
    return entries


def _reminder_entries(business: Business, limit: int) -> list[TimelineEntry]:
    rows = (
        Reminder.objects.filter(business=business)
        .order_by("-sent_at", "-pk")
        .values(
            "sent_at", "subject", "sent_by__first_name", "sent_by__last_name", "sent_by__email"
        )[:limit]
    )
    return [
        TimelineEntry(
            row["sent_at"],
            Kind.REMINDER,
            _("Relance envoyée par %(author)s : « %(subject)s »")
            % {
                "author": _person(
                    row["sent_by__first_name"], row["sent_by__last_name"], row["sent_by__email"]
                ),
                "subject": row["subject"],
            },
        )
        for row in rows
    ]


def timeline(business: Business, limit: int = 50) -> list[TimelineEntry]:
    """Everything the business and its owner did, and what advisors did for them, newest first.

    Twelve queries, one per source, each capped at ``limit`` rows: the newest ``limit`` entries
    overall are always among them, so the merge is exact while a long history costs nothing.
    """
    owner_id = business.owner_id
    entries = [
        *_course_entries(owner_id, limit),
        *_lesson_entries(owner_id, limit),
        *_quiz_entries(owner_id, limit),
        *_event_entries(owner_id, limit),
        *_certificate_entries(owner_id, limit),
        *_diagnostic_entries(business, limit),
        *_application_entries(business, limit),
        *_shop_entries(business, limit),
        *_order_entries(business, limit),
        *_note_entries(business, limit),
        *_reminder_entries(business, limit),
    ]
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries[:limit]
