"""Run by test_concurrency in a fresh interpreter: a real SQLite file, many threads.

Prints the outcome of the guarded slot race, the guarded stock race and the unguarded
(control) slot race as one JSON line.
"""

import json

import django

django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)

from tests.storefront_builder.storefront.race import slot_race, stock_race  # noqa: E402

print(
    json.dumps(
        {
            "slot": slot_race(customers=20, capacity=5, guard=True),
            "stock": stock_race(buyers=10, stock=3, guard=True),
            "control": slot_race(customers=20, capacity=5, guard=False),
        }
    )
)
