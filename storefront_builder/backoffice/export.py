"""The orders as a CSV file that Excel opens correctly on a French computer.

French Excel expects ``;`` between cells (the comma is the decimal separator), and reads a
file as UTF-8 only when it starts with a byte order mark; without one, accents come out
garbled. Amounts are written with a decimal comma so they stay numbers in the sheet.

Customers type their names and products are named by owners: a cell starting with ``=``,
``+``, ``-`` or ``@`` (or a tab or carriage return) would run as a formula when the file is
opened, so such cells are prefixed with a quote and read as plain text.
"""

import csv
import io
from collections.abc import Iterable
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from storefront_builder.models import OrderLine, OrderStatus

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value) -> str:
    """The cell's text, made inert if a spreadsheet would take it for a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def french_decimal(value: Decimal) -> str:
    return f"{Decimal(value).quantize(Decimal('0.01'))}".replace(".", ",")


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


def row_of(line: OrderLine) -> list[str]:
    order = line.order
    starts = timezone.localtime(order.slot.starts_at)
    ends = timezone.localtime(order.slot.ends_at)
    return [
        starts.strftime("%d/%m/%Y"),
        f"{starts:%H:%M}-{ends:%H:%M}",
        order.number,
        str(OrderStatus(order.status).label),
        order.customer_name,
        order.customer_email,
        order.customer_phone,
        line.name,
        str(line.quantity),
        french_decimal(line.unit_price),
        french_decimal(line.amount),
    ]


def orders_csv(lines: Iterable[OrderLine]) -> str:
    """The whole file, BOM first, one row per order line."""
    output = io.StringIO()
    output.write(BOM)
    writer = csv.writer(output, delimiter=";", lineterminator="\r\n")
    writer.writerow(header())
    for line in lines:
        writer.writerow([neutralised(cell) for cell in row_of(line)])
    return output.getvalue()
