"""Pickup slots around today for the published shops, and the orders placed in them: collected
or cancelled in the past, new, being prepared or ready for the days to come."""

import secrets
from datetime import datetime, time, timedelta

from django.utils import timezone

from demo.seed.base import BATCH, Seed, Stamped, restamp
from demo.seed.vocabulary import FIRST_NAMES, LAST_NAMES
from storefront_builder.models import Order, OrderLine, OrderStatus, ShopStatus, Slot


def _slots(seed: Seed, shops) -> tuple[list[Slot], list]:
    rng = seed.rng
    slots, plans = [], []
    today = timezone.localdate()
    for shop in shops:
        if shop.status != ShopStatus.PUBLISHED:
            continue
        for day in rng.sample(range(-14, 7), 4):
            hour = rng.choice((10, 11, 16, 17, 18))
            starts = timezone.make_aware(datetime.combine(today + timedelta(days=day), time(hour)))
            booked = rng.randint(0, 3) if day < 0 else rng.randint(0, 2)
            slots.append(
                Slot(
                    shop=shop,
                    starts_at=starts,
                    ends_at=starts + timedelta(minutes=30),
                    capacity=4,
                    booked=booked,
                )
            )
            plans.append((shop, booked, day < 0))
    return Slot.objects.bulk_create(slots, batch_size=BATCH), plans


def pickups(seed: Seed, shops, products_by_shop) -> dict[str, int]:
    rng = seed.rng
    slots, plans = _slots(seed, shops)
    orders, lines_of = Stamped(), []
    for slot, (shop, booked, past) in zip(slots, plans, strict=True):
        for number in range(booked):
            offer = products_by_shop[shop.pk]
            chosen = rng.sample(offer, rng.randint(1, min(2, len(offer))))
            lines = [(product, rng.randint(1, 3)) for product in chosen]
            status = (
                rng.choice((OrderStatus.COLLECTED, OrderStatus.COLLECTED, OrderStatus.CANCELLED))
                if past
                else rng.choice((OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY))
            )
            orders.rows.append(
                customer_order(
                    rng, slot, lines, status, number=f"S{slot.pk}-{number + 1}", tag=slot.pk
                )
            )
            # Placed a few hours before the pickup, and in any case already placed.
            placed = slot.starts_at - timedelta(hours=rng.randint(2, 48))
            orders.dates.append(min(placed, seed.now - timedelta(minutes=rng.randint(5, 600))))
            lines_of.append(lines)
    order_rows = write_orders(orders, lines_of)
    return {"créneaux": len(slots), "commandes": len(order_rows)}


def customer_order(rng, slot, lines, status, *, number: str, tag) -> Order:
    """An order of ``lines`` [(product, quantity)] in ``slot``, by a made-up customer whose
    address ``tag`` makes unique; dated as its status says."""
    return Order(
        shop=slot.shop,
        slot=slot,
        number=number[:12],
        token=secrets.token_urlsafe(32),
        customer_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        customer_email=f"client-{tag}-{number}@client.example",
        customer_phone="06 12 34 56 78",
        status=status,
        total=sum(product.price * quantity for product, quantity in lines),
        collected_at=slot.ends_at if status == OrderStatus.COLLECTED else None,
        cancelled_at=slot.starts_at if status == OrderStatus.CANCELLED else None,
        cancelled_by_customer=status == OrderStatus.CANCELLED,
    )


def write_orders(orders: Stamped, lines_of: list) -> list[Order]:
    """Insert the orders with the dates they were placed, then their lines."""
    order_rows = Order.objects.bulk_create(orders.rows, batch_size=BATCH)
    restamp(Order, order_rows, orders.dates)
    OrderLine.objects.bulk_create(
        (
            OrderLine(
                order=order,
                product=product,
                name=product.name,
                unit_price=product.price,
                vat_rate=product.vat_rate,
                quantity=quantity,
            )
            for order, lines in zip(order_rows, lines_of, strict=True)
            for product, quantity in lines
        ),
        batch_size=BATCH,
    )
    return order_rows
