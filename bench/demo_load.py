"""How long loading the demo takes, and how many queries it sends: the demo is loaded by
``make setup`` and by about twenty tests of each suite, so its cost is paid in every CI run.

Usage, from the project root (SQLite in temporary files; with DATABASE_URL, PostgreSQL
databases named after the one given, with a suffix, created and dropped by the script):

    .venv/bin/python bench/demo_load.py [--runs 2]

It loads the demo as the tests do (the test settings: tasks run at once, files in memory;
each step in one transaction, as a test runs), so Wagtail's indexing is paid in the step
rather than left to a worker. Each run migrates a fresh database, then times and counts three
steps:

    catalogue   load_demo_site() + load_demo_courses(): 51 courses, 213 lessons
    whole demo  manage.py load_demo on another fresh database
    again       load_demo a second time (it changes nothing)

Queries are the steady figure to compare between two versions of the code; seconds depend
on what else the machine is doing (CPU seconds are printed beside wall seconds).
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCRATCH = tempfile.mkdtemp(prefix="demo-load-")
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = f"sqlite:///{SCRATCH}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accelerateur.settings.test")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402


def fresh_database(number: int) -> None:
    """Point the connection at a new, migrated database."""
    connection.close()
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        settings["NAME"] = f"{SCRATCH}/bench-{number}.sqlite3"
    else:
        base = settings.setdefault("BENCH_BASE", settings["NAME"])
        settings["NAME"] = name = f"{base}_demo_load_{number}"
        with _maintenance() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}"')
        CREATED.append(name)
    call_command("migrate", verbosity=0)
    cache.clear()


def _maintenance():
    return connection._nodb_cursor()


CREATED: list[str] = []


def drop_created() -> None:
    connection.close()
    with _maintenance() as cursor:
        for name in CREATED:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def measure(step) -> tuple[float, float, int]:
    sent = 0

    def count(execute, sql, params, many, context):
        nonlocal sent
        sent += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count), transaction.atomic():
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, sent


def catalogue() -> None:
    from demo.catalogue import load_demo_courses
    from demo.site import load_demo_site

    load_demo_courses(load_demo_site())


def whole_demo() -> None:
    with redirect_stdout(StringIO()):  # rebuild_search_index prints its count
        call_command("load_demo", allow_production=True, stdout=StringIO())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    runs = parser.parse_args().runs
    logging.disable(logging.INFO)  # one line per task the test settings run at once
    figures: dict[str, list[tuple[float, float, int]]] = {}
    for run in range(runs):
        fresh_database(2 * run)
        figures.setdefault("catalogue", []).append(measure(catalogue))
        fresh_database(2 * run + 1)
        figures.setdefault("whole demo", []).append(measure(whole_demo))
        figures.setdefault("again", []).append(measure(whole_demo))
    if CREATED:
        drop_created()
    print(f"{connection.vendor}, {runs} runs (median)")
    for name, rows in figures.items():
        wall = statistics.median(row[0] for row in rows)
        cpu = statistics.median(row[1] for row in rows)
        queries = statistics.median(row[2] for row in rows)
        print(f"{name:<11} {wall:7.1f} s wall  {cpu:7.1f} s CPU  {queries:8.0f} queries")


if __name__ == "__main__":
    main()
