"""Placing and cancelling orders: everything an order asks for is reserved, or nothing is.

The invariants hold whatever the number of customers clicking at once:

- a slot never takes more orders than its capacity;
- a limited stock never goes below zero;
- an order takes its slot and all its products, or nothing at all.

How: one transaction per order, and every reservation is a *conditional* UPDATE whose row
count says whether it happened — ``booked = booked + 1 WHERE booked < capacity AND NOT closed
AND starts_at >= now + lead time`` for the slot, ``stock = stock - q WHERE stock >= q AND
visible`` for each limited product. There is no "read, check, then write" step a concurrent
request could slip into: on PostgreSQL the UPDATE takes the row lock and re-checks its WHERE
clause against the latest committed row once the lock is granted; on SQLite the project's
IMMEDIATE transactions (see ``accelerateur/settings/base.py``) take the write lock when the
transaction begins, so orders are placed one after the other. When any reservation fails,
``OrderRefused`` is raised inside the transaction and everything done so far is rolled back.

The merchant hears of each order and of each cancellation by a customer, and once of a
product whose stock an order took to its alert level (``merchant_notices``), after the commit.

Locks are always taken in the same order (the slot, then the products by increasing id, in
``place_order`` as in ``cancel_order``), so two orders can wait for each other but never
deadlock. Prices and names come from the database, never from what the browser sent.
"""

import secrets
from datetime import timedelta
from decimal import Decimal
from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from core.languages import language_supported
from storefront_builder import merchant_notices, notifications
from storefront_builder.models import Order, OrderLine, OrderStatus, Product, Shop, ShopStatus, Slot
from storefront_builder.public_pages import storefront_changed

#: Unambiguous characters for order numbers said aloud at the counter (no 0/O, 1/I/L).
NUMBER_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
NUMBER_LENGTH = 4
NUMBER_ATTEMPTS = 8
MAX_QUANTITY = 99
MAX_LINES = 50
#: The statuses from which the customer may still cancel; the shop may also cancel a ready one.
CUSTOMER_CANCELLABLE = (OrderStatus.NEW, OrderStatus.PREPARING)
SHOP_CANCELLABLE = (OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY)


class OrderRefused(Exception):
    """The order could not be placed (or cancelled); ``reason`` says why, in French."""

    def __init__(self, reason: str, *, code: str = "refused"):
        super().__init__(reason)
        self.reason = reason
        self.code = code


def new_number(length: int = NUMBER_LENGTH) -> str:
    return "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(length))


def clean_lines(lines: dict) -> dict[int, int]:
    """Product id → quantity, validated; raises OrderRefused for an empty or odd basket."""
    cleaned: dict[int, int] = {}
    for product_id, quantity in (lines or {}).items():
        try:
            product_id, quantity = int(product_id), int(quantity)
        except (TypeError, ValueError):
            refused = _("Le panier contient une ligne illisible.")
            raise OrderRefused(refused, code="basket") from None
        if quantity < 1 or quantity > MAX_QUANTITY:
            raise OrderRefused(
                _("Chaque quantité doit être comprise entre 1 et %(max)s.") % {"max": MAX_QUANTITY},
                code="basket",
            )
        cleaned[product_id] = cleaned.get(product_id, 0) + quantity
    if not cleaned:
        raise OrderRefused(_("Votre panier est vide."), code="basket")
    if len(cleaned) > MAX_LINES:
        raise OrderRefused(
            _("Une commande compte au plus %(max)s produits différents.") % {"max": MAX_LINES},
            code="basket",
        )
    return cleaned


def place_order(
    shop: Shop,
    *,
    lines: dict[int, int],
    slot_id: int,
    name: str,
    email: str,
    phone: str,
    note: str = "",
    language: str | None = None,
) -> Order:
    """Reserve the slot and the stock and record the order, all or nothing.

    ``language`` is the one of the page she ordered from (French when not given): the order
    keeps it, and every e-mail to her about the order is written in it.

    Raises ``OrderRefused`` (with a French reason and a ``code``: basket, shop, slot, product,
    stock) when anything is missing; nothing is then changed. The confirmation e-mail leaves
    only once the transaction has committed.
    """
    wanted = clean_lines(lines)
    name, email, phone, note = name.strip(), email.strip(), phone.strip(), note.strip()
    with transaction.atomic():
        now = timezone.now()
        if not Shop.objects.filter(
            pk=shop.pk, status=ShopStatus.PUBLISHED, orders_paused=False
        ).exists():
            raise OrderRefused(
                _("Cette boutique ne prend pas de commande en ce moment."), code="shop"
            )
        products = {
            product.pk: product
            for product in Product.objects.filter(shop=shop, pk__in=wanted, visible=True)
        }
        missing = [pk for pk in wanted if pk not in products]
        if missing:
            raise OrderRefused(
                _("Un produit de votre panier n'est plus proposé. Retirez-le pour continuer."),
                code="product",
            )
        reserve(shop, slot_id, products, wanted, now)
        # The UPDATEs send no signal: the storefront's stored copies (the next pickup, the
        # stock) are stale from this transaction on.
        storefront_changed(shop)
        slot = Slot.objects.get(pk=slot_id)
        contact = Contact(name, email, phone, note, language_supported(language))
        order = _record(shop, slot, products, wanted, contact)
        # Claimed with the order, so that an order rolled back never spends an alert.
        running_low = merchant_notices.low_stock_claim(shop, products, wanted)
    # Rendered once the row locks are released; queued after the commit of any outer block.
    notifications.send_order_confirmation(order)
    merchant_notices.send_new_order(order)
    merchant_notices.send_low_stock(shop, running_low)
    return order


def reserve(shop: Shop, slot_id: int, products: dict[int, Product], wanted: dict[int, int], now):
    """The guard: take the slot, then each limited product by increasing id, by conditional
    UPDATEs; the first that fails raises ``OrderRefused`` and the caller's transaction rolls
    everything back.

    One function on its own so that the concurrency tests can put a naive reservation in its
    place and show that, without these conditions, concurrent customers oversell the slot.
    """
    _take_slot(shop, slot_id, now)
    for product_id in sorted(wanted):
        _take_stock(products[product_id], wanted[product_id])


def _take_slot(shop: Shop, slot_id: int, now) -> None:
    taken = Slot.objects.filter(
        pk=slot_id,
        shop=shop,
        closed=False,
        booked__lt=F("capacity"),
        starts_at__gte=now + timedelta(minutes=shop.lead_time_minutes),
    ).update(booked=F("booked") + 1)
    if taken != 1:
        raise OrderRefused(
            _("Ce créneau vient d'être complet ou n'est plus disponible. Choisissez-en un autre."),
            code="slot",
        )


def _take_stock(product: Product, quantity: int) -> None:
    if product.stock is None:
        return  # unlimited: made to order
    taken = Product.objects.filter(
        pk=product.pk, visible=True, stock__isnull=False, stock__gte=quantity
    ).update(stock=F("stock") - quantity)
    if taken != 1:
        raise OrderRefused(
            _("Il ne reste plus assez de « %(name)s » pour votre commande.")
            % {"name": product.name},
            code="stock",
        )


class Contact(NamedTuple):
    """What the customer typed in, and the language she read the shop in."""

    name: str
    email: str
    phone: str
    note: str
    language: str


def _record(shop, slot, products, wanted, contact: Contact) -> Order:
    """Create the order and its lines, drawing a new number on the rare collision."""
    total = sum((products[pk].price * quantity for pk, quantity in wanted.items()), Decimal("0.00"))
    order = None
    for attempt in range(NUMBER_ATTEMPTS):
        # Past a few collisions the shop has many orders: widen the number instead of looping.
        length = NUMBER_LENGTH if attempt < NUMBER_ATTEMPTS // 2 else NUMBER_LENGTH + 2
        try:
            with transaction.atomic():
                order = Order.objects.create(
                    shop=shop,
                    slot=slot,
                    number=new_number(length),
                    token=secrets.token_urlsafe(32),
                    customer_name=contact.name,
                    customer_email=contact.email,
                    customer_phone=contact.phone,
                    note=contact.note,
                    language=contact.language,
                    total=total,
                )
            break
        except IntegrityError:
            order = None
    if order is None:
        raise OrderRefused(_("La commande n'a pas pu être enregistrée, réessayez."), code="number")
    order_lines = OrderLine.objects.bulk_create(
        [
            OrderLine(
                order=order,
                product=products[pk],
                name=products[pk].name,
                unit_price=products[pk].price,
                vat_rate=products[pk].vat_rate,
                quantity=quantity,
            )
            for pk, quantity in sorted(wanted.items(), key=lambda item: products[item[0]].name)
        ]
    )
    order.prepared_lines = order_lines  # for the e-mail, without reading them back
    return order


def cancel_order(order: Order, *, by_customer: bool) -> Order:
    """Cancel the order, give its stock back and free its slot; cancelling twice does nothing.

    The customer may cancel while the order is new or being prepared, the shop until it is
    collected. The status change is itself a conditional UPDATE, so of two cancellations at
    once only one returns the stock. Raises ``OrderRefused`` when it is too late.
    """
    allowed = CUSTOMER_CANCELLABLE if by_customer else SHOP_CANCELLABLE
    with transaction.atomic():
        now = timezone.now()
        changed = Order.objects.filter(pk=order.pk, status__in=allowed).update(
            status=OrderStatus.CANCELLED,
            cancelled_at=now,
            cancelled_by_customer=by_customer,
            updated_at=now,
        )
        if changed != 1:
            order.refresh_from_db()
            if order.status == OrderStatus.CANCELLED:
                return order
            if order.status == OrderStatus.COLLECTED:
                raise OrderRefused(_("Cette commande a déjà été retirée."), code="status")
            raise OrderRefused(
                _("Cette commande est prête : appelez la boutique pour l'annuler."),
                code="status",
            )
        Slot.objects.filter(pk=order.slot_id, booked__gt=0).update(booked=F("booked") - 1)
        returned = (
            OrderLine.objects.filter(order=order, product__isnull=False)
            .order_by("product_id")
            .values_list("product_id", "quantity")
        )
        for product_id, quantity in returned:
            Product.objects.filter(pk=product_id, stock__isnull=False).update(
                stock=F("stock") + quantity
            )
        storefront_changed(order.shop if Order.shop.is_cached(order) else order.shop_id)
        order.refresh_from_db()
    notifications.send_order_cancelled(order)
    if by_customer:  # the shop cancelled it herself: she knows
        merchant_notices.send_customer_cancellation(order)
    return order
