"""``{% load formatting %}`` then ``{{ price|money }}``: amounts written by ``core.formatting``
in pages, e-mails and PDFs alike, « 1 234,56 € » in French and « €1,234.56 » in English."""

from decimal import InvalidOperation

from django import template

from core.formatting import format_money

register = template.Library()


@register.filter
def money(amount, currency="EUR"):
    """``{{ amount|money }}``, or ``{{ amount|money:"USD" }}`` for another currency.

    Like Django's own filters, a value that is not a number shows as nothing rather than
    breaking the page.
    """
    try:
        return format_money(amount, currency)
    except (InvalidOperation, TypeError, ValueError):
        return ""
