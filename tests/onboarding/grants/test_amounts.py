"""Flat and percentage amounts, caps, steps and the minimum spend, at their boundaries."""

from decimal import Decimal

import pytest

from onboarding.grants.amounts import aid_amount, minimum_spend_problem
from tests.onboarding.grants.factories import percent_programme, programme

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("spend", "aid"),
    [
        ("449.99", "0.00"),  # under the minimum
        ("450", "450.00"),  # exactly the minimum: all of it, the chèque never pays more
        ("480.50", "480.50"),
        ("500", "500.00"),
        ("12000", "500.00"),
    ],
)
def test_flat_amount_never_exceeds_the_spend(spend, aid):
    assert aid_amount(programme(), Decimal(spend)) == Decimal(aid)


@pytest.mark.parametrize(
    ("spend", "aid"),
    [
        ("299.99", "0.00"),  # under the minimum
        ("300", "150.00"),  # exactly the minimum: first step
        ("599.99", "150.00"),  # 299.995 rounded down to the step
        ("600", "300.00"),
        ("1190", "450.00"),  # the Region's own example: 900, 1 000 or 1 190 € give 450 €
        ("2999.99", "1350.00"),
        ("3000", "1500.00"),  # exactly the cap
        ("10000", "1500.00"),  # capped
    ],
)
def test_percentage_with_cap_and_steps(spend, aid):
    assert aid_amount(percent_programme(), Decimal(spend)) == Decimal(aid)


def test_percentage_without_step_is_rounded_down_to_the_cent():
    plain = percent_programme(rate=Decimal("33.33"), step=None, cap=None, minimum_spend=None)
    assert aid_amount(plain, Decimal("100.00")) == Decimal("33.33")
    assert aid_amount(plain, Decimal("0.05")) == Decimal("0.01")  # 0.0166… down to 0.01


def test_percentage_without_cap():
    uncapped = percent_programme(cap=None, step=Decimal("100"), minimum_spend=None)
    assert aid_amount(uncapped, Decimal("10050")) == Decimal("5000.00")


def test_a_step_larger_than_what_is_earned_gives_nothing():
    coarse = percent_programme(step=Decimal("1000"), minimum_spend=None)
    assert aid_amount(coarse, Decimal("1999")) == Decimal("0.00")


def test_nothing_spent_nothing_paid():
    assert aid_amount(programme(minimum_spend=None), Decimal("0")) == Decimal("0.00")


def test_minimum_spend_reason():
    assert minimum_spend_problem(programme(), Decimal("450")) is None
    assert minimum_spend_problem(programme(), Decimal("449.99")) == (
        f"Dépenses éligibles : 449,99{NBSP}€ HT, le programme exige au moins 450{NBSP}€ HT."
    )
    assert minimum_spend_problem(programme(minimum_spend=None), Decimal("1")) is None
