"""The morning summary: each published shop's pickups of the day, slot by slot, mailed to its
merchant once a day (``storefront_builder.tasks.send_morning_summaries``).

"Once" holds whatever the worker does: the day is claimed by a ``MerchantNotice`` row (kind
MORNING_SUMMARY, key the date) in the transaction that queues the e-mail, so a second run, a
retried job or a job enqueued again after a restart finds the row and sends nothing more.
"""

from collections import defaultdict
from datetime import date

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from storefront_builder.backoffice.selectors import day_bounds
from storefront_builder.merchant_notices import absolute, notice_claim, send_to_merchant
from storefront_builder.models import NoticeKind, Order, OrderStatus, Shop


def day_pickups(shops: list[Shop], day: date) -> dict[int, list[Order]]:
    """The day's orders still to hand over, by shop, in pickup order: two queries (orders with
    their slots, then their lines), whatever the number of shops and orders."""
    start, end = day_bounds(day)
    orders = (
        Order.objects.filter(shop__in=shops, slot__starts_at__gte=start, slot__starts_at__lt=end)
        .exclude(status=OrderStatus.CANCELLED)
        .select_related("slot")
        .prefetch_related("lines")
        .order_by("slot__starts_at", "created_at", "pk")
    )
    by_shop: dict[int, list[Order]] = defaultdict(list)
    for order in orders:
        by_shop[order.shop_id].append(order)
    return by_shop


def _by_slot(orders: list[Order]) -> list[dict]:
    slots: dict[int, dict] = {}
    for order in orders:
        row = slots.setdefault(
            order.slot_id,
            {
                "starts_at": timezone.localtime(order.slot.starts_at),
                "ends_at": timezone.localtime(order.slot.ends_at),
                "orders": [],
            },
        )
        row["orders"].append(order)
    return list(slots.values())


def send_morning_summaries(shops: list[Shop], day: date) -> int:
    """Each shop's summary of ``day``, for the shops with pickups that day; returns how many
    were sent. A day without pickups sends nothing: a daily "nothing today" would teach the
    merchant to skip the sender, and the board already says so."""
    sent = 0
    pickups = day_pickups(shops, day)
    board = absolute(reverse("shops:orders")) + f"?jour={day:%Y-%m-%d}"
    for shop in shops:
        orders = pickups.get(shop.pk)
        if not orders:
            continue
        with transaction.atomic():
            if not notice_claim(shop, NoticeKind.MORNING_SUMMARY, day.isoformat()):
                continue
            send_to_merchant(
                shop,
                "morning_summary",
                {
                    "day": day,
                    "slots": _by_slot(orders),
                    "count": len(orders),
                    "board_url": board,
                    "settings_url": absolute(reverse("shops:pause")) + "#e-mails",
                },
            )
        sent += 1
    return sent
