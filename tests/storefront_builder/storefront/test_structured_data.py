"""What a storefront tells search engines, read back as they read it: the page is parsed with
extruct (JSON-LD and Open Graph) and the fields Google requires are checked.

A local business needs its name and address (postal code and locality); a product its name
and an offer with price, currency and availability. Hidden products and unpublished shops are
nowhere; text the merchant typed cannot break out of the script block; the data stays true
when the stored copy of the page (core.page_cache) is made again after a change.
"""

import json
from datetime import time
from decimal import Decimal

import extruct
import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.page_cache import HEADER, local_tier
from storefront_builder.catalogue import services as catalogue
from storefront_builder.models import OpeningHours, ShopCategory, ShopStatus
from storefront_builder.storefront.views import PRODUCTS_PER_PAGE
from storefront_builder.wizard.services import unpublish
from tests.storefront_builder.storefront.factories import (
    make_image,
    make_product,
    make_products,
    make_shop,
)

#: The schema.org types of local business a storefront may declare (all LocalBusiness).
LOCAL_BUSINESS_TYPES = {
    "LocalBusiness",
    "Store",
    "Bakery",
    "GroceryStore",
    "LiquorStore",
    "BookStore",
    "Florist",
    "ClothingStore",
    "HealthAndBeautyBusiness",
    "HardwareStore",
}


@pytest.fixture(autouse=True)
def _empty_local_tier():
    local_tier.clear()


def storefront_url(shop, query: str = "") -> str:
    return reverse("shops:storefront", args=[shop.slug]) + query


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def read(client, shop, query: str = ""):
    response = client.get(storefront_url(shop, query))
    assert response.status_code == 200
    html = response.content.decode()
    data = extruct.extract(
        html, base_url=absolute("/"), syntaxes=["json-ld", "opengraph"], uniform=True
    )
    return response, html, data


def business_of(data) -> dict:
    (business,) = [item for item in data["json-ld"] if item["@type"] in LOCAL_BUSINESS_TYPES]
    return business


def products_of(data) -> list[dict]:
    lists = [item for item in data["json-ld"] if item["@type"] == "ItemList"]
    if not lists:
        return []
    (listed,) = lists
    return [element["item"] for element in listed["itemListElement"]]


def product_named(data, name: str) -> dict:
    (product,) = [item for item in products_of(data) if item["name"] == name]
    return product


def open_graph(data) -> dict:
    (properties,) = data["opengraph"]
    return properties


# --- The shop -------------------------------------------------------------------------------


def test_the_shop_is_a_local_business_with_what_search_engines_require(client, db):
    shop = make_shop(
        name="Le Fournil du Port",
        street_address="12 quai Duguay-Trouin",
        postcode="35400",
        commune="Saint-Malo",
        phone="02 99 56 12 34",
        description="Pain au levain",
        description_html="<p>Pain au <strong>levain</strong> &amp; viennoiseries.</p>",
    )
    _, _, data = read(client, shop)
    business = business_of(data)
    assert business["@context"] == "https://schema.org"
    assert business["@type"] == "Bakery"  # a LocalBusiness, as precise as schema.org allows
    assert business["name"] == "Le Fournil du Port"
    assert business["url"] == absolute(storefront_url(shop))
    assert business["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "12 quai Duguay-Trouin",
        "postalCode": "35400",
        "addressLocality": "Saint-Malo",
        "addressCountry": "FR",
    }
    assert business["telephone"] == "+33 2 99 56 12 34"
    assert business["description"] == "Pain au levain & viennoiseries."
    assert "geo" not in business  # shops keep no position yet
    assert "image" not in business and "openingHoursSpecification" not in business


def test_a_category_without_its_own_schema_type_is_a_store(client, db):
    shop = make_shop(category=ShopCategory.CHEESE)
    _, _, data = read(client, shop)
    assert business_of(data)["@type"] == "Store"


def test_a_shop_placed_on_the_map_gives_its_position(client, db):
    placed = make_shop(latitude=Decimal("48.111300"), longitude=Decimal("-1.680000"))
    _, _, data = read(client, placed)
    assert business_of(data)["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 48.1113,
        "longitude": -1.68,
    }
    _, _, data = read(client, make_shop())
    assert "geo" not in business_of(data)


def test_opening_hours_become_specifications_one_per_range(client, db):
    shop = make_shop()
    OpeningHours.objects.bulk_create(
        [
            *(
                OpeningHours(shop=shop, weekday=day, opens=time(9), closes=time(12, 30))
                for day in range(6)
            ),
            *(
                OpeningHours(shop=shop, weekday=day, opens=time(14), closes=time(19))
                for day in range(5)
            ),
        ]
    )
    _, _, data = read(client, shop)
    week = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    assert business_of(data)["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{day}" for day in [*week, "Saturday"]],
            "opens": "09:00",
            "closes": "12:30",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{day}" for day in week],
            "opens": "14:00",
            "closes": "19:00",
        },
    ]


def test_the_cover_is_the_image_of_the_business_and_of_the_link_preview(client, db):
    shop = make_shop(cover=make_image("devanture"), logo=make_image("logo"))
    _, html, data = read(client, shop)
    image = business_of(data)["image"]
    assert image.startswith(f"{settings.SITE_URL}/") and "devanture" in image
    assert "fill-1200x300" in image  # the rendition the page's band shows
    assert open_graph(data)["og:image"] == image


def test_without_a_cover_the_logo_is_the_image(client, db):
    shop = make_shop(logo=make_image("logo"))
    _, _, data = read(client, shop)
    assert "logo" in business_of(data)["image"]


def test_the_link_preview_names_the_shop(client, db):
    shop = make_shop(name='L\'Épi & "Cie"', commune="Dinan")
    _, html, data = read(client, shop)
    preview = open_graph(data)
    assert preview["og:title"] == 'L\'Épi & "Cie"'
    assert preview["og:description"] == (
        'L\'Épi & "Cie" à Dinan : commandez en ligne, retirez en boutique.'
    )
    assert preview["og:url"] == absolute(storefront_url(shop))
    assert preview["og:locale"] == "fr_FR"
    assert preview["@type"] == "website"
    assert business_of(data)["name"] == 'L\'Épi & "Cie"'


# --- Its products ---------------------------------------------------------------------------


def test_each_product_shown_is_a_product_with_its_offer(client, db):
    shop = make_shop()
    bread = make_product(
        shop, name="Baguette", description="Au levain.", price=Decimal("1.20"), stock=30
    )
    make_product(shop, name="Tarte du jour", price=Decimal("18.00"), stock=None)
    make_product(shop, name="Kouign-amann", price=Decimal("3.50"), stock=0)
    _, _, data = read(client, shop)
    business_id = business_of(data)["@id"]
    product_url = absolute(f"{storefront_url(shop)}#produit-{bread.pk}")
    assert product_named(data, "Baguette") == {
        "@type": "Product",
        "name": "Baguette",
        "description": "Au levain.",
        "url": product_url,
        "offers": {
            "@type": "Offer",
            "price": "1.20",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/InStock",
            "url": product_url,
            "availableDeliveryMethod": "https://schema.org/OnSitePickup",
            "seller": {"@id": business_id},
        },
    }
    # No stock kept: made to order, always available; none left: out of stock.
    unlimited = product_named(data, "Tarte du jour")["offers"]
    assert unlimited["availability"] == "https://schema.org/InStock"
    assert unlimited["price"] == "18.00"
    sold_out = product_named(data, "Kouign-amann")["offers"]
    assert sold_out["availability"] == "https://schema.org/OutOfStock"
    for product in products_of(data):
        assert product["name"] and product["offers"]["priceCurrency"] == "EUR"
        assert Decimal(product["offers"]["price"]) >= 0


def test_while_orders_are_paused_the_products_are_in_store_only(client, db):
    shop = make_shop(orders_paused=True, pause_message="Congés")
    make_product(shop, name="Baguette", stock=30)
    make_product(shop, name="Kouign-amann", stock=0)
    _, _, data = read(client, shop)
    offers = {name: product_named(data, name)["offers"] for name in ("Baguette", "Kouign-amann")}
    assert offers["Baguette"]["availability"] == "https://schema.org/InStoreOnly"
    assert offers["Kouign-amann"]["availability"] == "https://schema.org/OutOfStock"


def test_a_product_photo_is_its_image(client, db):
    shop = make_shop()
    make_product(shop, name="Baguette", photo=make_image("baguette"))
    _, _, data = read(client, shop)
    image = product_named(data, "Baguette")["image"]
    assert image.startswith(f"{settings.SITE_URL}/") and "fill-400x300" in image


def test_a_hidden_product_is_not_there(client, db):
    shop = make_shop()
    make_product(shop, name="Baguette")
    make_product(shop, name="Galette secrète", visible=False)
    _, html, data = read(client, shop)
    assert [product["name"] for product in products_of(data)] == ["Baguette"]
    assert "Galette secrète" not in html


def test_a_shop_without_products_lists_none(client, db):
    shop = make_shop()
    _, _, data = read(client, shop)
    assert products_of(data) == []
    assert business_of(data)["name"] == shop.name


def test_the_second_page_lists_its_own_products_where_they_are(client, db):
    shop = make_shop()
    make_products(shop, PRODUCTS_PER_PAGE + 3)
    _, _, first = read(client, shop)
    _, _, second = read(client, shop, "?page=2")
    assert len(products_of(first)) == PRODUCTS_PER_PAGE
    (listed,) = [item for item in second["json-ld"] if item["@type"] == "ItemList"]
    positions = [element["position"] for element in listed["itemListElement"]]
    assert positions == [PRODUCTS_PER_PAGE + 1, PRODUCTS_PER_PAGE + 2, PRODUCTS_PER_PAGE + 3]
    for product in products_of(second):
        assert product["url"].startswith(absolute(storefront_url(shop, "?page=2#produit-")))
    assert not {p["name"] for p in products_of(first)} & {p["name"] for p in products_of(second)}


def test_what_the_merchant_typed_cannot_leave_the_script_block(client, db):
    shop = make_shop(name="Boutique </script><script>alert(1)</script>")
    name = "Pain <!-- </script><script>alert('x')</script> & co"
    make_product(shop, name=name, description="</SCRIPT><img src=x onerror=alert(1)>")
    _, html, data = read(client, shop)
    head = html[: html.index("</head>")]
    assert "<script>alert" not in head and "<img src=x" not in head
    assert product_named(data, name)["name"] == name
    assert business_of(data)["name"] == shop.name
    for block in head.split('<script type="application/ld+json">')[1:]:
        json.loads(block[: block.index("</script>")])  # each block is whole, valid JSON


def test_an_unpublished_shop_says_nothing(client, db):
    shop = make_shop()
    make_product(shop, name="Baguette")
    unpublish(shop)
    assert shop.status == ShopStatus.DRAFT
    response = client.get(storefront_url(shop))
    assert response.status_code == 404
    assert b"application/ld+json" not in response.content and b"Baguette" not in response.content


def test_the_data_costs_no_query_per_product(client, db):
    """Photos and all: a page of twelve products costs what a page of two does."""

    def queries(count: int) -> int:
        shop = make_shop(cover=make_image("devanture"))
        for number in range(count):
            make_product(shop, name=f"Produit {number}", photo=make_image(f"photo-{number}"))
        client.get(storefront_url(shop))  # the renditions made once, as for any visitor
        local_tier.clear()
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            _, _, data = read(client, shop)
        assert len(products_of(data)) == count
        return len(captured)

    assert queries(12) == queries(2)


# --- The stored copy stays true -------------------------------------------------------------


def test_a_new_price_shows_in_the_data_of_the_next_anonymous_visit(client, db):
    shop = make_shop()
    bread = make_product(shop, name="Baguette", price=Decimal("1.20"), stock=3)
    first, _, data = read(client, shop)
    assert first[HEADER] == "miss"
    assert product_named(data, "Baguette")["offers"]["price"] == "1.20"
    second, _, data = read(client, shop)
    assert second[HEADER] == "hit"

    fields = {name: getattr(bread, name) for name in catalogue.PRODUCT_FIELDS}
    catalogue.save_product(shop, bread, {**fields, "price": Decimal("1.35"), "stock": 0})

    third, _, data = read(client, shop)
    assert third[HEADER] == "miss"
    offer = product_named(data, "Baguette")["offers"]
    assert offer["price"] == "1.35"
    assert offer["availability"] == "https://schema.org/OutOfStock"
