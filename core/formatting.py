"""Money, numbers and dates written the way the reader's language writes them.

One place for every amount the site shows, in pages, e-mails, PDFs and sentences built in
Python: Babel's data gives « 1 234,56 € » in French (a narrow no-break space between thousands,
a no-break space before the sign, so a figure never wraps away from its unit) and « €1,234.56 »
in English. Everything follows the active Django language; dates are those of Europe/Paris.

CSV and spreadsheet exports keep raw numbers: they are read by software, not by people.
"""

import copy
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from django.conf import settings
from django.utils import timezone, translation

EMPTY = (None, "")


def current_locale() -> str:
    """The active Django language as a Babel locale: « fr », « en »."""
    return translation.to_locale(translation.get_language() or settings.LANGUAGE_CODE)


def _decimal(value) -> Decimal:
    """Exact decimals, whatever comes in: a float through its shortest text (0.1, not
    0.1000000000000000055…), strings as typed in forms."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


@cache
def _whole_pattern(locale: str) -> babel_numbers.NumberPattern:
    """The language's currency pattern without its cents: « 1 500 € », « €1,500 »."""
    pattern = copy.copy(Locale.parse(locale).currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    return pattern


def format_money(amount, currency: str = "EUR", *, drop_zero_cents: bool = False) -> str:
    """« 1 234,56 € » in French, « €1,234.56 » in English; an empty string for no amount.

    ``drop_zero_cents`` writes round figures without cents (« jusqu'à 1 500 € »), as funders
    write their rules; amounts in tables keep their cents, so the columns line up.
    """
    if amount in EMPTY:
        return ""
    amount, locale = _decimal(amount), current_locale()
    if drop_zero_cents and amount == amount.to_integral_value():
        pattern = _whole_pattern(locale)
        return pattern.apply(amount, locale, currency=currency, currency_digits=False)
    return babel_numbers.format_currency(amount, currency, locale=locale)


def format_number(value, decimals: int | None = None) -> str:
    """« 1 234,5 » in French, « 1,234.5 » in English; ``decimals`` fixes the digits shown."""
    if value in EMPTY:
        return ""
    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(_decimal(value), format=pattern, locale=current_locale())


def format_percent(ratio) -> str:
    """« 12,5 % » in French, « 12.5% » in English, from a ratio (0.125), digits kept as given."""
    if ratio in EMPTY:
        return ""
    return babel_numbers.format_percent(
        _decimal(ratio), locale=current_locale(), decimal_quantization=False
    )


def format_date(value: date | datetime | None, width: str = "long") -> str:
    """« 30 octobre 2020 » in French, « October 30, 2020 » in English (Babel's widths:
    ``short``, ``medium``, ``long``, ``full``). A moment is dated in Europe/Paris, where the
    businesses are, not in UTC."""
    if value in EMPTY:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return babel_dates.format_date(value, format=width, locale=current_locale())
