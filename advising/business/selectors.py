"""Reads for a business's page in the advisor workspace: what happened, where the owner stands
in her courses, how her storefront is doing, and the advisors' private notes.

Every function runs a fixed number of queries whatever the amount of activity: each source is
read in one query (limited when it can grow without end) and the rows are joined in Python.
Callers pass a business they already obtained through ``visible_businesses``: these reads do
not check access again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.db.models import Count, Max, Q, QuerySet, Sum
from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from advising.models import Note, Reminder
from certificates.models import Certificate
from courses.live.models import Attendance, Registration
from courses.models import Enrolment, LessonProgress, QuizAttempt

# The learner's own outline helpers, so the advisor reads the same figures as "Mon parcours".
from courses.selectors import outlines_of
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Status, StatusChange
from onboarding.profile.models import Business
from storefront_builder.models import Order, OrderStatus, Shop, ShopStatus

# --- Timeline ------------------------------------------------------------------------------


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


def _person(first_name: str | None, last_name: str | None, email: str | None) -> str:
    name = f"{first_name or ''} {last_name or ''}".strip()
    return name or email or _("un conseiller")


def shops_of(business: Business) -> QuerySet[Shop]:
    """The business's storefronts: linked to it, or opened by its owner before the link existed."""
    return Shop.objects.filter(
        Q(business=business) | Q(business__isnull=True, owner_id=business.owner_id)
    )


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
                _("Début de la formation « %(title)s »") % {"title": title},
            )
        )
        if row["completed_at"]:
            entries.append(
                TimelineEntry(
                    row["completed_at"],
                    Kind.COURSE_COMPLETED,
                    _("Formation « %(title)s » terminée") % {"title": title},
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
            _("Leçon « %(lesson)s » terminée (%(course)s)")
            % {"lesson": row["lesson__title"], "course": row["enrolment__course__title"]},
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
            (
                _("Quiz « %(lesson)s » réussi : %(score)s %%")
                if row["passed"]
                else _("Quiz « %(lesson)s » tenté : %(score)s %%")
            )
            % {"lesson": row["lesson__title"], "score": row["score"]},
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
                _("Inscription à « %(title)s » (%(status)s)")
                % {"title": title, "status": labels.get(row["status"], row["status"])},
            )
        )
        if row["completed_at"]:
            entries.append(
                TimelineEntry(
                    row["completed_at"],
                    Kind.EVENT_COMPLETED,
                    _("Parcours complet à « %(title)s »") % {"title": title},
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
            _("Présence à « %(title)s »") % {"title": row["registration__event__title"]},
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
            _("Certificat délivré : « %(title)s »") % {"title": row["title"]},
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
    return [
        TimelineEntry(
            row["created_at"],
            Kind.NOTE,
            _("Note privée de %(author)s")
            % {
                "author": _person(
                    row["author__first_name"], row["author__last_name"], row["author__email"]
                )
            },
            "#notes",
        )
        for row in rows
    ]


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


# --- Course progress -------------------------------------------------------------------------


@dataclass
class QuizScore:
    """The owner's best result at one lesson's quiz (None when not attempted yet)."""

    lesson: str
    best: int | None = None
    attempts: int = 0
    passed: bool = False


@dataclass
class CourseProgress:
    """One course the owner is enrolled in, with the figures the learner sees herself."""

    title: str
    url: str
    enrolled_at: datetime
    last_activity_at: datetime
    completed_at: datetime | None
    done: int
    total: int
    percent: int
    quizzes: list[QuizScore] = field(default_factory=list)


def course_progress(business: Business) -> list[CourseProgress]:
    """The owner's courses, most recently active first. Four queries however many courses, plus
    Wagtail's site roots for the pages' URLs (cached)."""
    owner_id = business.owner_id
    outlines = outlines_of(owner_id)
    if not outlines:
        return []
    scores = {
        (row["enrolment_id"], row["lesson_id"]): row
        for row in QuizAttempt.objects.filter(enrolment__user_id=owner_id)
        .values("enrolment_id", "lesson_id")
        .annotate(
            best=Max("score"), attempts=Count("pk"), passes=Count("pk", filter=Q(passed=True))
        )
        .order_by()
    }
    progress = []
    for outline in outlines:
        enrolment = outline.enrolment
        quizzes = []
        for line in outline.lessons:
            if not line.has_quiz:
                continue
            row = scores.get((enrolment.pk, line.id))
            quizzes.append(
                QuizScore(
                    lesson=line.title,
                    best=row["best"] if row else None,
                    attempts=row["attempts"] if row else 0,
                    passed=bool(row and row["passes"]),
                )
            )
        progress.append(
            CourseProgress(
                title=enrolment.course.title,
                url=enrolment.course.url or "",
                enrolled_at=enrolment.enrolled_at,
                last_activity_at=enrolment.last_activity_at,
                completed_at=enrolment.completed_at,
                done=outline.done_count,
                total=outline.total_count,
                percent=outline.percent,
                quizzes=quizzes,
            )
        )
    return progress


# --- Storefront ------------------------------------------------------------------------------

ACTIVE_ORDER_STATUSES = (OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY)


@dataclass
class StorefrontFigures:
    """Where the business's online shop stands, over the last 30 days and ahead."""

    name: str
    slug: str
    status: str
    status_label: str
    published: bool
    products: int
    orders_30_days: int
    revenue_30_days: Decimal
    next_pickups: int


def storefront_figures(business: Business) -> StorefrontFigures | None:
    """The shop's figures, or None when the owner has not started one. Two queries.

    Cancelled orders count neither as orders nor as revenue: the owner never sold them.
    """
    shop = (
        shops_of(business)
        .annotate(product_count=Count("products"))
        .order_by("-status", "pk")  # a published shop before a draft one
        .first()
    )
    if shop is None:
        return None
    now = timezone.now()
    since = now - timedelta(days=30)
    recent = Q(created_at__gte=since) & ~Q(status=OrderStatus.CANCELLED)
    figures = Order.objects.filter(shop=shop).aggregate(
        orders=Count("pk", filter=recent),
        revenue=Sum("total", filter=recent),
        pickups=Count("pk", filter=Q(slot__starts_at__gte=now, status__in=ACTIVE_ORDER_STATUSES)),
    )
    return StorefrontFigures(
        name=shop.name,
        slug=shop.slug,
        status=shop.status,
        status_label=shop.get_status_display(),
        published=shop.status == ShopStatus.PUBLISHED,
        products=shop.product_count,
        orders_30_days=figures["orders"],
        revenue_30_days=figures["revenue"] or Decimal("0.00"),
        next_pickups=figures["pickups"],
    )


# --- Notes -----------------------------------------------------------------------------------


def notes_of(business: Business) -> QuerySet[Note]:
    """The private notes, newest first, with their authors. Only for advisors' and staff's pages."""
    return Note.objects.filter(business=business).select_related("author")
