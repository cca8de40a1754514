"""The spellings of prices, stocks, VAT rates and yes/no that the catalogue understands."""

from decimal import Decimal

import pytest

from storefront_builder.catalogue.values import (
    parse_price,
    parse_stock,
    parse_vat_rate,
    parse_yes_no,
)


@pytest.mark.parametrize(
    ("typed", "price"),
    [
        ("4,50", "4.50"),
        ("4.50", "4.50"),
        ("4", "4.00"),
        (" 4,5 € ", "4.50"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        (4.5, "4.50"),
        (4.1666666, "4.17"),
        (3, "3.00"),
        ("0", "0.00"),
    ],
)
def test_prices(typed, price):
    assert parse_price(typed) == Decimal(price)


@pytest.mark.parametrize("typed", ["", "abc", "-1", "4,555", "1000000", "nan", "inf", True])
def test_bad_prices(typed):
    with pytest.raises(ValueError):
        parse_price(typed)


@pytest.mark.parametrize(
    ("typed", "stock"),
    [
        ("", None),
        (None, None),
        ("Illimité", None),
        ("illimite", None),
        ("0", 0),
        ("12", 12),
        (12.0, 12),
        ("3,0", 3),
    ],
)
def test_stocks(typed, stock):
    assert parse_stock(typed) == stock


@pytest.mark.parametrize("typed", ["-1", "2,5", "beaucoup", "2000000"])
def test_bad_stocks(typed):
    with pytest.raises(ValueError):
        parse_stock(typed)


@pytest.mark.parametrize(
    ("typed", "rate"),
    [
        ("5,5", "5.5"),
        ("5.5 %", "5.5"),
        ("20", "20.0"),
        ("20%", "20.0"),
        (0.055, "5.5"),
        (0.2, "20.0"),
        ("10", "10.0"),
        ("2,1", "2.1"),
        (20, "20.0"),
    ],
)
def test_vat_rates(typed, rate):
    assert parse_vat_rate(typed) == rate


@pytest.mark.parametrize("typed", ["19,6", "7", "TVA", "0"])
def test_bad_vat_rates(typed):
    with pytest.raises(ValueError):
        parse_vat_rate(typed)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("oui", True),
        ("OUI", True),
        ("1", True),
        (1, True),
        (True, True),
        ("x", True),
        ("non", False),
        ("Non", False),
        ("0", False),
        (0, False),
        (False, False),
        ("faux", False),
    ],
)
def test_yes_no(typed, value):
    assert parse_yes_no(typed) is value


def test_bad_yes_no():
    with pytest.raises(ValueError):
        parse_yes_no("peut-être")
