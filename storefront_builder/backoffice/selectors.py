"""Reads of the back office: a day's slots and orders, the lines of an export, one order.

Every read starts from the owner's shop, never from an id alone: an order or a slot of another
shop is simply not found, so the views answer 404 and reveal nothing. Each read is a fixed
number of queries, whatever the number of orders (lines are prefetched, slots joined).
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Max, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from storefront_builder.models import Order, OrderLine, OrderStatus, Shop, Slot
from storefront_builder.slots import slots_on


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
