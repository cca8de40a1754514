"""The network's window poster: one A4 page that every member puts up, leading passers-by to
the network's public page, where they order from any member and pick up where they like.

It is the shop's poster (``storefront_builder.backoffice.pdf``) for a network: rendered by
``core.pdf`` (a standalone template engine with autoescaping, so the names typed by the
coordinator and the members are printed as text, never read as markup; WeasyPrint reading
only the shipped fonts and ``data:`` URIs), in French whatever the reader's language, and in
the default palette's colours, checked for contrast, since a network chooses none.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.pdf import printed_address, qr_data_uri, render_pdf
from storefront_builder.models import Network, Shop
from storefront_builder.palettes import palette

TEMPLATE = "shops/networks/poster_pdf.html"
#: How many members one page holds in two columns below the QR code; the others are counted
#: (« et 3 autres boutiques »): the page is printed once and stays in the window for months.
POSTER_MEMBERS = 24


def network_url(network: Network) -> str:
    """The public address printed on the poster and behind its QR code."""
    return settings.SITE_URL + reverse("shops:network", args=[network.slug])


def network_poster_pdf(network: Network, members: list[Shop]) -> bytes:
    """The poster of ``network`` listing ``members`` (its online members, by name)."""
    url = network_url(network)
    shown = members[:POSTER_MEMBERS]
    with translation.override("fr"):
        return render_pdf(
            TEMPLATE,
            {
                "network": network,
                "kind": network.get_kind_display(),
                "url": url,
                "display_url": printed_address(url),
                "qr": qr_data_uri(url),
                "members": shown,
                "others": len(members) - len(shown),
                "colours": palette(None),
            },
        )
