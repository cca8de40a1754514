"""Where each business stands, computed by the database for a whole queryset at once.

``annotate_progress`` adds, to any queryset of businesses, the figures advisors follow:
diagnostic score, common-core progress, courses completed, events attended, storefront and
grant application (the last activity is a column of its own: see ``advising.activity``).
Every figure is a correlated subquery (``Subquery`` of an aggregate, wrapped in
``Coalesce``), never a join: joining enrolments, registrations and orders together would
multiply the rows and the counts. The annotated queryset can then be
filtered, sorted, counted and sliced like any other, in one query, on SQLite as on
PostgreSQL. The charts (``core_course_ids``, ``storefront_is``) and the cohorts
(``core_course_ids``) reuse its pieces rather than the whole annotation, so that "common core"
and "published storefront" mean the same thing on every page.

The only work done outside that query is reading, once per call, which courses make up the
common core: two small queries on the page tree, so the denominator of the progress ratio is
a constant of the SQL rather than a subquery repeated on every row.
"""

from datetime import datetime, timedelta

from django.db.models import (
    Case,
    CharField,
    DateTimeField,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from core.translations import in_default_locale
from courses.live.models import Registration
from courses.models import CoursePage, Enrolment, TrackPage
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.dossiers.models import Application
from storefront_builder.models import Order, Shop, ShopStatus

#: How far back "orders in the last 30 days" looks.
ORDERS_WINDOW = timedelta(days=30)

#: A business is inactive when nothing happened on its side for longer than this.
INACTIVE_AFTER = timedelta(days=14)

#: Storefront states, as annotated in ``storefront``.
STOREFRONT_NONE = "none"
STOREFRONT_DRAFT = ShopStatus.DRAFT.value
STOREFRONT_PUBLISHED = ShopStatus.PUBLISHED.value


def _aggregate(queryset: QuerySet, function: str, field: str, output_field=None) -> Subquery:
    """``SELECT function(field) FROM queryset``: always one row, so usable as a subquery.

    A plain ``Func`` rather than Django's aggregates, so no GROUP BY is added to the inner
    query; ``order_by()`` drops the model's default ordering, which would otherwise be kept.
    """
    expression = Func(F(field), function=function, output_field=output_field)
    return Subquery(queryset.order_by().annotate(value=expression).values("value")[:1])


def _count(queryset: QuerySet) -> Coalesce:
    return Coalesce(_aggregate(queryset, "COUNT", "pk", IntegerField()), 0)


def latest(queryset: QuerySet, field: str) -> Subquery:
    """The latest ``field`` of ``queryset``, or None: one row, usable as a subquery."""
    return _aggregate(queryset, "MAX", field, DateTimeField())


def core_course_ids() -> list[int]:
    """Live courses of the live tracks marked as common core (``TrackPage.is_core``).

    Courses sit directly under their track in the page tree, so a course belongs to a core
    track when its path starts with the track's path, one level deeper.
    """
    tracks = list(
        in_default_locale(TrackPage.objects.live())
        .filter(is_core=True)
        .values_list("path", "depth")
    )
    if not tracks:
        return []
    in_core = Q(pk__in=[])
    for path, depth in tracks:
        in_core |= Q(path__startswith=path, depth=depth + 1)
    return list(CoursePage.objects.live().filter(in_core).values_list("pk", flat=True))


def shops_of_business() -> QuerySet:
    """A business's storefronts: linked to it, or opened by its owner before the link existed."""
    return Shop.objects.filter(
        Q(business=OuterRef("pk")) | Q(business__isnull=True, owner=OuterRef("owner_id"))
    )


def orders_of_business() -> QuerySet:
    """The orders placed in those storefronts."""
    return Order.objects.filter(
        Q(shop__business=OuterRef("pk"))
        | Q(shop__business__isnull=True, shop__owner=OuterRef("owner_id"))
    )


def owns_one_of(shops: QuerySet) -> Q:
    """Businesses with one of ``shops``: attached to them or, not attached yet, their owner's.

    Two uncorrelated ``IN (subquery)``, which PostgreSQL hashes once for the whole list,
    rather than an EXISTS run again for every business; the NULL business ids are left out
    of the first, so that the condition can be negated (``NOT IN`` meets no NULL)."""
    shops = shops.order_by()
    return Q(pk__in=shops.filter(business__isnull=False).values("business_id")) | Q(
        owner_id__in=shops.filter(business__isnull=True).values("owner_id")
    )


def storefront_is(state: str) -> Q:
    """The businesses whose ``storefront`` annotation would be ``state``, as a filter that
    does not need the annotation (see ``owns_one_of``)."""
    published = owns_one_of(Shop.objects.filter(status=ShopStatus.PUBLISHED))
    if state == STOREFRONT_PUBLISHED:
        return published
    any_shop = owns_one_of(Shop.objects.all())
    if state == STOREFRONT_DRAFT:
        return any_shop & ~published
    return ~any_shop


def inactive_since(cutoff: datetime) -> Q:
    """Nothing happened on the business's side at or after ``cutoff`` (or ever): a range on
    the indexed ``Business.last_activity_at``, NULL ("never") included."""
    return Q(last_activity_at__isnull=True) | Q(last_activity_at__lt=cutoff)


def _attended(page_model: str) -> QuerySet:
    """The owner's registrations that attendance marked as completed, for one page type."""
    return Registration.objects.filter(
        user=OuterRef("owner_id"),
        completed_at__isnull=False,
        event__content_type__app_label="events",
        event__content_type__model=page_model,
    )


def annotate_progress(queryset: QuerySet, *, now: datetime | None = None) -> QuerySet:
    """``queryset`` (of ``Business``) with these annotations, all computed in the same query:

    - ``latest_score``: overall score of the latest diagnostic, or None;
    - ``core_completed``, ``core_total``, ``core_progress``: the owner's completed
      enrolments in common-core courses, the number of live core courses, and the percentage
      (0–100, rounded down; 0 when there is no common core). Progress counts whole courses,
      not lessons: a course is done when its enrolment is completed;
    - ``courses_completed``: all courses the owner completed;
    - ``webinars_attended``, ``bootcamps_attended``: the owner's registrations completed by
      attendance, per page type;
    - ``storefront``: ``"published"`` if a storefront is online, ``"draft"`` if one exists
      but none is online, ``"none"`` otherwise;
    - ``orders_recent``: orders placed in the storefronts over the last 30 days (cancelled
      ones included: they still show the shop is used);
    - ``latest_application_status``: status of the newest grant application, or None.

    ``now`` sets the clock for the 30-day window (tests pass a fixed one).
    """
    now = now or timezone.now()
    core_ids = core_course_ids()
    core_total = len(core_ids)

    results = DiagnosticResult.objects.filter(business=OuterRef("pk"))
    newest_result = results.order_by("-taken_at", "-pk")
    completed = Enrolment.objects.filter(user=OuterRef("owner_id"), completed_at__isnull=False)
    applications = Application.objects.filter(business=OuterRef("pk"))
    shops = shops_of_business()

    # Whole percent, rounded down (integer division on both databases).
    core_progress = F("core_completed") * 100 / core_total if core_total else Value(0)

    return queryset.annotate(
        latest_score=Subquery(newest_result.values("overall_score")[:1]),
        core_total=Value(core_total, output_field=IntegerField()),
        core_completed=_count(completed.filter(course_id__in=core_ids)),
        core_progress=core_progress,
        courses_completed=_count(completed),
        webinars_attended=_count(_attended("webinarpage")),
        bootcamps_attended=_count(_attended("bootcamppage")),
        storefront=Case(
            When(
                Exists(shops.filter(status=ShopStatus.PUBLISHED)), then=Value(STOREFRONT_PUBLISHED)
            ),
            When(Exists(shops), then=Value(STOREFRONT_DRAFT)),
            default=Value(STOREFRONT_NONE),
            output_field=CharField(),
        ),
        orders_recent=_count(orders_of_business().filter(created_at__gte=now - ORDERS_WINDOW)),
        latest_application_status=Subquery(
            applications.order_by("-created_at", "-pk").values("status")[:1]
        ),
    )
