"""Writes of the back office: moving an order along, pausing orders, closing a slot, dated
closures.

An order only moves forward one step at a time (new → preparing → ready → collected), or is
cancelled before it is collected. The order row is locked while its status changes, so two
clicks on "Prête" in two tabs send one e-mail, not two: the second finds the order already
ready and is refused like any other impossible move.

Cancelling goes through ``storefront_builder.ordering.cancel_order``, which owns what an order
reserved
(stock and the place in its slot) and gives it back.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.db.models import Count, Exists, Min, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from storefront_builder.backoffice.emails import send_order_ready
from storefront_builder.models import Order, OrderStatus, Shop, ShopClosure, Slot
from storefront_builder.ordering import SHOP_CANCELLABLE, OrderRefused, cancel_order
from storefront_builder.slots import PARIS

#: The one status each status may move to, cancellation aside.
NEXT_STATUS = {
    OrderStatus.NEW: OrderStatus.PREPARING,
    OrderStatus.PREPARING: OrderStatus.READY,
    OrderStatus.READY: OrderStatus.COLLECTED,
}
CANCELLABLE = frozenset(SHOP_CANCELLABLE)


class TransitionRefused(ValueError):
    """The move asked for is not possible from the order's status; the message is French."""


def _refusal(order: Order, target: str) -> TransitionRefused:
    if target not in OrderStatus.values:
        return TransitionRefused(_("Ce statut n'existe pas."))
    current = OrderStatus(order.status).label
    if order.status == target:
        return TransitionRefused(
            _("La commande %(number)s est déjà au statut « %(status)s ».")
            % {"number": order.number, "status": current}
        )
    return TransitionRefused(
        _("La commande %(number)s ne peut pas passer de « %(current)s » à « %(target)s ».")
        % {"number": order.number, "current": current, "target": OrderStatus(target).label}
    )


def change_status(order: Order, target: str) -> Order:
    """Move the order to ``target`` if the workflow allows it; raise ``TransitionRefused``.

    Becoming ready e-mails the customer once the transaction commits.
    """
    with transaction.atomic():
        # Only the order's row is locked: the shop and its slot stay free for other requests.
        locked = (
            Order.objects.select_for_update(of=("self",))
            .select_related("shop", "slot")
            .get(pk=order.pk)
        )
        if target == OrderStatus.CANCELLED and locked.status in CANCELLABLE:
            try:
                return cancel_order(locked, by_customer=False)
            except OrderRefused as refusal:
                raise TransitionRefused(refusal.reason) from refusal
        if NEXT_STATUS.get(locked.status) != target:
            raise _refusal(locked, target)
        now = timezone.now()
        locked.status = target
        fields = ["status", "updated_at"]
        if target == OrderStatus.READY:
            locked.ready_at = now
            fields.append("ready_at")
        elif target == OrderStatus.COLLECTED:
            locked.collected_at = now
            fields.append("collected_at")
        locked.save(update_fields=fields)
        if target == OrderStatus.READY:
            send_order_ready(locked)
    return locked


def set_pause(shop: Shop, *, paused: bool, message: str) -> Shop:
    """Stop or resume new orders; the message is kept for the next holidays either way."""
    shop.orders_paused = paused
    shop.pause_message = message.strip()
    shop.save(update_fields=["orders_paused", "pause_message", "updated_at"])
    return shop


def set_notifications(shop: Shop, *, orders: bool, morning_summary: bool) -> Shop:
    """Which e-mails the merchant wants; the low-stock alert is chosen per product."""
    shop.notify_orders = orders
    shop.notify_morning_summary = morning_summary
    shop.save(update_fields=["notify_orders", "notify_morning_summary", "updated_at"])
    return shop


def set_slot_closed(slot: Slot, *, closed: bool) -> Slot:
    """Close a slot to new orders, or reopen it; the orders it already holds are kept."""
    slot.closed = closed
    slot.closed_by_hand = closed
    slot.save(update_fields=["closed", "closed_by_hand"])
    return slot


# --- Dated closures -----------------------------------------------------------------------------
#
# A closure closes the slots that start inside it, in one UPDATE; the slots the worker makes
# later inside it are made closed (``storefront_builder.slots.ensure_slots``). Deleting it
# reopens, in one UPDATE, the closed slots that start inside it and inside no other closure of
# the shop, except those the merchant closed by hand (``Slot.closed_by_hand``): they stay
# closed, as she left them.
#
# Orders already booked in a closed slot are kept, never cancelled behind the merchant's back:
# closing only refuses new orders. She is told how many there are and where to find them.

#: Orders that still expect a pickup; collected and cancelled ones need nothing more.
WAITING = (OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY)


@dataclass(frozen=True)
class ClosureSaved:
    """What saving a closure did: slots closed, and the orders already booked inside it."""

    closure: ShopClosure
    slots_closed: int
    orders_affected: int
    first_affected_day: date | None


def closure_create(
    *, shop: Shop, starts_at: datetime, ends_at: datetime, label: str = ""
) -> ClosureSaved:
    """Record a closure and close its slots; three queries (insert, update, count).

    A closure may overlap another: each closes what it covers, and deleting one leaves the
    other's slots closed.
    """
    with transaction.atomic():
        closure = ShopClosure.objects.create(
            shop=shop, starts_at=starts_at, ends_at=ends_at, label=label.strip()
        )
        inside = {"starts_at__gte": starts_at, "starts_at__lt": ends_at}
        slots_closed = Slot.objects.filter(shop=shop, closed=False, **inside).update(closed=True)
        affected = Order.objects.filter(
            shop=shop,
            status__in=WAITING,
            **{f"slot__{key}": value for key, value in inside.items()},
        ).aggregate(count=Count("pk"), first=Min("slot__starts_at"))
    first = affected["first"]
    return ClosureSaved(
        closure=closure,
        slots_closed=slots_closed,
        orders_affected=affected["count"],
        first_affected_day=first.astimezone(PARIS).date() if first else None,
    )


def closure_delete(*, closure: ShopClosure) -> int:
    """Delete a closure and reopen the slots only it kept closed; returns how many reopened."""
    with transaction.atomic():
        other_closure = ShopClosure.objects.filter(
            shop_id=closure.shop_id,
            starts_at__lte=OuterRef("starts_at"),
            ends_at__gt=OuterRef("starts_at"),
        ).exclude(pk=closure.pk)
        reopened = (
            Slot.objects.filter(
                shop_id=closure.shop_id,
                closed=True,
                closed_by_hand=False,
                starts_at__gte=closure.starts_at,
                starts_at__lt=closure.ends_at,
            )
            .exclude(Exists(other_closure))
            .update(closed=False)
        )
        closure.delete()
    return reopened
