"""The orders as a table for a spreadsheet: one row per order line, over a range of days.

Amounts are Decimals to the cent and the day a date, so that they stay numbers and dates in
the sheet; ``core.exports`` writes the file the way French Excel reads it, formulas typed by
customers made inert.
"""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.exports import csv_response
from storefront_builder.models import OrderLine, OrderStatus

CENT = Decimal("0.01")


def header() -> list[str]:
    return [
        _("Date"),
        _("Créneau"),
        _("Commande"),
        _("Statut"),
        _("Client"),
        _("E-mail"),
        _("Téléphone"),
        _("Produit"),
        _("Quantité"),
        _("Prix unitaire TTC (€)"),
        _("Total ligne TTC (€)"),
    ]


def row_of(line: OrderLine) -> list:
    order = line.order
    starts = timezone.localtime(order.slot.starts_at)
    ends = timezone.localtime(order.slot.ends_at)
    return [
        starts.date(),
        f"{starts:%H:%M}-{ends:%H:%M}",
        order.number,
        str(OrderStatus(order.status).label),
        order.customer_name,
        order.customer_email,
        order.customer_phone,
        line.name,
        line.quantity,
        Decimal(line.unit_price).quantize(CENT),
        Decimal(line.amount).quantize(CENT),
    ]


def orders_table(lines: Iterable[OrderLine]) -> Iterable[list]:
    yield header()
    for line in lines:
        yield row_of(line)


def orders_csv(shop, lines: Iterable[OrderLine], first: date, last: date) -> HttpResponse:
    """The file to download, named after the shop and the range it covers."""
    filename = f"commandes-{shop.slug}-{first:%Y-%m-%d}-{last:%Y-%m-%d}.csv"
    return csv_response(orders_table(lines), filename=filename)
