"""The two printed documents of the back office: the day's pickup sheet and the window poster.

Both hold text typed by others (customers' names, products, the shop's name), so they are
rendered by ``core.pdf``: a standalone template engine with autoescaping, and WeasyPrint
reading only the DejaVu fonts shipped in static/, the project's media files (the poster's
logo) and ``data:`` URIs (the QR code), nothing online and nothing else on disk. The fonts are
embedded, so the pages print the same on any printer.
"""

import base64
import mimetypes
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dates import WEEKDAYS

from core.formatting import written_date
from core.pdf import (
    html_to_pdf,
    printed_address,
    qr_data_uri,
    render_pdf,
    render_template_html,
)
from storefront_builder.backoffice.selectors import DayBoard
from storefront_builder.closures import upcoming_closures
from storefront_builder.models import Shop
from storefront_builder.palettes import palette
from storefront_builder.selectors import weekly_ranges

TEMPLATES = "shops/backoffice"
#: The logo as printed: sharp at about 30 mm, whatever the size of the original.
POSTER_LOGO = "max-400x400"
#: The poster stays in the window for weeks and holds one A4 page: the next few closures only.
POSTER_CLOSURES = 3


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
            "day": written_date(board.day, "l j F Y"),
            "rows": rows,
            "count": sum(len(row["orders"]) for row in rows),
            "printed_at": written_date(timezone.localtime(), "j F Y H:i"),
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


def logo_source(shop: Shop) -> str:
    """Where WeasyPrint reads the logo's rendition, or "" without a logo.

    Stored on the server's disk (FileSystemStorage under MEDIA_ROOT), the rendition is given
    as a ``file:`` URI, which ``core.pdf``'s strict fetcher reads once it has checked the file
    is inside the media folder. Elsewhere (S3, or the tests' memory) no fetcher may reach it,
    so its bytes are read through the storage and given as a ``data:`` URI, which the fetcher
    decodes without any network.
    """
    if shop.logo is None:
        return ""
    rendition = shop.logo.get_rendition(POSTER_LOGO)
    try:
        path = Path(rendition.file.path)
    except NotImplementedError:  # a storage without local files
        path = None
    if path is not None and path.is_file():
        return path.as_uri()
    with rendition.file.open("rb") as image:
        content = base64.b64encode(image.read()).decode("ascii")
    content_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    return f"data:{content_type};base64,{content}"


def poster_html(shop: Shop) -> str:
    """The window poster as HTML, in the storefront's colours and with its logo, in French
    whatever the owner's language: the people reading it are passers-by.

    The palette's colours are ours, never typed by anyone (``storefront_builder.palettes``),
    and checked for contrast in the pairs the poster uses: ``primary_text`` on ``primary``
    for the band with the name, ``accent`` and ``ink`` on ``background`` for the closures.
    """
    url = storefront_url(shop)
    with translation.override("fr"):
        return render_template_html(
            f"{TEMPLATES}/poster_pdf.html",
            {
                "shop": shop,
                "url": url,
                "display_url": printed_address(url),
                "qr": qr_data_uri(url),
                "hours": hours_summary(shop),
                "colours": palette(shop.palette),
                "logo": logo_source(shop),
                "closures": upcoming_closures(shop, limit=POSTER_CLOSURES),
            },
        )


def poster_pdf(shop: Shop) -> bytes:
    """The window poster, one A4 portrait page."""
    return html_to_pdf(poster_html(shop))
