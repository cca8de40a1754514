"""Day 1 is written « 1er » in French (« le 1er janvier »), every other day as a number; day and
month names stay in lower case. English is untouched."""

from datetime import date, datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from core.formatting import de, elide_de, format_date, written_date


@pytest.mark.parametrize(
    ("value", "width", "expected"),
    [
        (date(2026, 1, 1), "long", "1er janvier 2026"),
        (date(2026, 1, 2), "long", "2 janvier 2026"),
        (date(2026, 1, 1), "medium", "1er janv. 2026"),
        (date(2026, 1, 1), "full", "jeudi 1er janvier 2026"),
        (date(2026, 1, 11), "long", "11 janvier 2026"),
        (date(2026, 1, 21), "long", "21 janvier 2026"),
        (date(2026, 1, 1), "short", "01/01/2026"),
    ],
)
def test_format_date_writes_the_first_as_1er(value, width, expected):
    with translation.override("fr"):
        assert format_date(value, width) == expected


def test_english_dates_have_no_ordinal():
    with translation.override("en"):
        assert format_date(date(2026, 1, 1)) == "January 1, 2026"


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (date(2026, 1, 1), "j F Y", "1er janvier 2026"),
        (date(2026, 1, 2), "j F Y", "2 janvier 2026"),
        (datetime(2026, 5, 1, 9, 30), "l j F Y · H:i", "vendredi 1er mai 2026 · 09:30"),
        (date(2026, 12, 4), "l j F", "vendredi 4 décembre"),
    ],
)
def test_the_template_filter_writes_1er_and_lower_case_names(value, fmt, expected):
    with translation.override("fr"):
        assert written_date(value, fmt) == expected
        rendered = Template("{% load formatting %}{{ value|written_date:fmt }}").render(
            Context({"value": value, "fmt": fmt})
        )
        assert rendered == expected


def test_the_template_filter_in_english():
    with translation.override("en"):
        assert written_date(date(2026, 1, 1), "j F Y") == "1 January 2026"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Camille", "de Camille"),
        ("Amélie", "d'Amélie"),
        ("Inès", "d'Inès"),
        ("Émilie", "d'Émilie"),
        ("Hélène", "d'Hélène"),
        ("Yves", "d'Yves"),
        ("Agence Web Lyon", "d'Agence Web Lyon"),
        ("Le Gall", "de Le Gall"),
    ],
)
def test_de_elides_before_a_vowel_or_h(name, expected):
    assert de(name) == expected


def test_de_contracts_the_article_of_a_place():
    assert de("Le Havre", place=True) == "du Havre"
    assert de("Les Sables-d'Olonne", place=True) == "des Sables-d'Olonne"
    assert de("Angers", place=True) == "d'Angers"
    assert de("Lyon", place=True) == "de Lyon"


def test_elide_de_only_touches_french():
    with translation.override("fr"):
        assert elide_de("Note privée de Amélie Durand", "Amélie Durand") == (
            "Note privée d'Amélie Durand"
        )
    with translation.override("en"):
        assert elide_de("Private note by Amélie Durand", "Amélie Durand") == (
            "Private note by Amélie Durand"
        )


def test_no_stylesheet_rule_capitalises_every_word_of_a_date():
    """« text-transform: capitalize » turns « vendredi 4 décembre » into « Vendredi 4 Décembre »;
    French capitalises only the first letter of a line (``::first-letter`` or ``|capfirst``)."""
    from pathlib import Path

    from django.conf import settings

    css = (Path(settings.BASE_DIR) / "static/css/site.css").read_text()
    rule = css[css.index(".shopfront-slot-date {") :].split("}", 1)[0]
    assert "capitalize" not in rule
