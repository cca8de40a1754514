"""The site's search over thousands of courses and lessons: median and p95 per query, against
a plain ``LIKE`` on the same table measured in the same run.

Usage, from the project root (PostgreSQL is the target; SQLite is measured too if given):

    DATABASE_URL=postgres://user@host:5432/dbname .venv/bin/python bench/search.py \
        [--documents 5000] [--runs 5]

It migrates the database if needed, adds the demo's synonyms, then indexes ``--documents``
documents made from the demo's real lessons (``demo/content/formations``: their titles,
introductions and texts, each copy given a few words of another lesson so that no two are
alike), one course for every four lessons, under kinds of their own (``bench-course``,
``bench-lesson``) that the site never searches. It runs every query of ``tests/search/queries.yaml``
(accents, plurals, synonyms, typos, words only in bodies) ``--runs`` times through
``core.search.engine.search``, then the same queries as ``title LIKE '%…%'`` on the same table,
and prints:

    5000 documents (postgresql), 62 queries × 5 runs, 60 queries with results
    search               median  24.64 ms   p95  55.55 ms   (target: median ≤ 50 ms)
    plain LIKE (title)   median   5.10 ms   p95  11.76 ms
    ratio search / LIKE  4.8

The documents are removed at the end (``--keep`` keeps them for the next run).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accelerateur.settings.dev")

import django  # noqa: E402

django.setup()

import yaml  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from core.search.engine import search  # noqa: E402
from core.search.indexing import (  # noqa: E402
    Document,
    analyse_tables,
    index_documents,
    recount_words,
)
from core.search.models import SearchDocument  # noqa: E402
from demo.content import CONTENT_DIR  # noqa: E402
from demo.content.files import read_markdown  # noqa: E402
from demo.synonyms import load_demo_synonyms  # noqa: E402

KINDS = ["bench-course", "bench-lesson"]
TARGET_MEDIAN_MS = 50
QUERIES = Path(__file__).resolve().parent.parent / "tests" / "search" / "queries.yaml"


def demo_lessons() -> list[tuple[str, str, str]]:
    """(title, intro, text) of every French demo lesson."""
    lessons = []
    for path in sorted((CONTENT_DIR / "formations").glob("*/*/*.md")):
        if path.name.endswith(".en.md"):
            continue
        metadata, body = read_markdown(path)
        lessons.append((metadata["title"], metadata.get("intro", ""), body))
    return lessons


def documents(count: int, seed: int = 1) -> list[Document]:
    rng = random.Random(seed)
    lessons = demo_lessons()
    words = " ".join(body for _, _, body in lessons).split()
    made = []
    for number in range(count):
        title, intro, body = lessons[number % len(lessons)]
        extra = " ".join(rng.choice(words) for _ in range(6))
        if number % 5 == 0:
            made.append(
                Document(
                    kind="bench-course",
                    object_id=number,
                    title=f"{title} ({extra.split()[0]})",
                    summary=f"{intro} {extra}",
                )
            )
        else:
            made.append(
                Document(
                    kind="bench-lesson",
                    object_id=number,
                    group_id=number - number % 5,
                    title=title,
                    summary=intro,
                    body=f"{body}\n{extra}",
                )
            )
    return made


def timed(function, queries: list[str], runs: int) -> list[float]:
    for query in queries:  # warm-up
        function(query)
    times = []
    for _ in range(runs):
        for query in queries:
            start = time.perf_counter()
            function(query)
            times.append((time.perf_counter() - start) * 1000)
    return times


def engine(query: str):
    return search(query, kinds=KINDS, limit=200).hits


def plain_like(query: str):
    return list(
        SearchDocument.objects.filter(kind__in=KINDS, title__icontains=query).values_list(
            "pk", flat=True
        )[:200]
    )


def line(label: str, times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[-1]
    return f"{label:<20} median {statistics.median(times):6.2f} ms   p95 {p95:6.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()

    call_command("migrate", verbosity=0)
    load_demo_synonyms()  # the editors' synonyms, as the demo site has them
    stored = SearchDocument.objects.filter(kind__in=KINDS).count()
    if stored != options.documents:
        SearchDocument.objects.filter(kind__in=KINDS).delete()
        started = time.perf_counter()
        batch = documents(options.documents)
        for start in range(0, len(batch), 500):
            index_documents(batch[start : start + 500])
        recount_words()
        analyse_tables()
        print(f"indexed {len(batch)} documents in {time.perf_counter() - started:.1f} s")

    queries = [entry["q"] for entry in yaml.safe_load(QUERIES.read_text("utf-8"))]
    found = sum(bool(engine(query)) for query in queries)
    searched = timed(engine, queries, options.runs)
    baseline = timed(plain_like, queries, options.runs)
    print(
        f"{options.documents} documents ({connection.vendor}), "
        f"{len(queries)} queries × {options.runs} runs, {found} queries with results"
    )
    print(line("search", searched) + f"   (target: median ≤ {TARGET_MEDIAN_MS} ms)")
    print(line("plain LIKE (title)", baseline))
    print(f"ratio search / LIKE  {statistics.median(searched) / statistics.median(baseline):.1f}")
    if not options.keep:
        SearchDocument.objects.filter(kind__in=KINDS).delete()
        recount_words()
    return 0 if statistics.median(searched) <= TARGET_MEDIAN_MS else 1


if __name__ == "__main__":
    sys.exit(main())
