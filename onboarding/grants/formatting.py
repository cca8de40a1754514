"""Euros and dates written the French way, for rule sentences built in Python.

The eligibility reasons are sentences assembled from a programme's figures and a business's,
outside any template, so they cannot rely on template filters; one place keeps « 1 500 € » and
« 30 octobre 2020 » consistent between the check, the admin and the public pages.
"""

from datetime import date
from decimal import Decimal

from django.utils.formats import date_format

NBSP = "\u00a0"


def euros(value) -> str:
    """« 1 500 € », « 12,50 € »: cents only when there are some; non-breaking spaces so the
    figure never wraps away from its unit."""
    amount = Decimal(value).quantize(Decimal("0.01"))
    units, cents = divmod(abs(amount), 1)
    grouped = f"{int(units):,}".replace(",", NBSP)
    sign = "-" if amount < 0 else ""
    if cents:
        return f"{sign}{grouped},{int(cents * 100):02d}{NBSP}€"
    return f"{sign}{grouped}{NBSP}€"


def percent(value) -> str:
    """« 50 % », « 12,5 % »."""
    text = format(Decimal(value).normalize(), "f").replace(".", ",")
    return f"{text}{NBSP}%"


def long_date(value: date) -> str:
    """« 30 octobre 2020 » in French, in the active language otherwise."""
    return date_format(value, "j F Y")
