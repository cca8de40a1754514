"""What the shop tells its merchant by e-mail: each new order and each cancellation by a
customer, and the low-stock alert (the morning summary is ``backoffice.summary``).

Every message goes to the owner's own address, in her account's language (the customer's
language has nothing to do with it), and leaves after the
commit (``core.emails.email_send_after_commit``), so an order rolled back never writes.

The alert (like the summary) must leave once whatever retries or restarts a worker goes through:
each is *claimed* first by a ``MerchantNotice`` row under its unique constraint, in the
transaction that decides to send it. Only the request that inserted the row sends; a second
run, a retried task or a concurrent order finds the row and stays silent.

The low-stock alert's key is the product and the last time its owner saved it
(``Product.updated_at``): orders and cancellations move the stock with UPDATEs that leave
``updated_at`` alone, so a cancellation that lifts the stock above the threshold does not
re-arm the alert, while a restock by the merchant (the product form, the bulk edit) does. An
alert is sent when an order *crosses* the threshold (stock before it above, after it at or
below), so a product already low when the merchant saved it is not announced to her again.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.selectors import user_language
from core.emails import email_render, email_send_after_commit
from storefront_builder.models import (
    MerchantNotice,
    NoticeKind,
    Order,
    Product,
    Shop,
)

TEMPLATES = "shops/backoffice/emails"


def merchant_language(owner) -> str:
    """The owner's language, as her account keeps it."""
    return user_language(owner)


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def notice_claim(shop: Shop, kind: str, key: str) -> bool:
    """Write the notice's row; True if this call wrote it, False if it was already there.

    A savepoint of its own, so that the unique constraint's refusal leaves the caller's
    transaction usable (PostgreSQL aborts a transaction on any error otherwise).
    """
    try:
        with transaction.atomic():
            MerchantNotice.objects.create(shop=shop, kind=kind, key=key)
    except IntegrityError:
        return False
    return True


def send_to_merchant(shop: Shop, template: str, context: dict, *, reply_to=None) -> None:
    owner = shop.owner
    if not owner.email:
        return
    email_send_after_commit(
        email_render(
            template_prefix=f"{TEMPLATES}/{template}",
            context={"shop": shop, **context},
            to=[owner.email],
            language=merchant_language(owner),
            reply_to=reply_to,
        )
    )


def _order_context(order: Order) -> dict:
    prepared = getattr(order, "prepared_lines", None)
    return {
        "order": order,
        "lines": prepared if prepared is not None else list(order.lines.all()),
        "starts_at": timezone.localtime(order.slot.starts_at),
        "ends_at": timezone.localtime(order.slot.ends_at),
        "order_url": absolute(reverse("shops:order_detail", args=[order.pk])),
        "settings_url": absolute(reverse("shops:pause")) + "#e-mails",
    }


def send_new_order(order: Order) -> None:
    """The merchant's copy of a new order, unless she turned these e-mails off."""
    _send_about_order(order, "new_order")


def send_customer_cancellation(order: Order) -> None:
    """A customer cancelled: what no longer needs preparing, and the place freed."""
    _send_about_order(order, "order_cancelled_by_customer")


def _send_about_order(order: Order, template: str) -> None:
    # Both follow the choice "an e-mail for every order"; a reply goes to the customer.
    if order.shop.notify_orders:
        send_to_merchant(
            order.shop, template, _order_context(order), reply_to=[order.customer_email]
        )


# Low stock ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunningLow:
    product: Product
    stock: int
    threshold: int


def low_stock_claim(shop: Shop, products: dict[int, Product], taken: dict[int, int]):
    """The products this order took to their threshold or below, each claimed once.

    Called inside the order's transaction, after the stock was taken: the stock read here is
    the one this order left (on PostgreSQL the row stays locked by the order's own UPDATE),
    so the stock before it is that plus the quantity taken. One query, whatever the basket.
    """
    watched = [
        pk
        for pk, product in products.items()
        if product.stock is not None and product.low_stock_threshold is not None
    ]
    if not watched:
        return []
    low = []
    for product in Product.objects.filter(pk__in=watched).order_by("pk"):
        threshold = product.low_stock_threshold
        if threshold is None or product.stock is None:
            continue
        crossed = product.stock <= threshold < product.stock + taken[product.pk]
        if crossed and notice_claim(shop, NoticeKind.LOW_STOCK, _episode(product)):
            low.append(RunningLow(product, product.stock, threshold))
    return low


def _episode(product: Product) -> str:
    """The product and the moment its owner last saved it (see the module's docstring)."""
    return f"{product.pk}:{product.updated_at.timestamp():.6f}"


def send_low_stock(shop: Shop, running_low: list[RunningLow]) -> None:
    if not running_low:
        return
    send_to_merchant(
        shop,
        "low_stock",
        {
            "running_low": [
                {
                    "name": item.product.name,
                    "stock": item.stock,
                    "threshold": item.threshold,
                    "url": absolute(reverse("shops:product_edit", args=[item.product.pk])),
                }
                for item in running_low
            ],
            "products_url": absolute(reverse("shops:products")),
        },
    )
