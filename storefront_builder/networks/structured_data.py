"""What a network's page tells search engines: the network as a schema.org ``Organization``
whose ``member``s are its online shops, each a local business of its kind with its address
and position, pointing to its storefront (where its hours and products are described in
full). Built from the members the page already read: no query of its own.
"""

from django.urls import reverse

from core.seo import PageData, absolute_url, plain_text, postal_address, with_context
from storefront_builder.models import Network, Shop
from storefront_builder.storefront.structured_data import BUSINESS_TYPES, geo


def member_data(shop: Shop) -> dict:
    url = absolute_url(reverse("shops:storefront", args=[shop.slug]))
    data = {
        "@type": BUSINESS_TYPES.get(shop.category, "Store"),
        "@id": f"{url}#boutique",
        "name": shop.name,
        "url": url,
        "address": postal_address(
            street=shop.street_address, postcode=shop.postcode, locality=shop.commune
        ),
    }
    if (position := geo(shop)) is not None:
        data["geo"] = position
    return data


def network_data(network: Network, members: list[Shop], *, page_url: str) -> PageData:
    url = absolute_url(page_url)
    data = {
        "@type": "Organization",
        "@id": f"{url}#reseau",
        "name": network.name,
        "url": url,
        "areaServed": network.commune,
        "member": [member_data(shop) for shop in members],
    }
    if description := plain_text(network.description):
        data["description"] = description
    return PageData(json_ld=[with_context(data)])
