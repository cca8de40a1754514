"""Counts in French: the singular for 0 and 1 (« 0 formation », better « aucune formation »),
never « leçon(s) »."""

import re
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.courses.test_catalogue import shelves  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def test_an_empty_search_says_aucune_formation(client, shelves):  # noqa: F811
    page = client.get("/formations/", {"q": "astrophysique"}).content.decode()
    count = re.search(r'<p class="results-count"[^>]*>(.*?)</p>', page, re.S).group(1)
    assert "Aucune formation" in count
    assert "0 formations" not in page


def _progress(done: int, total: int) -> str:
    outline = SimpleNamespace(
        course=SimpleNamespace(pk=1),
        done_count=done,
        total_count=total,
        percent=round(100 * done / total) if total else 0,
    )
    with translation.override("fr"):
        html = render_to_string("courses/includes/progress.html", {"outline": outline})
    return " ".join(re.search(r"<p[^>]*>(.*?)</p>", html, re.S).group(1).split())


@pytest.mark.parametrize(
    ("done", "total", "expected"),
    [
        (0, 1, "Aucune leçon terminée sur 1 · 0 %"),
        (0, 3, "Aucune leçon terminée sur 3 · 0 %"),
        (1, 3, "1 leçon terminée sur 3 · 33 %"),
        (3, 3, "3 leçons terminées sur 3 · 100 %"),
    ],
)
def test_progress_counts_lessons_without_brackets(done, total, expected):
    text = _progress(done, total)
    assert "(s)" not in text
    assert text == expected


def test_no_template_writes_a_plural_in_brackets():
    """« leçon(s) », « rattachée(s) »: a count picks its form with ngettext instead."""
    from pathlib import Path

    from django.conf import settings

    offenders = [
        f"{path.relative_to(settings.BASE_DIR)}: {match.group(0)}"
        for path in (Path(settings.BASE_DIR) / "templates").rglob("*")
        if path.suffix in {".html", ".txt"}
        for match in re.finditer(r"\w+\((?:s|e|es)\)", path.read_text())
    ]
    assert offenders == []
