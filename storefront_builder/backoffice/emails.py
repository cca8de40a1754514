"""The e-mail telling a customer her order is ready, in the language she ordered in (not the
merchant's, who marks it ready), sent after commit.

It carries what she needs at the door: the slot, the address, the shop's pickup instructions,
the amount to pay, and the private link to her order.
"""

from django.utils import timezone

from core.emails import email_render, email_send_after_commit
from storefront_builder.models import Order
from storefront_builder.notifications import order_language, order_url, shop_address


def send_order_ready(order: Order) -> None:
    shop = order.shop
    context = {
        "order": order,
        "shop": shop,
        "lines": list(order.lines.all()),
        "starts_at": timezone.localtime(order.slot.starts_at),
        "ends_at": timezone.localtime(order.slot.ends_at),
        "address": shop_address(shop),
        "order_url": order_url(order),
    }
    email_send_after_commit(
        email_render(
            template_prefix="shops/backoffice/emails/order_ready",
            context=context,
            to=[order.customer_email],
            language=order_language(order),
            reply_to=[shop.owner.email] if shop.owner.email else None,
        )
    )
