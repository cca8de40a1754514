"""A programme that sets every rule, and a business that meets all of them.

Tests change one field at a time from these, so each rule is seen failing on its own.
"""

from datetime import date
from decimal import Decimal

from onboarding.grants.models import AmountKind, ExpenseCategory, Programme
from onboarding.profile.models import Business, Sector

TODAY = date(2021, 6, 1)


def programme(**overrides) -> Programme:
    """Unsaved; the chèque France Num's rules plus a closure and a sector rule."""
    values = {
        "name": "Chèque d'essai",
        "slug": "cheque-essai",
        "funder": "État",
        "summary": "Une aide pour les tests.",
        "amount_kind": AmountKind.FLAT,
        "flat_amount": Decimal("500"),
        "max_headcount": 10,
        "max_turnover": Decimal("2000000"),
        "closure_required": True,
        "activity_started_before": date(2020, 10, 30),
        "excluded_departments": ["986", "987", "988"],
        "eligible_sectors": [Sector.RETAIL, Sector.CRAFTS],
        "expenses_from": date(2020, 10, 30),
        "expenses_until": date(2021, 6, 30),
        "eligible_categories": [ExpenseCategory.WEBSITE, ExpenseCategory.PAYMENT],
        "minimum_spend": Decimal("450"),
        "application_deadline": date(2021, 7, 31),
    }
    values.update(overrides)
    return Programme(**values)


def percent_programme(**overrides) -> Programme:
    values = {
        "amount_kind": AmountKind.PERCENT,
        "flat_amount": None,
        "rate": Decimal("50"),
        "cap": Decimal("1500"),
        "step": Decimal("150"),
        "minimum_spend": Decimal("300"),
    }
    values.update(overrides)
    return programme(**values)


def business(**overrides) -> Business:
    """Unsaved: the checks only read fields. ``department`` comes from the postcode."""
    values = {
        "siret": "73282932000074",
        "trade_name": "Quincaillerie Martin",
        "legal_form": "sarl",
        "naf_code": "47.52A",
        "headcount": 3,
        "annual_turnover": Decimal("350000"),
        "created_on": date(2015, 3, 2),
        "postcode": "69003",
        "commune": "Lyon",
        "sector": Sector.RETAIL,
        "closed_by_decree": True,
    }
    values.update(overrides)
    return Business(**values)
