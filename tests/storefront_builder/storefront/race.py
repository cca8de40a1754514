"""The races of the concurrency tests, shared by the PostgreSQL tests and the SQLite script.

Each customer runs ``place_order`` in her own thread (her own database connection), all
released at the same moment by ``tests.threads.in_parallel``.
"""

from collections import Counter

from storefront_builder.models import Order
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


def slot_race(*, customers: int, capacity: int, guard: bool) -> dict:
    """``customers`` orders at once for one slot of ``capacity``; unlimited products."""
    shop = make_shop(windows=False)
    slot = make_slot(shop, capacity=capacity)
    bread = make_product(shop, stock=None)
    errors = in_parallel(
        [
            lambda n=n: place_order(
                shop,
                lines={bread.pk: 1},
                slot_id=slot.pk,
                guard=guard,
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
    errors = in_parallel(
        [
            lambda n=n: place_order(
                shop,
                lines={rare.pk: 1, common.pk: 2},
                slot_id=slot.pk,
                guard=guard,
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
