"""Click and collect under a rush: many customers ordering at the same moment, on PostgreSQL.

Usage, from the project root, against a PostgreSQL database (it refuses anything else):

    DATABASE_URL=postgres://user@host:5432/dbname .venv/bin/python bench/storefront.py \
        [--customers 50] [--slots 10] [--capacity 5] [--seed 1]

It migrates the database if needed, creates its own shop (a fresh one each run) with
``--slots`` pickup slots of ``--capacity`` and products of limited stock, then releases
``--customers`` threads at once, each with its own database connection, each calling
``storefront_builder.ordering.place_order`` for a random slot and a random basket. It prints the
orders
accepted and refused (by reason), the p50 and p95 latency of ``place_order``, and checks the
invariants: no slot booked beyond its capacity, each slot's ``booked`` equal to its orders, no
stock below zero, and for every product stock left + quantity sold == initial stock. Its data
is deleted at the end, whatever happened. The confirmation e-mails are rendered (their cost
is part of the latency) but not queued; connecting to the database is not timed.

Exit status: 0 when every invariant held; 1 when one broke (the figures are still printed);
2 when the database is not PostgreSQL. An
unexpected exception in a customer's thread (anything but ``OrderRefused``) counts as broken.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accelerateur.settings.dev")

if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
    print(
        "bench/storefront.py needs PostgreSQL: set DATABASE_URL=postgres://user@host:port/db "
        "(SQLite serialises writers, so there would be no concurrency to measure).",
        file=sys.stderr,
    )
    sys.exit(2)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count, Q, Sum  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from storefront_builder import notifications  # noqa: E402
from storefront_builder.models import (  # noqa: E402
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Shop,
    ShopCategory,
    ShopStatus,
    Slot,
)
from storefront_builder.ordering import OrderRefused, place_order  # noqa: E402

#: (name, stock): scarce enough that some baskets are refused for stock.
PRODUCTS = [("Galette des rois", 24), ("Kouign-amann", 30), ("Far breton", 16), ("Pain", None)]


def setup(args, tag: str):
    owner = User.objects.create_user(email=f"bench-{tag}@bench.invalid", password=None)
    shop = Shop.objects.create(
        owner=owner,
        name=f"Banc d'essai {tag}",
        slug=f"bench-{tag}",
        category=ShopCategory.BAKERY,
        street_address="1 rue du Test",
        postcode="35000",
        commune="Rennes",
        phone="02 99 00 00 00",
        status=ShopStatus.PUBLISHED,
        published_at=timezone.now(),
        capacity_per_slot=args.capacity,
    )
    first = (timezone.now() + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    slots = Slot.objects.bulk_create(
        Slot(
            shop=shop,
            starts_at=first + timedelta(minutes=30 * n),
            ends_at=first + timedelta(minutes=30 * (n + 1)),
            capacity=args.capacity,
        )
        for n in range(args.slots)
    )
    products = Product.objects.bulk_create(
        Product(shop=shop, name=name, price=Decimal("3.50"), stock=stock)
        for name, stock in PRODUCTS
    )
    return owner, shop, slots, products


def warm_up(shop, products) -> None:
    """One order placed and removed before the rush: templates, translations and the time
    zone data load once, as on a server that has been running for a while."""
    start = timezone.now() + timedelta(days=30)
    slot = Slot.objects.create(
        shop=shop, starts_at=start, ends_at=start + timedelta(minutes=30), capacity=1
    )
    unlimited = next(product for product in products if product.stock is None)
    order = place_order(
        shop,
        lines={unlimited.pk: 1},
        slot_id=slot.pk,
        name="Échauffement",
        email="warm-up@bench.invalid",
        phone="06 12 34 56 78",
    )
    order.delete()
    slot.delete()


def baskets(args, slots, products) -> list[tuple[int, dict[int, int]]]:
    rng = random.Random(args.seed)
    plans = []
    for _ in range(args.customers):
        chosen = rng.sample(products, rng.randint(1, 3))
        plans.append((rng.choice(slots).pk, {p.pk: rng.randint(1, 2) for p in chosen}))
    return plans


def rush(shop, plans):
    """Every customer in her own thread, all released together."""
    barrier = threading.Barrier(len(plans))
    latencies, outcomes, lock = [], Counter(), threading.Lock()

    def customer(number, slot_id, lines):
        try:
            connection.ensure_connection()  # connecting is not part of placing an order
            barrier.wait()
            start = time.perf_counter()
            try:
                place_order(
                    shop,
                    lines=lines,
                    slot_id=slot_id,
                    name=f"Client {number}",
                    email=f"client{number}@bench.invalid",
                    phone="06 12 34 56 78",
                )
                outcome = "accepted"
            except OrderRefused as refused:
                outcome = refused.code
            except Exception as error:  # noqa: BLE001  (counted and reported)
                outcome = f"error {type(error).__name__}"
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                outcomes[outcome] += 1
        finally:
            connection.close()

    threads = [
        threading.Thread(target=customer, args=(n, slot_id, lines))
        for n, (slot_id, lines) in enumerate(plans)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return latencies, outcomes, time.perf_counter() - start


def check(shop, initial: dict[int, int | None]) -> list[str]:
    """The invariants, read back from the database; returns what broke."""
    broken = []
    slots = Slot.objects.filter(shop=shop).annotate(
        live_orders=Count("orders", filter=~Q(orders__status=OrderStatus.CANCELLED))
    )
    for slot in slots:
        if slot.booked > slot.capacity:
            broken.append(f"slot {slot.pk}: booked {slot.booked} > capacity {slot.capacity}")
        if slot.booked != slot.live_orders:
            broken.append(f"slot {slot.pk}: booked {slot.booked} but {slot.live_orders} orders")
    sold = dict(
        OrderLine.objects.filter(order__shop=shop)
        .exclude(order__status=OrderStatus.CANCELLED)
        .values_list("product_id")
        .annotate(total=Sum("quantity"))
    )
    for product in Product.objects.filter(shop=shop):
        if initial[product.pk] is None:
            continue
        if product.stock < 0:
            broken.append(f"{product.name}: stock {product.stock} < 0")
        if product.stock + sold.get(product.pk, 0) != initial[product.pk]:
            broken.append(
                f"{product.name}: {product.stock} left + {sold.get(product.pk, 0)} sold "
                f"!= {initial[product.pk]} at the start"
            )
    return broken


def cleanup(owner, shop) -> None:
    Order.objects.filter(shop=shop).delete()  # slots are protected while orders point at them
    shop.delete()
    owner.delete()


def percentile(values: list[float], share: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=50, help="customers at once (50)")
    parser.add_argument("--slots", type=int, default=10, help="pickup slots (10)")
    parser.add_argument("--capacity", type=int, default=5, help="orders per slot (5)")
    parser.add_argument("--seed", type=int, default=1, help="random baskets' seed (1)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if connection.vendor != "postgresql":
        print("bench/storefront.py needs PostgreSQL.", file=sys.stderr)
        return 2
    call_command("migrate", verbosity=0)
    # The e-mails are rendered inside the transaction as in production, not queued.
    notifications.email_send_after_commit = lambda message: None
    tag = uuid.uuid4().hex[:10]
    owner, shop, slots, products = setup(args, tag)
    try:
        warm_up(shop, products)
        initial = {product.pk: product.stock for product in products}
        latencies, outcomes, seconds = rush(shop, baskets(args, slots, products))
        broken = check(shop, initial)
        accepted = outcomes.pop("accepted", 0)
        refused = sum(outcomes.values())
        limited = sum(1 for _, stock in PRODUCTS if stock is not None)
        print(
            f"{args.customers} customers at once, {args.slots} slots of capacity "
            f"{args.capacity}, {limited} products of limited stock "
            f"(PostgreSQL {connection.pg_version // 10000})"
        )
        reasons = ", ".join(f"{reason} {count}" for reason, count in sorted(outcomes.items()))
        print(f"accepted {accepted}, refused {refused}" + (f" ({reasons})" if reasons else ""))
        print(
            f"place_order latency ms: p50 {percentile(latencies, 50):.1f}, "
            f"p95 {percentile(latencies, 95):.1f}, max {max(latencies):.1f}; "
            f"whole rush {seconds * 1000:.0f} ms"
        )
        booked = Slot.objects.filter(shop=shop).aggregate(total=Sum("booked"))["total"]
        print(f"slots booked {booked}/{args.slots * args.capacity}, orders recorded {accepted}")
        errors = {reason: n for reason, n in outcomes.items() if reason.startswith("error")}
        if errors:
            broken.append(f"unexpected errors: {errors}")
        if broken:
            print("invariants: BROKEN")
            for line in broken:
                print(f"  - {line}")
            return 1
        print(
            "invariants: held (no slot over capacity, booked == orders per slot, "
            "no negative stock, stock + sold == initial)"
        )
        return 0
    finally:
        cleanup(owner, shop)


if __name__ == "__main__":
    sys.exit(main())
