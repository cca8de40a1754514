"""Reads for assignments, invitations and cohorts.

Every business list starts from ``visible_businesses(user)``: an advisor only ever sees the
businesses assigned to her, even inside her own cohort (a business unassigned after being
added simply drops out of her view). Each function runs a fixed number of queries, however
many businesses, members or sessions there are.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from accounts.roles import ADVISORS_GROUP, Role, role_of
from advising.metrics import core_course_ids
from advising.models import Assignment, Cohort, Invitation
from core.translations import in_default_locale
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.profile.models import Business
from onboarding.profile.selectors import visible_businesses

# --- Assignments -------------------------------------------------------------------------------


def advisors() -> QuerySet:
    """Everyone an assignment can be given to."""
    return (
        get_user_model()
        .objects.filter(groups__name=ADVISORS_GROUP)
        .order_by("last_name", "first_name", "email")
    )


def search_businesses(user, query: str = "") -> QuerySet[Business]:
    """Businesses matching a name, SIREN, commune, postcode or owner address, each with its
    current advisors prefetched."""
    businesses = visible_businesses(user)
    query = query.strip()
    if query:
        businesses = businesses.filter(
            Q(trade_name__icontains=query)
            | Q(siret__startswith=query.replace(" ", ""))
            | Q(commune__icontains=query)
            | Q(postcode__startswith=query)
            | Q(owner__email__icontains=query)
        )
    return (
        businesses.select_related("owner")
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=Assignment.objects.select_related("advisor").order_by(
                    "advisor__last_name", "advisor__first_name"
                ),
            )
        )
        .order_by("trade_name", "pk")
    )


# --- Invitations -------------------------------------------------------------------------------


def invitations_of(user) -> QuerySet[Invitation]:
    """The invitations an advisor sent; staff see everybody's."""
    invitations = Invitation.objects.select_related("advisor").order_by("-created_at", "-pk")
    if role_of(user) is Role.STAFF:
        return invitations
    return invitations.filter(advisor=user)


# --- Cohorts -----------------------------------------------------------------------------------


def cohorts_of(user) -> QuerySet[Cohort]:
    """The cohorts an advisor leads (staff: all of them), with their visible member count."""
    cohorts = Cohort.objects.select_related("advisor", "event")
    if role_of(user) is not Role.STAFF:
        cohorts = cohorts.filter(advisor=user)
    visible = visible_businesses(user).values("pk")
    return cohorts.annotate(
        member_count=Count("businesses", filter=Q(businesses__in=visible), distinct=True)
    ).order_by("name", "pk")


def cohort_for(user, pk: int) -> Cohort:
    """A cohort the user leads (staff: any); 404 otherwise, so that it is not revealed."""
    cohorts = Cohort.objects.select_related("advisor", "event")
    if role_of(user) is not Role.STAFF:
        cohorts = cohorts.filter(advisor=user)
    return get_object_or_404(cohorts, pk=pk)


def members(cohort: Cohort, user) -> QuerySet[Business]:
    latest_score = DiagnosticResult.objects.filter(business=OuterRef("pk")).order_by(
        "-taken_at", "-pk"
    )
    return (
        visible_businesses(user)
        .filter(cohorts=cohort)
        .select_related("owner")
        .annotate(latest_score=Subquery(latest_score.values("overall_score")[:1]))
        .order_by("trade_name", "pk")
    )


def member(cohort: Cohort, user, business_pk: int) -> Business:
    """One member the user sees; 404 otherwise."""
    return get_object_or_404(members(cohort, user), pk=business_pk)


def candidates(cohort: Cohort, user) -> QuerySet[Business]:
    """Businesses of the user's portfolio that are not members yet."""
    return visible_businesses(user).exclude(cohorts=cohort).order_by("trade_name", "pk")


@dataclass
class MemberProgress:
    business: Business
    courses_completed: int = 0
    core_completed: int = 0


def progress(businesses: list[Business]) -> list[MemberProgress]:
    """Courses completed by each member's owner, and how many of them belong to the common
    core as the portfolio counts it (``advising.metrics.core_course_ids``: live courses of
    live core tracks): three queries whatever the number of members."""
    from courses.models import Enrolment

    core_ids = set(core_course_ids())
    completed = Enrolment.objects.filter(
        user_id__in=[business.owner_id for business in businesses], completed_at__isnull=False
    ).values_list("user_id", "course_id")
    counts: dict[int, list[int]] = {}
    for user_id, course_id in completed:
        total = counts.setdefault(user_id, [0, 0])
        total[0] += 1
        if course_id in core_ids:
            total[1] += 1
    return [
        MemberProgress(business, *counts.get(business.owner_id, [0, 0])) for business in businesses
    ]


@dataclass
class AttendanceRow:
    business: Business
    registration: object = None
    present: list = field(default_factory=list)  # True / False / None per session

    @property
    def attended(self) -> int:
        return sum(1 for mark in self.present if mark)


@dataclass
class AttendanceSheet:
    event: object
    sessions: list
    rows: list[AttendanceRow]


def linked_event(cohort: Cohort):
    """The cohort's webinar or bootcamp as its specific page, if it is still live."""
    from courses.live.selectors import events_by_id

    if cohort.event_id is None:
        return None
    return events_by_id([cohort.event_id]).get(cohort.event_id)


def attendance_sheet(event, businesses: list[Business]) -> AttendanceSheet | None:
    """Each member owner's registration to the event and her presence at every session."""
    from courses.live.models import Attendance, Registration

    if event is None:
        return None
    sessions = event.sessions()
    registrations = (
        Registration.objects.filter(
            event_id=event.pk, user_id__in=[business.owner_id for business in businesses]
        )
        .prefetch_related(Prefetch("attendances", queryset=Attendance.objects.all()))
        .order_by("created_at", "pk")
    )
    # Several registrations may exist (cancelled, then again): the active or latest one counts.
    by_user = {}
    for registration in registrations:
        current = by_user.get(registration.user_id)
        if current is None or current.status not in Registration.ACTIVE:
            by_user[registration.user_id] = registration
    rows = []
    for business in businesses:
        registration = by_user.get(business.owner_id)
        marks = (
            {a.session_key: a.present for a in registration.attendances.all()}
            if registration
            else {}
        )
        rows.append(AttendanceRow(business, registration, [marks.get(s.key) for s in sessions]))
    return AttendanceSheet(event, sessions, rows)


def certificate_sources(cohort: Cohort, businesses: list[Business], event=None) -> list:
    """What the cohort's certificates can be issued for, as (source, title): the linked
    event, and the courses at least one member completed."""
    from courses.live.models import Registration
    from courses.models import CoursePage

    owner_ids = [business.owner_id for business in businesses]
    sources = []
    if (
        event is not None
        and Registration.objects.filter(
            event_id=event.pk, user_id__in=owner_ids, completed_at__isnull=False
        ).exists()
    ):
        sources.append((f"event:{event.pk}", event.title))
    courses = (
        in_default_locale(CoursePage.objects.live())
        .filter(enrolments__user_id__in=owner_ids, enrolments__completed_at__isnull=False)
        .distinct()
        .order_by("title")
    )
    sources.extend((f"course:{course.pk}", course.title) for course in courses)
    return sources
