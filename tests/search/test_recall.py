"""Recall of the catalogue's search on what shopkeepers type (``queries.yaml``): for each
query, is the expected course or lesson among the first three results? Runs on whatever
database the suite runs on (SQLite by default, PostgreSQL in CI), on the demo catalogue and
its synonyms, and prints recall@3 by kind of query."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from core.search.indexing import rebuild
from courses.catalogue import catalogue_search
from courses.models import CatalogPage

QUERIES = yaml.safe_load((Path(__file__).with_name("queries.yaml")).read_text("utf-8"))
TARGET = 0.95


@pytest.fixture
def catalogue(home_page):
    from demo.catalogue import load_demo_courses
    from demo.synonyms import load_demo_synonyms

    load_demo_courses(home_page)
    load_demo_synonyms()
    rebuild()
    return CatalogPage.objects.get(locale__language_code="fr")


def first_three(catalog, query: str) -> set[str]:
    """The slugs found: each of the first three courses, and course/lesson for the lessons
    listed under them."""
    found = set()
    for course in catalogue_search(catalog, {"q": query}).courses[:3]:
        found.add(course.slug)
        found |= {f"{course.slug}/{match.lesson.slug}" for match in course.lesson_matches}
    return found


def test_the_query_list_is_large_and_varied():
    assert len(QUERIES) >= 40
    assert len({entry["q"] for entry in QUERIES}) == len(QUERIES)
    kinds = Counter(entry["kind"] for entry in QUERIES)
    assert {"accents", "plural", "synonym", "typo", "body"} <= set(kinds)


def test_recall_at_three(catalogue, capsys):
    found, missed = Counter(), []
    for entry in QUERIES:
        results = first_three(catalogue, entry["q"])
        if results & set(entry["expect"]):
            found[entry["kind"]] += 1
        else:
            missed.append(f"{entry['q']!r}: expected {entry['expect']}, got {sorted(results)}")
    totals = Counter(entry["kind"] for entry in QUERIES)
    recall = sum(found.values()) / len(QUERIES)
    with capsys.disabled():
        print(f"\nrecall@3 = {recall:.1%} ({sum(found.values())}/{len(QUERIES)})")
        for kind in sorted(totals):
            print(f"  {kind:<8} {found[kind]}/{totals[kind]}")
    with capsys.disabled():
        print("\n".join(missed))
    assert recall >= TARGET, "\n".join(missed)
