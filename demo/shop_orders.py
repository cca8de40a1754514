"""Orders for the demo shops, so that the merchant's board, figures and e-mails have
something to show: four weeks of pickups collected, cancelled or missed, and the next slots
with orders new, being prepared or ready.

Past slots are made here (the worker only makes slots from now on); upcoming orders go into
the slots the worker already made, whose ``booked`` is raised to match. A shop that already
has orders is left alone, so ``load_demo`` stays safe to run twice.
"""

import random
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from demo.seed.base import Stamped
from demo.seed.orders import customer_order, write_orders
from storefront_builder.models import OrderStatus, Slot
from storefront_builder.slots import PARIS

PAST_DAYS = 28
UPCOMING_SLOTS = 6
PAST_STATUSES = [OrderStatus.COLLECTED] * 8 + [OrderStatus.CANCELLED, OrderStatus.READY]
UPCOMING_STATUSES = (OrderStatus.NEW, OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY)


@transaction.atomic
def load_demo_orders(shops, *, seed: int = 2026) -> int:
    """Orders for each demo shop without any; returns how many were made."""
    rng = random.Random(seed)
    made = 0
    for shop in shops:
        if shop.orders.exists():
            continue
        products = list(shop.products.filter(visible=True))
        windows = list(shop.pickup_windows.all())
        if not products or not windows:
            continue
        slots = _past_slots(rng, shop, windows) + _upcoming_slots(shop)
        made += _orders(rng, shop, slots, products)
    return made


def _past_slots(rng, shop, windows) -> list[Slot]:
    today = timezone.localdate()
    slots = []
    for back in range(PAST_DAYS, 0, -1):
        day = today - timedelta(days=back)
        for window in (w for w in windows if w.weekday == day.weekday()):
            starts = datetime.combine(day, window.starts, tzinfo=PARIS)
            ends = datetime.combine(day, window.ends, tzinfo=PARIS)
            fitting = int((ends - starts) / timedelta(minutes=shop.slot_minutes))
            for step in rng.sample(range(fitting), min(2, fitting)):
                start = starts + timedelta(minutes=shop.slot_minutes * step)
                slots.append(
                    Slot(
                        shop=shop,
                        starts_at=start,
                        ends_at=start + timedelta(minutes=shop.slot_minutes),
                        capacity=shop.capacity_per_slot,
                    )
                )
    return Slot.objects.bulk_create(slots)


def _upcoming_slots(shop) -> list[Slot]:
    return list(
        shop.slots.filter(starts_at__gte=timezone.now(), closed=False).order_by("starts_at")[
            :UPCOMING_SLOTS
        ]
    )


def _orders(rng, shop, slots, products) -> int:
    now = timezone.now()
    orders, lines_of = Stamped(), []
    for slot in slots:
        past = slot.ends_at < now
        placed = rng.randint(1, min(3, slot.capacity))
        for number in range(placed):
            lines = [(p, rng.randint(1, 3)) for p in rng.sample(products, rng.randint(1, 3))]
            status = rng.choice(PAST_STATUSES if past else UPCOMING_STATUSES)
            orders.rows.append(
                customer_order(
                    rng,
                    slot,
                    lines,
                    status,
                    number=f"D{slot.starts_at:%m%d%H%M}{number + 1}",
                    tag=f"{shop.pk}-{slot.starts_at:%m%d%H%M}",
                )
            )
            orders.dates.append(min(slot.starts_at - timedelta(hours=rng.randint(2, 30)), now))
            lines_of.append(lines)
        # A cancelled order gave its place back, as the real cancellation does.
        slot.booked = sum(order.status != OrderStatus.CANCELLED for order in orders.rows[-placed:])
    Slot.objects.bulk_update(slots, ["booked"])
    return len(write_orders(orders, lines_of))
