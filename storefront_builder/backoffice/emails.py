"""The e-mail telling a customer her order is ready, in French, sent after commit.

It carries what she needs at the door: the slot, the address, the shop's pickup instructions,
the amount to pay, and the private link to her order.
"""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.emails import email_send_after_commit
from storefront_builder.models import Order
from storefront_builder.notifications import order_url, shop_address


def send_order_ready(order: Order) -> None:
    shop = order.shop
    with translation.override("fr"):
        context = {
            "order": order,
            "shop": shop,
            "lines": list(order.lines.all()),
            "starts_at": timezone.localtime(order.slot.starts_at),
            "ends_at": timezone.localtime(order.slot.ends_at),
            "address": shop_address(shop),
            "order_url": order_url(order),
        }
        subject = " ".join(
            render_to_string("shops/backoffice/emails/order_ready_subject.txt", context).split()
        )
        body = render_to_string("shops/backoffice/emails/order_ready.txt", context)
    email_send_after_commit(
        EmailMessage(
            subject=subject,
            body=body,
            to=[order.customer_email],
            reply_to=[shop.owner.email] if shop.owner.email else None,
        )
    )
