"""What a storefront tells search engines: the shop as a schema.org local business, and the
products the page shows with their offers (core.seo writes them as JSON-LD).

Built from what the page already read (the shop, its opening week, the page of products with
their prefetched photos): no query of its own, whatever the number of products. What Google
requires is always there: a business's name and address (postal code and locality), a
product's name and its offer's price, currency and availability; what is optional appears
only when the shop has it (a description, a photo, opening hours).

The products are an ``ItemList`` beside the business, each ``Product`` carrying its ``Offer``
(Google reads a product only with an offer of its own), the offer naming the shop as seller
and pickup at the shop as its delivery method: click and collect.
"""

import re
from collections.abc import Sequence

from django.urls import reverse

from core.seo import PageData, absolute_url, plain_text, postal_address, with_context
from core.templatetags.rendition_tags import prefetched_rendition
from storefront_builder.models import Product, Shop, ShopCategory
from storefront_builder.storefront.selectors import PRODUCT_PHOTO, SHOP_LOGO

#: The cover as the storefront's band shows it (templates/shops/storefront/_band.html).
SHOP_COVER = "fill-1200x300"
CURRENCY = "EUR"
IN_STOCK = "https://schema.org/InStock"
OUT_OF_STOCK = "https://schema.org/OutOfStock"
#: Orders paused: still on the shelf, not to be ordered online for now.
IN_STORE_ONLY = "https://schema.org/InStoreOnly"
PICKUP = "https://schema.org/OnSitePickup"
#: schema.org's days, Monday (0) first as ``date.weekday()`` and the opening hours count them.
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The most precise schema.org type of local business for each category; all are
#: LocalBusiness types, « Store » where schema.org has nothing closer.
BUSINESS_TYPES = {
    ShopCategory.BAKERY: "Bakery",
    ShopCategory.GROCERY: "GroceryStore",
    ShopCategory.WINE: "LiquorStore",
    ShopCategory.BOOKSHOP: "BookStore",
    ShopCategory.FLORIST: "Florist",
    ShopCategory.CLOTHING: "ClothingStore",
    ShopCategory.BEAUTY: "HealthAndBeautyBusiness",
    ShopCategory.HARDWARE: "HardwareStore",
}
_FRENCH_NUMBER = re.compile(r"^0(\d)(\d{8})$")


def storefront_data(
    shop: Shop,
    products: Sequence[Product],
    opening: list[tuple[int, list]],
    *,
    page_url: str,
    first_position: int = 1,
) -> PageData:
    """The storefront's JSON-LD and preview image.

    ``opening``: the shop's week as ``storefront_builder.selectors.opening_ranges`` reads it;
    ``products``: the page's products (photos prefetched), listed from ``first_position``;
    ``page_url``: the page's own address (its rayon and page), where each product is found.
    """
    url = absolute_url(reverse("shops:storefront", args=[shop.slug]))
    image = shop_image(shop)
    business = business_data(shop, opening, url=url, image=image)
    items = [business]
    if products:
        items.append(
            product_list(
                products,
                seller_id=business["@id"],
                page_url=absolute_url(page_url),
                first_position=first_position,
                paused=shop.orders_paused,
            )
        )
    return PageData(json_ld=items, image=image)


def shop_image(shop: Shop) -> str:
    """The shop's picture: its cover, else its logo, as the page shows them; "" for none."""
    for image, spec in ((shop.cover, SHOP_COVER), (shop.logo, SHOP_LOGO)):
        if image:
            return absolute_url(prefetched_rendition(image, spec).url)
    return ""


def business_data(shop: Shop, opening: list[tuple[int, list]], *, url: str, image: str) -> dict:
    data = {
        "@type": BUSINESS_TYPES.get(shop.category, "Store"),
        "@id": f"{url}#boutique",
        "name": shop.name,
        "url": url,
        "address": postal_address(
            street=shop.street_address, postcode=shop.postcode, locality=shop.commune
        ),
        "currenciesAccepted": CURRENCY,
    }
    if description := plain_text(shop.description_html):
        data["description"] = description
    if shop.phone:  # shown on the storefront: public
        data["telephone"] = international_phone(shop.phone)
    if image:
        data["image"] = image
    if hours := opening_hours(opening):
        data["openingHoursSpecification"] = hours
    if (position := geo(shop)) is not None:
        data["geo"] = position
    return with_context(data)


def geo(shop: Shop) -> dict | None:
    """Where the shop stands, as placed on the wizard's map, for maps and « près de moi »
    searches; None for a shop not placed yet."""
    if shop.latitude is None or shop.longitude is None:
        return None
    return {
        "@type": "GeoCoordinates",
        "latitude": float(shop.latitude),
        "longitude": float(shop.longitude),
    }


def international_phone(phone: str) -> str:
    """« 02 99 00 00 00 » (how shops' numbers are stored) as « +33 2 99 00 00 00 »."""
    digits = phone.replace(" ", "")
    found = _FRENCH_NUMBER.match(digits)
    if found is None:
        return phone
    rest = found.group(2)
    return " ".join(["+33", found.group(1), *(rest[i : i + 2] for i in range(0, 8, 2))])


def opening_hours(opening: list[tuple[int, list]]) -> list[dict]:
    """One specification per opening range, with every day that has it: a shop open 9:00–19:00
    from Monday to Saturday is one entry, a lunch break makes two."""
    days_by_range: dict[tuple, list[str]] = {}
    for weekday, ranges in opening:
        for opens, closes in ranges:
            days_by_range.setdefault((opens, closes), []).append(DAYS[weekday])
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{day}" for day in days],
            "opens": f"{opens:%H:%M}",
            "closes": f"{closes:%H:%M}",
        }
        for (opens, closes), days in sorted(days_by_range.items())
    ]


def product_list(
    products: Sequence[Product],
    *,
    seller_id: str,
    page_url: str,
    first_position: int = 1,
    paused: bool = False,
) -> dict:
    return with_context(
        {
            "@type": "ItemList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "item": product_data(
                        product, seller_id=seller_id, page_url=page_url, paused=paused
                    ),
                }
                for position, product in enumerate(products, start=first_position)
            ],
        }
    )


def availability(product: Product, *, paused: bool) -> str:
    """Sold out at 0; in the shop only while its orders are ``paused``; otherwise in stock
    (no stock kept, None, is made to order: always available)."""
    if product.stock == 0:
        return OUT_OF_STOCK
    return IN_STORE_ONLY if paused else IN_STOCK


def product_data(product: Product, *, seller_id: str, page_url: str, paused: bool = False) -> dict:
    url = f"{page_url}#produit-{product.pk}"
    data = {"@type": "Product", "name": product.name, "url": url}
    if description := plain_text(product.description):
        data["description"] = description
    if product.photo:
        data["image"] = absolute_url(prefetched_rendition(product.photo, PRODUCT_PHOTO).url)
    if product.category:
        data["category"] = product.category
    data["offers"] = {
        "@type": "Offer",
        "price": f"{product.price:.2f}",
        "priceCurrency": CURRENCY,
        "availability": availability(product, paused=paused),
        "url": url,
        "availableDeliveryMethod": PICKUP,
        "seller": {"@id": seller_id},
    }
    return data
