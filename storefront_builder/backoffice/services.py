"""Writes of the back office: moving an order along, pausing orders, closing a slot.

An order only moves forward one step at a time (new → preparing → ready → collected), or is
cancelled before it is collected. The order row is locked while its status changes, so two
clicks on "Prête" in two tabs send one e-mail, not two: the second finds the order already
ready and is refused like any other impossible move.

Cancelling goes through ``storefront_builder.ordering.cancel_order``, which owns what an order
reserved
(stock and the place in its slot) and gives it back.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from storefront_builder.backoffice.emails import send_order_ready
from storefront_builder.models import Order, OrderStatus, Shop, Slot
from storefront_builder.ordering import SHOP_CANCELLABLE, OrderRefused, cancel_order

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


def set_slot_closed(slot: Slot, *, closed: bool) -> Slot:
    """Close a slot to new orders, or reopen it; the orders it already holds are kept."""
    slot.closed = closed
    slot.save(update_fields=["closed"])
    return slot
