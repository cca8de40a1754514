"""Reads of the back office: a day's slots and orders, the lines of an export, one order,
the shop's figures and its dated closures.

Every read starts from the owner's shop, never from an id alone: an order or a slot of another
shop is simply not found, so the views answer 404 and reveal nothing. Each read is a fixed
number of queries, whatever the number of orders (lines are prefetched, slots joined).
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, DateField, DecimalField, F, Max, Q, QuerySet, Sum
from django.db.models.functions import ExtractIsoWeekDay, TruncDate, TruncWeek
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.dates import WEEKDAYS

from storefront_builder.closures import upcoming_closures
from storefront_builder.models import Order, OrderLine, OrderStatus, Shop, ShopClosure, Slot
from storefront_builder.slots import PARIS, slots_on


def day_bounds(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """From midnight of ``first`` to midnight after ``last``, in the site's time zone.

    A range rather than ``__date`` so the database can use the index on the start.
    """
    last = last or first
    start = timezone.make_aware(datetime.combine(first, time.min))
    end = timezone.make_aware(datetime.combine(last + timedelta(days=1), time.min))
    return start, end


@dataclass
class SlotRow:
    """A slot of the day and the orders to hand over in it."""

    slot: Slot
    orders: list[Order] = field(default_factory=list)

    @property
    def active_orders(self) -> list[Order]:
        return [order for order in self.orders if order.status != OrderStatus.CANCELLED]


@dataclass
class DayBoard:
    day: date
    rows: list[SlotRow]
    counts: dict[str, int]

    @property
    def orders(self) -> list[Order]:
        return [order for row in self.rows for order in row.orders]

    @property
    def status_counts(self) -> list[tuple[str, str, int]]:
        """(value, French label, count) for every status, in the order of the workflow."""
        return [(value, label, self.counts.get(value, 0)) for value, label in OrderStatus.choices]


def day_board(shop: Shop, day: date) -> DayBoard:
    """The day's slots in time order, each with its orders, and the count of orders by status.

    Up to the booking horizon the slots are already there (made by the worker), so the owner
    can close one before anybody has booked it. Orders are read in one query, their lines
    prefetched.
    """
    start, end = day_bounds(day)
    rows = {slot.pk: SlotRow(slot) for slot in slots_on(shop, day)}
    orders = (
        Order.objects.filter(shop=shop, slot__starts_at__gte=start, slot__starts_at__lt=end)
        .select_related("slot")
        .prefetch_related("lines")
        .order_by("slot__starts_at", "created_at", "pk")
    )
    counts = Counter()
    for order in orders:
        row = rows.setdefault(order.slot_id, SlotRow(order.slot))
        row.orders.append(order)
        counts[order.status] += 1
    return DayBoard(
        day=day,
        rows=sorted(rows.values(), key=lambda row: row.slot.starts_at),
        counts=dict(counts),
    )


def last_board_day(shop: Shop) -> date:
    """The last day the board shows: the booking horizon's, or a later day that already has
    slots (made while the horizon was longer, perhaps with orders in them). Nothing lies
    beyond: no slot, no order."""
    today = timezone.localdate()
    horizon = today + timedelta(days=shop.booking_horizon_days)
    latest = Slot.objects.filter(shop=shop).aggregate(latest=Max("starts_at"))["latest"]
    return max(horizon, timezone.localtime(latest).date()) if latest else horizon


def order_of(shop: Shop, pk: int) -> Order:
    """One of the shop's orders, with its slot and lines; 404 for any other shop's."""
    queryset = Order.objects.filter(shop=shop).select_related("slot").prefetch_related("lines")
    return get_object_or_404(queryset, pk=pk)


def slot_of(shop: Shop, pk: int) -> Slot:
    return get_object_or_404(Slot, shop=shop, pk=pk)


def export_lines(shop: Shop, first: date, last: date) -> QuerySet[OrderLine]:
    """Every order line picked up between the two days (inclusive), in pickup order."""
    start, end = day_bounds(first, last)
    return (
        OrderLine.objects.filter(
            order__shop=shop, order__slot__starts_at__gte=start, order__slot__starts_at__lt=end
        )
        .select_related("order__slot")
        .order_by("order__slot__starts_at", "order__created_at", "order__pk", "pk")
    )


# --- Figures ------------------------------------------------------------------------------------
#
# The figures page counts in the database: a handful of grouped queries whatever the number
# of orders. Orders are dated by their pickup slot, the day the customer pays (payment is at
# pickup), in Paris time, up to the end of today. A cancelled order is not a sale: it is only
# counted as cancelled.

#: Days of the daily figures, today included; weeks of the weekly ones, this week included.
FIGURE_DAYS = 30
FIGURE_WEEKS = 12
BEST_SELLERS = 10


@dataclass(frozen=True)
class Period:
    """A day or a week (its Monday): orders taken (not cancelled), their total, cancellations."""

    start: date
    orders: int = 0
    sales: Decimal = Decimal("0.00")
    cancelled: int = 0


@dataclass(frozen=True)
class BestSeller:
    name: str
    quantity: int
    amount: Decimal


@dataclass(frozen=True)
class NoShows:
    """Orders whose slot has ended: how many were collected and how many are still waiting."""

    ended: int
    missed: int

    @property
    def rate(self) -> Decimal | None:
        """The share never collected, as a ratio in whole percents (0.25), or None."""
        return _ratio(self.missed, self.ended)


@dataclass(frozen=True)
class WeekdayFill:
    weekday: int  # 0 = Monday
    booked: int
    capacity: int

    @property
    def label(self) -> str:
        return str(WEEKDAYS[self.weekday])

    @property
    def percent(self) -> int:
        return round(100 * self.booked / self.capacity) if self.capacity else 0


@dataclass(frozen=True)
class Figures:
    today: date
    days: list[Period]
    weeks: list[Period]
    best_sellers: list[BestSeller]
    no_shows: NoShows
    fill: list[WeekdayFill]

    @property
    def first_day(self) -> date:
        return self.days[0].start

    @property
    def orders(self) -> int:
        return sum(day.orders for day in self.days)

    @property
    def sales(self) -> Decimal:
        return sum((day.sales for day in self.days), Decimal("0.00"))

    @property
    def cancelled(self) -> int:
        return sum(day.cancelled for day in self.days)

    @property
    def average_basket(self) -> Decimal | None:
        if not self.orders:
            return None
        return (self.sales / self.orders).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @property
    def booked(self) -> int:
        return sum(day.booked for day in self.fill)

    @property
    def capacity(self) -> int:
        return sum(day.capacity for day in self.fill)

    @property
    def fill_rate(self) -> Decimal | None:
        return _ratio(self.booked, self.capacity)


def _ratio(part: int, whole: int) -> Decimal | None:
    """``part / whole`` rounded to a whole percent, for ``core.formatting.format_percent``."""
    if not whole:
        return None
    return (Decimal(100 * part) / whole).quantize(Decimal("1"), rounding=ROUND_HALF_UP) / 100


def _as_date(value) -> date:
    """A truncated day or week as the driver returns it: a date, or an aware datetime."""
    if isinstance(value, datetime):
        return value.astimezone(PARIS).date() if timezone.is_aware(value) else value.date()
    return value


def _periods(orders: QuerySet[Order], trunc, starts: list[date]) -> list[Period]:
    """One ``Period`` per start (days or Mondays), zeros where nothing happened; one query."""
    cancelled = Q(status=OrderStatus.CANCELLED)
    rows = (
        orders.order_by()
        .annotate(start=trunc)
        .values("start")
        .annotate(
            orders=Count("pk", filter=~cancelled),
            sales=Sum("total", filter=~cancelled),
            cancelled=Count("pk", filter=cancelled),
        )
    )
    found = {
        _as_date(row["start"]): Period(
            start=_as_date(row["start"]),
            orders=row["orders"],
            sales=row["sales"] or Decimal("0.00"),
            cancelled=row["cancelled"],
        )
        for row in rows
    }
    return [found.get(start, Period(start=start)) for start in starts]


def shop_figures(shop: Shop, *, now: datetime | None = None) -> Figures:
    """The shop's figures up to the end of today: five queries, whatever the number of orders.

    * by day over ``FIGURE_DAYS`` days and by ISO week over ``FIGURE_WEEKS`` weeks (grouped
      with ``TruncDate`` / ``TruncWeek`` in Paris time, on SQLite and PostgreSQL alike);
    * best sellers over the days, by quantity then amount, grouped by the name the lines kept
      (a product deleted since still counts);
    * no-shows over the days: orders not cancelled whose slot has ended, and among them those
      never marked collected;
    * how full the slots were over the days, by weekday: places booked ÷ places offered, over
      the slots open to orders and the closed ones that still hold orders (a slot closed empty
      offered nothing). ``Slot.booked`` already leaves cancelled orders out.
    """
    now = now or timezone.now()
    today = now.astimezone(PARIS).date()
    until = day_bounds(today)[1]
    first_day = today - timedelta(days=FIGURE_DAYS - 1)
    first_monday = today - timedelta(days=today.weekday(), weeks=FIGURE_WEEKS - 1)
    since_day, _ = day_bounds(first_day)
    since_week, _ = day_bounds(first_monday)
    orders = Order.objects.filter(shop=shop, slot__starts_at__lt=until)
    in_days = orders.filter(slot__starts_at__gte=since_day)

    days = _periods(
        in_days,
        TruncDate("slot__starts_at", tzinfo=PARIS),
        [first_day + timedelta(days=n) for n in range(FIGURE_DAYS)],
    )
    weeks = _periods(
        orders.filter(slot__starts_at__gte=since_week),
        TruncWeek("slot__starts_at", tzinfo=PARIS, output_field=DateField()),
        [first_monday + timedelta(weeks=n) for n in range(FIGURE_WEEKS)],
    )
    best_sellers = [
        BestSeller(name=row["name"], quantity=row["sold"], amount=row["amount"])
        for row in OrderLine.objects.filter(order__in=in_days)
        .exclude(order__status=OrderStatus.CANCELLED)
        .order_by()
        .values("name")
        .annotate(
            # Not named "quantity": that name must keep meaning the line's own field below.
            sold=Sum("quantity"),
            amount=Sum(
                F("unit_price") * F("quantity"),
                output_field=DecimalField(max_digits=12, decimal_places=2),
            ),
        )
        .order_by("-sold", "-amount", "name")[:BEST_SELLERS]
    ]
    ended = (
        in_days.filter(slot__ends_at__lte=now)
        .exclude(status=OrderStatus.CANCELLED)
        .aggregate(ended=Count("pk"), missed=Count("pk", filter=~Q(status=OrderStatus.COLLECTED)))
    )
    by_weekday = {
        row["weekday"] - 1: row
        for row in Slot.objects.filter(shop=shop, starts_at__gte=since_day, starts_at__lt=until)
        .filter(Q(closed=False) | Q(booked__gt=0))
        .order_by()
        .annotate(weekday=ExtractIsoWeekDay("starts_at", tzinfo=PARIS))
        .values("weekday")
        .annotate(booked=Sum("booked"), capacity=Sum("capacity"))
    }
    fill = [
        WeekdayFill(weekday=weekday, booked=row["booked"] or 0, capacity=row["capacity"] or 0)
        for weekday, row in sorted(by_weekday.items())
    ]
    return Figures(
        today=today,
        days=days,
        weeks=weeks,
        best_sellers=best_sellers,
        no_shows=NoShows(ended=ended["ended"] or 0, missed=ended["missed"] or 0),
        fill=fill,
    )


# --- Dated closures -----------------------------------------------------------------------------


def closures_of(shop: Shop) -> list:
    """Every closure of the shop not over yet, soonest first, in words; one query."""
    return upcoming_closures(shop, limit=None)


def closure_of(shop: Shop, pk: int) -> ShopClosure:
    """One of the shop's closures; 404 for any other shop's."""
    return get_object_or_404(ShopClosure, shop=shop, pk=pk)
