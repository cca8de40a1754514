"""``{% load formatting %}`` then ``{{ price|money }}``: amounts written by ``core.formatting``
in pages, e-mails and PDFs alike, « 1 234,56 € » in French and « €1,234.56 » in English."""

from decimal import Decimal, InvalidOperation

from django import template

from core.formatting import de as de_name
from core.formatting import elide_de, format_money, format_percent, written_date

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


@register.filter
def percent(ratio):
    """``{{ ratio|percent }}``: « 12,5 % » in French, « 12.5% » in English, from 0.125."""
    try:
        return format_percent(ratio)
    except (InvalidOperation, TypeError, ValueError):
        return ""


@register.filter
def whole_percent(value):
    """``{{ progress|whole_percent }}``: a figure already out of a hundred (25, not 0.25), « 25 % »
    in French and « 25% » in English."""
    try:
        return format_percent(Decimal(str(value)) / 100)
    except (InvalidOperation, TypeError, ValueError):
        return ""


@register.filter(name="written_date", expects_localtime=True)
def written_date_filter(value, fmt="j F Y"):
    """``{{ day|written_date:"l j F Y" }}``: Django's ``date`` filter with « 1er » for the
    first of the month in French (« vendredi 1er mai 2026 »)."""
    try:
        return written_date(value, fmt)
    except (AttributeError, TypeError, ValueError):
        return ""


@register.filter
def de(name):
    """``{{ supplier|de }}``: « de Camille », « d'Agence Web Lyon », for French-only text."""
    return de_name(str(name or ""))


@register.filter(name="elide_de", is_safe=True)
def elide_de_filter(text, name):
    """``{{ sentence|elide_de:shop.name }}``: « au comptoir d'Au Bon Pain » in French, the
    translated sentence untouched in English (``core.formatting.elide_de``)."""
    return elide_de(str(text), str(name or ""))
