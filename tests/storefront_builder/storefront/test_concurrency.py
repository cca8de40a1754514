"""Customers ordering at the same moment: a slot never takes more orders than its capacity,
stock never goes below zero, and an order takes everything it asks for or nothing.

On PostgreSQL the threads really run side by side, each on its own connection; the
conditional UPDATEs of ``place_order`` are what holds the invariants. The control test runs
the same race with ``guard=False``: ``place_order`` with its guard replaced by a naive
reservation (see ``race.py``), so each customer reads the slot's count before her
transaction, waits a little as a busy server would, then writes the count she computed. The
customers overwrite one another's increments (lost updates), so the slot's ``booked`` stays
low — which is also why the slot's check constraint (``booked <= capacity``) never fires and
cannot be what protects us — while far more orders than the capacity are recorded. The
control therefore counts the orders, not ``booked``.

On SQLite (the embedded default) the same races run against a database file in a fresh
interpreter, with the project's IMMEDIATE transactions.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from tests.storefront_builder.storefront.race import slot_race, stock_race

ROOT = Path(__file__).resolve().parents[3]
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent connections: PostgreSQL"
)
race_db = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@race_db
@on_postgresql
def test_twenty_customers_for_a_slot_of_five():
    result = slot_race(customers=20, capacity=5, guard=True)
    assert result == {"orders": 5, "refused": {"slot": 15}, "unexpected": [], "booked": 5}


@race_db
@on_postgresql
def test_ten_buyers_for_three_in_stock_and_refused_orders_take_nothing():
    result = stock_race(buyers=10, stock=3, guard=True)
    assert result["unexpected"] == []
    assert (result["orders"], result["refused"], result["rare_left"]) == (3, {"stock": 7}, 0)
    assert result["booked"] == 3
    assert result["common_left"] == result["common_start"] - 2 * 3


@race_db
@on_postgresql
def test_control_without_the_guard_the_slot_is_oversold():
    result = slot_race(customers=20, capacity=5, guard=False)
    assert result["unexpected"] == []
    assert result["orders"] > 5
    assert result["booked"] < result["orders"]  # lost updates: the count no longer tells


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite variant")
def test_the_same_races_on_a_sqlite_file(tmp_path):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "EMAIL_HOST", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="accelerateur.settings.dev", DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "tests/storefront_builder/storefront/sqlite_race.py"],
        cwd=ROOT,
        env=environment | {"PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["slot"] == {
        "orders": 5,
        "refused": {"slot": 15},
        "unexpected": [],
        "booked": 5,
    }
    stock = outcome["stock"]
    assert (stock["orders"], stock["refused"], stock["rare_left"], stock["unexpected"]) == (
        3,
        {"stock": 7},
        0,
        [],
    )
    assert stock["common_left"] == stock["common_start"] - 6
    assert outcome["control"]["orders"] > 5
