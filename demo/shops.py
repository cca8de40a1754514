"""Two demo shops, published, with products, pictures and pickup slots, read from
``demo/content/boutiques/``: the demo owner's bakery and a bookshop.

Each file names its owner's demo account; the bakery is the business of ``demo.business``, so
the directory and the storefronts have something to show and an order can be placed at once.
Safe to run twice.
"""

from decimal import Decimal
from functools import cache

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from demo.content import CONTENT_DIR
from demo.content.files import numbered, read_yaml
from demo.content.notation import colour, weekly_ranges
from demo.pictures import drawn_picture
from storefront_builder.models import OpeningHours, PickupWindow, Product, Shop, ShopStatus
from storefront_builder.search import index_shop

SHOPS_DIR = CONTENT_DIR / "boutiques"
SHOP_FIELDS = (
    "name",
    "category",
    "street_address",
    "postcode",
    "commune",
    "phone",
    "palette",
    "description",
    "pickup_instructions",
)
#: Where the shop is (WGS 84, as the wizard's map places it): optional in a file.
POSITION_FIELDS = ("latitude", "longitude")


@cache
def demo_shops() -> list[dict]:
    return [{**read_yaml(path), "slug": slug} for slug, path in numbered(SHOPS_DIR, suffix=".yaml")]


def load_demo_shops() -> list[Shop]:
    """Publish every demo shop, each for the demo account its file names."""
    return [_shop(spec) for spec in demo_shops()]


@transaction.atomic
def _shop(spec: dict) -> Shop:
    from storefront_builder.sanitise import render_description
    from storefront_builder.slots import extend_horizon

    existing = Shop.objects.filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    owner = User.objects.get(email=spec["owner"])
    tint = colour(spec["colour"])
    shop = Shop.objects.create(
        owner=owner,
        business=owner.businesses.first(),
        slug=spec["slug"],
        description_html=render_description(spec["description"]),
        cover=drawn_picture(spec["name"], tint, size=(1200, 500)),
        status=ShopStatus.PUBLISHED,
        published_at=timezone.now(),
        completed_steps=["identity", "branding", "hours", "pickup", "payment", "catalogue"],
        **{key: spec[key] for key in SHOP_FIELDS},
        **{key: Decimal(spec[key]) for key in POSITION_FIELDS if spec.get(key)},
    )
    OpeningHours.objects.bulk_create(
        OpeningHours(shop=shop, weekday=day, opens=opens, closes=closes)
        for day, opens, closes in weekly_ranges(spec["opening_hours"])
    )
    PickupWindow.objects.bulk_create(
        PickupWindow(shop=shop, weekday=day, starts=starts, ends=ends)
        for day, starts, ends in weekly_ranges(spec["pickup_hours"])
    )
    Product.objects.bulk_create(
        Product(
            shop=shop,
            category=product["category"],
            name=product["name"],
            description=product["description"],
            price=Decimal(str(product["price"])),
            vat_rate=str(product["vat_rate"]),
            stock=product.get("stock"),
            position=position,
            photo=drawn_picture(product["name"], tint),
        )
        for position, product in enumerate(spec["products"])
    )
    index_shop(shop.pk)  # bulk_create sends no post_save
    extend_horizon(shop)
    return shop
