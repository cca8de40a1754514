"""The races of the concurrency tests, shared by the PostgreSQL tests and the SQLite script.

Each customer runs ``place_order`` in her own thread (her own database connection), all
released at the same moment by ``tests.threads.in_parallel``.

``guard=False`` runs the control: the production ``place_order`` with its guard
(``ordering.reserve``, the conditional UPDATEs) replaced by the naive reservation below, the
one a checkout trusting what its page showed would make. Each customer reads the slot's count
and the stocks before her transaction, waits a little as a busy server would, then writes the
values she computed, with no condition.
"""

import threading
import time
from collections import Counter
from contextlib import contextmanager
from unittest import mock

from storefront_builder import ordering
from storefront_builder.models import Order, Product, Slot
from storefront_builder.ordering import OrderRefused, place_order
from tests.storefront_builder.storefront.factories import (
    customer,
    make_product,
    make_shop,
    make_slot,
)
from tests.threads import in_parallel


def outcome(shop, errors) -> dict:
    refused = Counter(error.code for error in errors if isinstance(error, OrderRefused))
    return {
        "orders": Order.objects.filter(shop=shop).count(),
        "refused": dict(refused),
        "unexpected": [repr(error) for error in errors if not isinstance(error, OrderRefused)],
    }


#: The naive checkout's pause between reading the counts and writing them back.
PAUSE = 0.05
_seen = threading.local()


def naive_place_order(shop, *, lines: dict[int, int], slot_id: int, **customer):
    """Read what the checkout page would have shown, pause, then place the order."""
    _seen.slot = Slot.objects.filter(pk=slot_id, shop=shop).values("booked", "capacity").first()
    _seen.stocks = dict(Product.objects.filter(shop=shop, pk__in=lines).values_list("pk", "stock"))
    time.sleep(PAUSE)
    return ordering.place_order(shop, lines=lines, slot_id=slot_id, **customer)


def naive_reserve(shop, slot_id, products, wanted, now) -> None:
    """Check this customer's stale reads, then write them back unconditionally."""
    slot = _seen.slot
    if slot is None or slot["booked"] >= slot["capacity"]:
        raise OrderRefused("Ce créneau est complet.", code="slot")
    Slot.objects.filter(pk=slot_id).update(booked=slot["booked"] + 1)
    for product_id in sorted(wanted):
        stock = _seen.stocks.get(product_id)
        if stock is None:
            continue
        if stock < wanted[product_id]:
            raise OrderRefused("Stock insuffisant.", code="stock")
        Product.objects.filter(pk=product_id).update(stock=stock - wanted[product_id])


@contextmanager
def ordering_path(*, guard: bool):
    """Yields how a customer places her order: the production path, or the naive one."""
    if guard:
        yield place_order
        return
    with mock.patch.object(ordering, "reserve", naive_reserve):
        yield naive_place_order


def slot_race(*, customers: int, capacity: int, guard: bool) -> dict:
    """``customers`` orders at once for one slot of ``capacity``; unlimited products."""
    shop = make_shop(windows=False)
    slot = make_slot(shop, capacity=capacity)
    bread = make_product(shop, stock=None)
    with ordering_path(guard=guard) as place:
        errors = in_parallel(
            [
                lambda n=n: place(
                    shop,
                    lines={bread.pk: 1},
                    slot_id=slot.pk,
                    **customer(email=f"client{n}@example.org"),
                )
                for n in range(customers)
            ],
            timeout=120,
        )
    slot.refresh_from_db()
    return outcome(shop, errors) | {"booked": slot.booked}


def stock_race(*, buyers: int, stock: int, guard: bool) -> dict:
    """``buyers`` orders at once for a product with ``stock`` left, plus a second product of
    which each order takes 2 (so that a refused order must give nothing back)."""
    shop = make_shop(windows=False)
    slot = make_slot(shop, capacity=buyers * 2)
    rare = make_product(shop, stock=stock)
    common = make_product(shop, stock=buyers * 10)
    with ordering_path(guard=guard) as place:
        errors = in_parallel(
            [
                lambda n=n: place(
                    shop,
                    lines={rare.pk: 1, common.pk: 2},
                    slot_id=slot.pk,
                    **customer(email=f"acheteur{n}@example.org"),
                )
                for n in range(buyers)
            ],
            timeout=120,
        )
    for item in (slot, rare, common):
        item.refresh_from_db()
    return outcome(shop, errors) | {
        "booked": slot.booked,
        "rare_left": rare.stock,
        "common_left": common.stock,
        "common_start": buyers * 10,
    }
