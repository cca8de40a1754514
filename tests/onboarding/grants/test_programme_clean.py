"""A programme whose rules contradict each other is refused before it is published."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from onboarding.grants.models import AmountKind
from tests.onboarding.grants.factories import percent_programme, programme


def errors_of(candidate) -> dict:
    with pytest.raises(ValidationError) as caught:
        candidate.clean()
    return caught.value.message_dict


def passes(candidate) -> bool:
    """True when clean() accepts the programme (it raises ValidationError otherwise)."""
    candidate.clean()
    return True


def test_coherent_programmes_pass():
    assert passes(programme())
    assert passes(percent_programme(included_departments=["75", "2A", "2B", "974"]))


def test_flat_needs_an_amount():
    assert "flat_amount" in errors_of(programme(flat_amount=None))


@pytest.mark.parametrize("rate", [None, Decimal("0"), Decimal("-5"), Decimal("100.01")])
def test_percent_needs_a_rate_above_0_up_to_100(rate):
    assert "rate" in errors_of(percent_programme(rate=rate))


def test_a_rate_of_100_is_allowed():
    assert passes(percent_programme(rate=Decimal("100")))


def test_the_expense_window_must_be_in_order():
    errors = errors_of(programme(expenses_from=date(2021, 7, 1), expenses_until=date(2021, 6, 30)))
    assert errors["expenses_until"] == ["La fin de la période des dépenses précède son début."]
    programme(expenses_from=date(2021, 6, 30), expenses_until=date(2021, 6, 30)).clean()


@pytest.mark.parametrize("code", ["7", "075", "20", "2C", "96", "970", "Paris", "00"])
def test_department_codes_must_look_like_departments(code):
    errors = errors_of(programme(excluded_departments=[code]))
    assert code in errors["excluded_departments"][0]


def test_a_department_cannot_be_both_included_and_excluded():
    errors = errors_of(programme(included_departments=["75"], excluded_departments=["75"]))
    assert "excluded_departments" in errors


def test_unknown_sectors_and_categories_are_refused():
    errors = errors_of(programme(eligible_sectors=["bakery"], eligible_categories=["hardware"]))
    assert set(errors) == {"eligible_sectors", "eligible_categories"}


def test_amounts_must_be_positive():
    errors = errors_of(percent_programme(cap=Decimal("0"), step=Decimal("-1")))
    assert set(errors) == {"cap", "step"}


def test_kind_is_checked_against_its_own_fields_only():
    assert passes(programme(amount_kind=AmountKind.FLAT, rate=None))
