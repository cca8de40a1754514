"""The directory's « près de moi » over 10,000 shops: the 20 nearest within 1 km and within
5 km, median and p95, against a plain indexed query on the same table in the same run.

Usage, from the project root (PostgreSQL is the target; SQLite works too):

    DATABASE_URL=postgres://user@host:5432/dbname .venv/bin/python bench/nearby.py \
        [--shops 10000] [--points 200] [--runs 3]

It migrates the database if needed, then creates ``--shops`` published shops under one owner
of its own (``bench-nearby@example.invalid``), spread around ten French cities (more around
the larger ones, a few kilometres across, from a fixed random seed), analyses the table, and
runs ``storefront_builder.storefront.nearby.nearest`` (the directory's query: the box on the
indexed position, then the haversine distance computed, filtered and sorted in SQL) from
``--points`` random points near those cities, ``--runs`` times each. The baseline is the same
box read from the same index without any distance (``LIMIT 20``), so the ratio is the price of
the exact distance and its sort. It prints:

    10000 shops (postgresql), 200 points × 3 runs, plan uses shops_shop_position_idx: yes
    20 nearest ≤ 1 km    median   1.10 ms   p95   1.60 ms   (target: median ≤ 20 ms)
    20 nearest ≤ 5 km    median   4.00 ms   p95   6.00 ms
    box only (index)     median   0.50 ms   p95   0.80 ms
    ratio 1 km / box     2.2

and removes its shops and their owner at the end (``--keep`` keeps them for the next run).
Exit status 1 when the 1 km median misses the target.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accelerateur.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from core.places.distance import bounding_box  # noqa: E402
from storefront_builder.models import Shop, ShopStatus  # noqa: E402
from storefront_builder.selectors import published_shops  # noqa: E402
from storefront_builder.storefront.nearby import Point, nearest  # noqa: E402

TARGET_MEDIAN_MS = 20
OWNER = "bench-nearby@example.invalid"
SLUG_PREFIX = "bench-nearby-"
INDEX = "shops_shop_position_idx"
#: (name, latitude, longitude, weight): where the shops are, the larger cities holding more.
CITIES = [
    ("Paris", 48.8566, 2.3522, 30),
    ("Lyon", 45.7640, 4.8357, 10),
    ("Marseille", 43.2965, 5.3698, 10),
    ("Toulouse", 43.6047, 1.4442, 8),
    ("Lille", 50.6292, 3.0573, 7),
    ("Bordeaux", 44.8378, -0.5792, 7),
    ("Nantes", 47.2184, -1.5536, 7),
    ("Strasbourg", 48.5734, 7.7521, 7),
    ("Rennes", 48.1113, -1.6800, 7),
    ("Montpellier", 43.6108, 3.8767, 7),
]
#: Shops spread around a city centre (standard deviation, in degrees: about 3.3 km).
SPREAD = 0.03


def near_a_city(rng: random.Random, spread: float) -> tuple[float, float]:
    _name, latitude, longitude, _weight = rng.choices(CITIES, weights=[c[3] for c in CITIES])[0]
    return rng.gauss(latitude, spread), rng.gauss(longitude, spread * 1.5)


def create_shops(count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    owner, _ = get_user_model().objects.get_or_create(email=OWNER, defaults={"is_active": False})
    now = timezone.now()
    shops = []
    for number in range(count):
        latitude, longitude = near_a_city(rng, SPREAD)
        shops.append(
            Shop(
                owner=owner,
                name=f"Boutique de banc d'essai {number}",
                slug=f"{SLUG_PREFIX}{number}",
                category="bakery",
                street_address="1 rue du Banc",
                postcode="75001",
                commune="Banc-d'Essai",
                phone="01 00 00 00 00",
                latitude=Decimal(f"{latitude:.6f}"),
                longitude=Decimal(f"{longitude:.6f}"),
                status=ShopStatus.PUBLISHED,
                published_at=now,
            )
        )
    Shop.objects.bulk_create(shops, batch_size=1000)  # no signals: nothing indexed, no purge
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE shops_shop" if connection.vendor == "postgresql" else "ANALYZE")


def remove_shops() -> None:
    Shop.objects.filter(slug__startswith=SLUG_PREFIX).delete()
    get_user_model().objects.filter(email=OWNER).delete()


def box_only(point: Point, radius_m: float) -> list[int]:
    box = bounding_box(point.latitude, point.longitude, radius_m)
    return list(
        published_shops()
        .filter(
            latitude__gte=box.south,
            latitude__lte=box.north,
            longitude__gte=box.west,
            longitude__lte=box.east,
        )
        .values_list("pk", flat=True)[:20]
    )


def timed(function, points: list[Point], runs: int) -> tuple[list[float], list[int]]:
    for point in points:  # warm-up
        function(point)
    times, found = [], []
    for _ in range(runs):
        for point in points:
            start = time.perf_counter()
            result = function(point)
            times.append((time.perf_counter() - start) * 1000)
            found.append(len(result))
    return times, found


def uses_index(point: Point) -> bool:
    if connection.vendor != "postgresql":
        return False
    sql, params = nearby_sql(point)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return INDEX in plan


def nearby_sql(point: Point):
    from storefront_builder.storefront.nearby import within

    queryset = within(published_shops(), point, 1_000)[:20]
    return queryset.query.sql_with_params()


def line(label: str, times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[-1]
    return f"{label:<20} median {statistics.median(times):6.2f} ms   p95 {p95:6.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shops", type=int, default=10_000)
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()

    call_command("migrate", verbosity=0)
    if Shop.objects.filter(slug__startswith=SLUG_PREFIX).count() != options.shops:
        remove_shops()
        started = time.perf_counter()
        create_shops(options.shops)
        print(f"created {options.shops} shops in {time.perf_counter() - started:.1f} s")
    try:
        rng = random.Random(2)
        points = [Point(*near_a_city(rng, SPREAD / 2)) for _ in range(options.points)]
        one_km, found_1 = timed(lambda p: nearest(p, 1_000), points, options.runs)
        five_km, found_5 = timed(lambda p: nearest(p, 5_000), points, options.runs)
        baseline, _ = timed(lambda p: box_only(p, 1_000), points, options.runs)
        index = "yes" if uses_index(points[0]) else "no"
        print(
            f"{options.shops} shops ({connection.vendor}), {options.points} points × "
            f"{options.runs} runs, plan uses {INDEX}: {index}"
        )
        print(
            f"shops found per point: ≤ 1 km median {statistics.median(found_1):.0f}, "
            f"≤ 5 km median {statistics.median(found_5):.0f} (20 at most)"
        )
        print(line("20 nearest ≤ 1 km", one_km) + f"   (target: median ≤ {TARGET_MEDIAN_MS} ms)")
        print(line("20 nearest ≤ 5 km", five_km))
        print(line("box only (index)", baseline))
        print(f"ratio 1 km / box     {statistics.median(one_km) / statistics.median(baseline):.1f}")
    finally:
        if not options.keep:
            remove_shops()
    return 0 if statistics.median(one_km) <= TARGET_MEDIAN_MS else 1


if __name__ == "__main__":
    sys.exit(main())
