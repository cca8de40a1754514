"""Shops, slots, products and orders made directly with the ORM, for the back office tests."""

import itertools
import secrets
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from storefront_builder.models import (
    Order,
    OrderLine,
    OrderStatus,
    PickupWindow,
    Product,
    Shop,
    Slot,
)

_numbers = itertools.count(1)

DAY = date(2031, 6, 12)  # a Thursday, far from today so "today" never gets in the way


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def make_shop(owner, **fields) -> Shop:
    number = next(_numbers)
    values = {
        "name": f"Boulangerie Martin {number}",
        "slug": f"boulangerie-martin-{number}",
        "category": "bakery",
        "street_address": "12 rue des Lilas",
        "postcode": "69003",
        "commune": "Lyon",
        "phone": "04 78 00 00 00",
        "pickup_instructions": "Sonnez à la porte de l'atelier, côté cour.",
        "status": "published",
        **fields,
    }
    return Shop.objects.create(owner=owner, **values)


def make_window(shop, weekday=3, starts=time(9), ends=time(12)) -> PickupWindow:
    return PickupWindow.objects.create(shop=shop, weekday=weekday, starts=starts, ends=ends)


def make_slot(shop, starts_at: datetime, *, capacity=4, minutes=30, **fields) -> Slot:
    return Slot.objects.create(
        shop=shop,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        capacity=capacity,
        **fields,
    )


def make_product(shop, name="Baguette tradition", price="1.30", stock=None) -> Product:
    return Product.objects.create(shop=shop, name=name, price=Decimal(price), stock=stock)


def make_order(slot, lines=(), *, status=OrderStatus.NEW, book=True, **fields) -> Order:
    """An order in ``slot`` with ``lines`` as (product, quantity) pairs; takes a place in it."""
    number = next(_numbers)
    total = sum((product.price * quantity for product, quantity in lines), Decimal("0"))
    values = {
        "number": f"C{number:04d}",
        "token": secrets.token_urlsafe(32),
        "customer_name": f"Claire Dubois {number}",
        "customer_email": f"claire{number}@client.example",
        "customer_phone": "06 12 34 56 78",
        "status": status,
        "total": total,
        **fields,
    }
    order = Order.objects.create(shop=slot.shop, slot=slot, **values)
    OrderLine.objects.bulk_create(
        OrderLine(
            order=order,
            product=product,
            name=product.name,
            unit_price=product.price,
            vat_rate=product.vat_rate,
            quantity=quantity,
        )
        for product, quantity in lines
    )
    if book:
        Slot.objects.filter(pk=slot.pk).update(booked=slot.booked + 1)
        slot.refresh_from_db()
    return order
