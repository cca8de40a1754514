"""The directory's « près de moi »: shops within a radius of a point, nearest first, and the
filters « ouvert maintenant » and « retrait possible aujourd'hui ».

Every part is a SQL condition or annotation on the shops' queryset, so a page of the directory
costs the same queries however many shops there are: a box on the indexed latitude and
longitude (migration 0008) keeps the few shops near the point, their exact great-circle
distance (``core.places.distance``) is computed and sorted by the database, and the filters are
``EXISTS`` subqueries on opening hours, closures and slots.

A shop without a position is left out of « près de moi » (it has no distance), and stays in
the directory's usual list, by name.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import (
    Avg,
    Case,
    Count,
    DurationField,
    Exists,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Substr

from core.places.distance import bounding_box, distance_expression
from storefront_builder.models import OpeningHours, Shop, ShopClosure, Slot
from storefront_builder.selectors import published_shops

PARIS = ZoneInfo("Europe/Paris")
#: The radii a customer may choose, in metres; 5 km unless she says otherwise.
RADII_M = (500, 1_000, 5_000, 20_000)
DEFAULT_RADIUS_M = 5_000


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def within(shops: QuerySet[Shop], point: Point, radius_m: float) -> QuerySet[Shop]:
    """``shops`` with a position within ``radius_m`` metres of ``point``, each with its
    ``distance_m``, nearest first (then by id, so that pages never overlap)."""
    box = bounding_box(point.latitude, point.longitude, radius_m)
    return (
        shops.filter(
            latitude__gte=box.south,
            latitude__lte=box.north,
            longitude__gte=box.west,
            longitude__lte=box.east,
        )
        .annotate(distance_m=distance_expression(point.latitude, point.longitude))
        .filter(distance_m__lte=radius_m)
        .order_by("distance_m", "pk")
    )


def nearest(point: Point, radius_m: float, limit: int = 20) -> list[Shop]:
    """The ``limit`` published shops nearest to ``point`` within ``radius_m``; one query."""
    return list(within(published_shops(), point, radius_m)[:limit])


def open_now(now: datetime) -> Q:
    """Shops open at ``now``: one of their opening ranges of the day covers the Paris wall
    time, and no closure (holidays, exceptional hours) is under way. Opening ranges are
    ``[opens, closes)``, as the storefront reads them; closures ``[starts_at, ends_at)``,
    as ``storefront_builder.closures`` does."""
    local = now.astimezone(PARIS)
    wall = local.time().replace(tzinfo=None)
    hours = OpeningHours.objects.filter(
        shop=OuterRef("pk"), weekday=local.weekday(), opens__lte=wall, closes__gt=wall
    )
    closed = ShopClosure.objects.filter(shop=OuterRef("pk"), starts_at__lte=now, ends_at__gt=now)
    return Q(Exists(hours)) & ~Q(Exists(closed))


class Minutes(Func):
    """A number of minutes as a duration in SQL: PostgreSQL has intervals; SQLite has none,
    and Django keeps durations there as whole microseconds, which is what this gives."""

    output_field = DurationField()
    template = "make_interval(mins => %(expressions)s)"

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="(%(expressions)s * 60000000)", **extra)


def pickup_today(now: datetime) -> Q:
    """Shops whose storefront offers at least one slot today (Paris day) at ``now``: the
    conditions of ``storefront_builder.slots.available_slots`` (orders not paused, the slot
    open and not full, starting after the shop's preparation time), for every shop at once.
    Today is always inside the booking horizon (day 0), so only the day's end bounds it."""
    tomorrow = now.astimezone(PARIS).date() + timedelta(days=1)
    midnight = datetime.combine(tomorrow, time(0), tzinfo=PARIS)
    bookable = Slot.objects.filter(
        shop=OuterRef("pk"),
        closed=False,
        booked__lt=F("capacity"),
        starts_at__gte=Value(now) + Minutes(OuterRef("lead_time_minutes")),
        starts_at__lt=midnight,
    )
    return Q(orders_paused=False) & Q(Exists(bookable))


@dataclass(frozen=True)
class CommuneCentre:
    """Where « près de <commune> » searches from, and how many shops placed it."""

    commune: str
    point: Point
    shops: int


def _department():
    """The postcode's département: two digits, three overseas (971 to 976)."""
    return Case(
        When(postcode__startswith="97", then=Substr("postcode", 1, 3)),
        default=Substr("postcode", 1, 2),
    )


def commune_centre(name: str) -> CommuneCentre | None:
    """The centre of a commune: the mean position of its published, placed shops; None when
    it has none (or no such commune). One query.

    The package data we use has no official commune centres (no town-hall positions nor
    boundaries, only what the merchants placed), so the shops themselves locate their commune,
    which is also where a customer looking near it wants to be. Names are matched whole,
    whatever the case; where one name is several communes (Saint-Denis in Seine-Saint-Denis
    and in La Réunion), the département with the most placed shops is taken, so that a mean
    of two far places never lands in between.
    """
    row = (
        published_shops()
        .filter(commune__iexact=name.strip(), latitude__isnull=False, longitude__isnull=False)
        .annotate(department=_department())
        .values("department")
        .annotate(shops=Count("pk"), latitude=Avg("latitude"), longitude=Avg("longitude"))
        .order_by("-shops", "department")
        .first()
    )
    if row is None:
        return None
    point = Point(float(row["latitude"]), float(row["longitude"]))
    return CommuneCentre(commune=name.strip(), point=point, shops=row["shops"])
