"""Amounts, numbers and dates as each language writes them, in Python and in templates."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from core.formatting import (
    format_date,
    format_money,
    format_number,
    format_percent,
    french_sort_key,
)

NBSP = "\u00a0"  # before the currency sign and the percent sign
NNBSP = "\u202f"  # between thousands, in French


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("fr", Decimal("1234.56"), f"1{NNBSP}234,56{NBSP}€"),
        ("en", Decimal("1234.56"), "€1,234.56"),
        ("fr", Decimal("1234567.8"), f"1{NNBSP}234{NNBSP}567,80{NBSP}€"),
        ("en", Decimal("1234567.8"), "€1,234,567.80"),
        ("fr", Decimal("-42.5"), f"-42,50{NBSP}€"),
        ("en", Decimal("-42.5"), "-€42.50"),
        ("fr", 0, f"0,00{NBSP}€"),
        ("fr", 1500, f"1{NNBSP}500,00{NBSP}€"),
        ("fr", 0.1, f"0,10{NBSP}€"),
        ("fr", "18.5", f"18,50{NBSP}€"),
        ("fr", None, ""),
        ("en", "", ""),
    ],
)
def test_money(language, amount, expected):
    with translation.override(language):
        assert format_money(amount) == expected


def test_money_rounds_half_even_to_the_cent():
    """Babel rounds as the CLDR says: banker's rounding, no cent created from nothing."""
    with translation.override("fr"):
        assert format_money(Decimal("2.675")) == f"2,68{NBSP}€"
        assert format_money(Decimal("2.665")) == f"2,66{NBSP}€"


def test_money_in_another_currency():
    with translation.override("fr"):
        assert format_money(Decimal("12.5"), "USD") == f"12,50{NBSP}$US"
    with translation.override("en"):
        assert format_money(Decimal("12.5"), "USD") == "$12.50"


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("fr", Decimal("1500.00"), f"1{NNBSP}500{NBSP}€"),
        ("en", Decimal("1500.00"), "€1,500"),
        ("fr", Decimal("449.99"), f"449,99{NBSP}€"),
        ("en", Decimal("-450"), "-€450"),
    ],
)
def test_money_for_round_figures_drops_zero_cents_only(language, amount, expected):
    with translation.override(language):
        assert format_money(amount, drop_zero_cents=True) == expected


@pytest.mark.parametrize(
    ("language", "value", "decimals", "expected"),
    [
        ("fr", 1234.5, None, f"1{NNBSP}234,5"),
        ("en", 1234.5, None, "1,234.5"),
        ("fr", Decimal("-2000000"), None, f"-2{NNBSP}000{NNBSP}000"),
        ("en", Decimal("3.14159"), 2, "3.14"),
        ("fr", 5000, 0, f"5{NNBSP}000"),
        ("fr", None, None, ""),
    ],
)
def test_number(language, value, decimals, expected):
    with translation.override(language):
        assert format_number(value, decimals) == expected


@pytest.mark.parametrize(
    ("language", "ratio", "expected"),
    [
        ("fr", Decimal("0.5"), f"50{NBSP}%"),
        ("fr", Decimal("0.125"), f"12,5{NBSP}%"),
        ("en", Decimal("0.125"), "12.5%"),
        ("en", Decimal("-0.2"), "-20%"),
        ("fr", None, ""),
    ],
)
def test_percent(language, ratio, expected):
    with translation.override(language):
        assert format_percent(ratio) == expected


def test_date_per_language():
    with translation.override("fr"):
        assert format_date(date(2020, 10, 30)) == "30 octobre 2020"
        assert format_date(date(2020, 10, 30), "short") == "30/10/2020"
    with translation.override("en"):
        assert format_date(date(2020, 10, 30)) == "October 30, 2020"
    assert format_date(None) == ""


def test_a_moment_is_dated_in_paris():
    """23:30 UTC on 31 December is already New Year's Day in Paris."""
    with translation.override("fr"):
        assert format_date(datetime(2025, 12, 31, 23, 30, tzinfo=UTC)) == "1er janvier 2026"


def test_a_pattern_of_its_own_on_the_first_of_the_month():
    """A closure « du 25 décembre 2026 au 1er janvier 2027 » asks for « d MMMM y »."""
    with translation.override("fr"):
        assert format_date(date(2027, 1, 1), "d MMMM y") == "1er janvier 2027"
        assert format_date(date(2027, 1, 2), "d MMMM y") == "2 janvier 2027"
    with translation.override("en"):
        assert format_date(date(2027, 1, 1), "d MMMM y") == "1 January 2027"


def render(source: str, **context) -> str:
    return Template("{% load formatting %}" + source).render(Context(context))


def test_money_filter_follows_the_active_language():
    with translation.override("fr"):
        assert render("{{ price|money }}", price=Decimal("1234.56")) == f"1{NNBSP}234,56{NBSP}€"
    with translation.override("en"):
        assert render("{{ price|money }}", price=Decimal("1234.56")) == "€1,234.56"
        assert render('{{ price|money:"USD" }}', price=Decimal("2")) == "$2.00"


@pytest.mark.parametrize("value", [None, "", "douze", [1]])
def test_money_filter_shows_nothing_for_what_is_not_an_amount(value):
    with translation.override("fr"):
        assert render("{{ value|money }}", value=value) == ""


def test_french_sort_key_folds_accents_case_and_ligatures():
    rayons = ["Vrac", "Épicerie", "boissons", "Œufs", "Olives", "épices", "Fruits", "", "Eau"]
    assert sorted(rayons, key=french_sort_key) == [
        "",
        "boissons",
        "Eau",
        "Épicerie",
        "épices",
        "Fruits",
        "Œufs",
        "Olives",
        "Vrac",
    ]
    # Same letters: the order stays stable and total (no two different names tie).
    assert french_sort_key("Pains") != french_sort_key("pains")
