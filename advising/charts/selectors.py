"""Figures for the portfolio charts: aggregates over the businesses an advisor may see.

Every function starts from ``onboarding.profile.selectors.visible_businesses(user)`` (an advisor:
the
businesses assigned to her; staff: all of them, or one advisor's with ``advisor``) and lets
the database count: a fixed number of queries whether the portfolio holds 3 businesses or
5,000, and no row of another advisor's portfolio ever reaches Python.

Progress and activity belong to the business's owner (enrolments are per person): a business
counts through its owner's enrolments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import connection
from django.db.models import (
    Count,
    DateField,
    Q,
    QuerySet,
)
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, role_of
from advising.metrics import STOREFRONT_PUBLISHED, core_course_ids, storefront_is
from core.formatting import format_number, format_percent
from courses.models import Enrolment, LessonProgress, QuizAttempt
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Application, Status
from onboarding.profile.models import Business
from onboarding.profile.selectors import visible_businesses

#: Bands of common-core progress, in percent, inclusive; the first and last are exact.
PROGRESS_BANDS: tuple[tuple[str, int, int], ...] = (
    ("0", 0, 0),
    ("1-25", 1, 25),
    ("26-50", 26, 50),
    ("51-75", 51, 75),
    ("76-99", 76, 99),
    ("100", 100, 100),
)

#: An application in one of these states has been sent to the funder at least once.
SUBMITTED_STATUSES = (
    Status.SUBMITTED,
    Status.MORE_INFO,
    Status.APPROVED,
    Status.PAID,
    Status.REJECTED,
)


def portfolio_scope(user, advisor=None) -> QuerySet[Business]:
    """The businesses the charts describe: what ``user`` may see, narrowed for staff only to
    the portfolio of ``advisor`` (a user or an id). An advisor's ``advisor`` is ignored, so
    that no parameter can widen or shift what she sees."""
    businesses = visible_businesses(user)
    if advisor is not None and role_of(user) is Role.STAFF:
        businesses = businesses.filter(assignments__advisor=advisor)
    return businesses


# --- Completion of the common core ------------------------------------------------------


@dataclass(frozen=True)
class Band:
    key: str
    label: str
    count: int


def _band_label(low: int, high: int) -> str:
    """« 26–50 % » in French, « 26–50% » in English."""
    if low == high:
        return format_percent(low / 100)
    return f"{format_number(low)}–{format_percent(high / 100)}"


def _band_of(done: int, core_count: int) -> str:
    """The band of ``done`` completed core courses out of ``core_count``; percentages are
    rounded up, so that one course done out of 200 is "1–25", never "0"."""
    if core_count <= 0 or done <= 0:
        return PROGRESS_BANDS[0][0]
    if done >= core_count:
        return PROGRESS_BANDS[-1][0]
    percent = min(99, -(-100 * done // core_count))  # ceiling, without floats
    for key, low, high in PROGRESS_BANDS[1:-1]:
        if low <= percent <= high:
            return key
    return PROGRESS_BANDS[-2][0]


def completion_distribution(user, advisor=None) -> dict:
    """How many businesses stand in each band of common-core progress.

    Progress = core courses the owner has completed / live core courses, in percent (a
    business is at 100 % once every core course is completed; with no core course at all,
    everyone is at 0 %). The core courses are read first (``core_course_ids``); then one
    query counts, per business, its owner's completed core enrolments (a join, grouped by
    business) and, around it, the businesses of each band: the bands are turned into lists
    of "number of courses done" here, so the database only compares integers.

    Returns ``{"bands": [Band, …], "core_count": int, "total": int}``.
    """
    core_ids = core_course_ids()
    core_count = len(core_ids)
    done_values: dict[str, list[int]] = {key: [] for key, _low, _high in PROGRESS_BANDS}
    for done in range(core_count + 1):
        done_values[_band_of(done, core_count)].append(done)
    enrolments = "owner__enrolments"
    per_business = (
        portfolio_scope(user, advisor)
        .order_by()
        .annotate(
            done=Count(
                f"{enrolments}__pk",
                filter=Q(
                    **{
                        f"{enrolments}__completed_at__isnull": False,
                        f"{enrolments}__course_id__in": core_ids,
                    }
                ),
            )
        )
    )
    figures = per_business.aggregate(
        total=Count("pk"),
        **{
            f"band_{index}": Count("pk", filter=Q(done__in=done_values[key]))
            for index, (key, _low, _high) in enumerate(PROGRESS_BANDS)
            # A band no number of courses falls in (few core courses) is simply 0: an empty
            # IN () would make Django skip the whole query.
            if done_values[key]
        },
    )
    bands = [
        Band(key=key, label=_band_label(low, high), count=figures.get(f"band_{index}") or 0)
        for index, (key, low, high) in enumerate(PROGRESS_BANDS)
    ]
    return {"bands": bands, "core_count": core_count, "total": figures["total"] or 0}


# --- Weekly active learners -----------------------------------------------------------


@dataclass(frozen=True)
class WeekCount:
    week: date  # the Monday of the ISO week
    count: int

    @property
    def label(self) -> str:
        return f"{self.week:%d/%m}"

    @property
    def iso(self) -> str:
        year, week, _day = self.week.isocalendar()
        return f"{year}-W{week:02d}"


def _week_of(value) -> date:
    """A truncated week as the database driver returns it (a date, a datetime or, from
    SQLite through a raw cursor, a string): its date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def weekly_active_learners(user, weeks: int = 12, today: date | None = None, advisor=None):
    """For each of the last ``weeks`` ISO weeks (oldest first, the current one last), how
    many distinct owners of the visible businesses did something in the courses.

    Activity is what leaves a dated trace that is never overwritten: enrolling in a course
    (``Enrolment.enrolled_at``), finishing a lesson (``LessonProgress.completed_at``) and
    submitting a quiz (``QuizAttempt.submitted_at``), plus ``Enrolment.last_activity_at``
    (opening a lesson), which only keeps the latest visit but is true for that week. Event
    registrations and storefront work are not learning and are left out.

    One query: the (week, owner) pairs of the four sources are united (UNION removes
    duplicates) and counted per week by the database.
    """
    today = today or timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=weeks - 1)
    since = timezone.make_aware(datetime.combine(first_monday, time.min))
    until = timezone.make_aware(datetime.combine(this_monday + timedelta(weeks=1), time.min))
    owners = portfolio_scope(user, advisor).order_by().values("owner_id")

    def pairs(queryset, user_field: str, stamp: str):
        return (
            queryset.filter(
                **{f"{user_field}__in": owners, f"{stamp}__gte": since, f"{stamp}__lt": until}
            )
            .order_by()
            .annotate(week=TruncWeek(stamp, output_field=DateField()))
            .values_list("week", user_field)
        )

    union = pairs(Enrolment.objects.all(), "user_id", "enrolled_at").union(
        pairs(Enrolment.objects.all(), "user_id", "last_activity_at"),
        pairs(LessonProgress.objects.all(), "enrolment__user_id", "completed_at"),
        pairs(QuizAttempt.objects.all(), "enrolment__user_id", "submitted_at"),
    )
    sql, params = union.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT activity.week, COUNT(*) FROM ({sql}) activity "  # noqa: S608
            "GROUP BY activity.week",
            params,
        )
        found = {_week_of(week): count for week, count in cursor.fetchall()}
    return [
        WeekCount(week=monday, count=found.get(monday, 0))
        for monday in (first_monday + timedelta(weeks=n) for n in range(weeks))
    ]


# --- Programme funnel -----------------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    key: str
    label: str
    count: int


FUNNEL_STAGES = (
    ("signed_up", _("Inscrites")),
    ("diagnostic", _("Diagnostic réalisé")),
    ("course", _("Première formation terminée")),
    ("storefront", _("Boutique en ligne publiée")),
    ("grant", _("Demande d'aide déposée")),
)


def funnel(user, advisor=None) -> list[Stage]:
    """How many of the visible businesses reached each step of the programme.

    Each step is counted on its own (a business may publish its storefront before taking the
    diagnostic): the figure is "how many did it", not "how many did it after the previous
    one". A storefront counts when it is published and belongs to the business (or, not yet
    attached to one, to its owner); a grant application counts once it has been submitted,
    whatever became of it. One query: each step is an uncorrelated ``IN (subquery)``, which
    PostgreSQL hashes once, rather than an EXISTS run again for every business.
    """
    checks = {
        "diagnostic": Q(pk__in=DiagnosticResult.objects.order_by().values("business_id")),
        "course": Q(
            owner_id__in=Enrolment.objects.filter(completed_at__isnull=False)
            .order_by()
            .values("user_id")
        ),
        "storefront": storefront_is(STOREFRONT_PUBLISHED),
        "grant": Q(
            pk__in=Application.objects.filter(status__in=SUBMITTED_STATUSES)
            .order_by()
            .values("business_id")
        ),
    }
    figures = (
        portfolio_scope(user, advisor)
        .order_by()
        .aggregate(
            signed_up=Count("pk"),
            **{key: Count("pk", filter=check) for key, check in checks.items()},
        )
    )
    return [Stage(key=key, label=label, count=figures[key] or 0) for key, label in FUNNEL_STAGES]
