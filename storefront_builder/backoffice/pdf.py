"""The two printed documents of the back office: the day's pickup sheet and the window poster.

Both hold text typed by others (customers' names, products, the shop's name), so they are
rendered by ``core.pdf``: a standalone template engine with autoescaping, and WeasyPrint
reading only the DejaVu fonts shipped in static/ and ``data:`` URIs (the QR code), nothing
online and nothing else on disk. The fonts are embedded, so the pages print the same on any
printer.
"""

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.dates import WEEKDAYS

from core.pdf import render_pdf
from storefront_builder.backoffice.selectors import DayBoard
from storefront_builder.models import Shop
from storefront_builder.selectors import weekly_ranges

TEMPLATES = "shops/backoffice"


def storefront_url(shop: Shop) -> str:
    """The public address printed on the poster and behind its QR code."""
    return settings.SITE_URL + reverse("shops:storefront", args=[shop.slug])


def day_sheet_pdf(shop: Shop, board: DayBoard) -> bytes:
    """The day's pickups, slot by slot, with a box to tick as each order is handed over.

    Cancelled orders are left out: nothing to prepare, nothing to hand over.
    """
    rows = [
        {
            "slot": row.slot,
            "starts_at": timezone.localtime(row.slot.starts_at),
            "ends_at": timezone.localtime(row.slot.ends_at),
            "orders": row.active_orders,
        }
        for row in board.rows
        if row.active_orders
    ]
    return render_pdf(
        f"{TEMPLATES}/day_pdf.html",
        {
            "shop": shop,
            "day": formats.date_format(board.day, "l j F Y"),
            "rows": rows,
            "count": sum(len(row["orders"]) for row in rows),
            "printed_at": formats.date_format(timezone.localtime(), "j F Y H:i"),
        },
    )


def hours_summary(shop: Shop) -> list[tuple[str, str]]:
    """(« lundi », « 09:00 – 12:30, 14:00 – 18:00 ») per weekday with pickups."""
    return [
        (
            str(WEEKDAYS[weekday]),
            ", ".join(f"{starts:%H:%M} – {ends:%H:%M}" for starts, ends in ranges),
        )
        for weekday, ranges in weekly_ranges(shop.pickup_windows.all(), "starts", "ends")
        if ranges
    ]


def poster_pdf(shop: Shop) -> bytes:
    """An A4 portrait poster for the shop window, in French, whatever the owner's language:
    the people reading it are passers-by."""
    url = storefront_url(shop)
    qr = segno.make(url, error="m")
    with translation.override("fr"):
        return render_pdf(
            f"{TEMPLATES}/poster_pdf.html",
            {
                "shop": shop,
                "url": url,
                "display_url": url.split("://", 1)[-1],
                "qr": qr.svg_data_uri(dark="#000000", light="#ffffff", border=2),
                "hours": hours_summary(shop),
            },
        )
