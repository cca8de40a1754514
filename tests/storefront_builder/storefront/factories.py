"""Published shops, products and slots for the storefront's tests and the SQLite race script."""

import io
import itertools
from datetime import time, timedelta
from decimal import Decimal

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from storefront_builder.models import PickupWindow, Product, Shop, ShopCategory, ShopStatus, Slot
from storefront_builder.search import index_shop
from tests.accounts.factories import OwnerFactory

_numbers = itertools.count(1)


def make_shop(owner=None, *, windows=True, **fields) -> Shop:
    """A published shop; with ``windows``, pickup from 9:00 to 12:00 every day."""
    number = next(_numbers)
    values = {
        "name": f"Boutique {number}",
        "slug": f"boutique-{number}",
        "category": ShopCategory.BAKERY,
        "street_address": "3 place du Marché",
        "postcode": "35000",
        "commune": "Rennes",
        "phone": "02 99 00 00 00",
        "status": ShopStatus.PUBLISHED,
        "published_at": timezone.now(),
        "slot_minutes": 30,
        "capacity_per_slot": 5,
        "lead_time_minutes": 60,
        "booking_horizon_days": 7,
        "pickup_instructions": "Sonnez à la porte de derrière.",
    }
    values.update(fields)
    shop = Shop.objects.create(owner=owner or OwnerFactory(), **values)
    if windows:
        PickupWindow.objects.bulk_create(
            PickupWindow(shop=shop, weekday=day, starts=time(9), ends=time(12)) for day in range(7)
        )
    return shop


def make_product(shop, **fields) -> Product:
    values = {"name": f"Produit {next(_numbers)}", "price": Decimal("2.50"), "stock": None}
    values.update(fields)
    return Product.objects.create(shop=shop, **values)


def make_products(shop, count: int, **fields) -> list[Product]:
    """Many products at once; bulk_create sends no signal, so the shop is indexed for search
    afterwards, as the catalogue import does."""
    products = Product.objects.bulk_create(
        Product(
            shop=shop,
            name=f"Pain spécial numéro {number}",
            description="Farine de meule, levain naturel, cuit au feu de bois. " * 3,
            price=Decimal("3.20"),
            stock=10,
            category=f"Rayon {number % 5}",
            position=number,
            **fields,
        )
        for number in range(count)
    )
    index_shop(shop.pk)
    return products


def tomorrow_at(hour: int = 10) -> float:
    """Hours from now to tomorrow at ``hour``, Paris time: a slot that pages call « demain »
    whatever the hour the tests run (26 hours ahead is the day after tomorrow after 22:00)."""
    now = timezone.localtime()
    target = (now + timedelta(days=1)).replace(hour=hour, minute=0, second=0, microsecond=0)
    return (target - now).total_seconds() / 3600


def make_slot(shop, *, in_hours: float = 24, capacity: int = 5, booked: int = 0, **fields) -> Slot:
    # A second apart at least: a shop has one slot per start.
    starts = timezone.now() + timedelta(hours=in_hours, seconds=next(_numbers))
    starts = starts.replace(microsecond=0)
    return Slot.objects.create(
        shop=shop,
        starts_at=starts,
        ends_at=starts + timedelta(minutes=shop.slot_minutes),
        capacity=capacity,
        booked=booked,
        **fields,
    )


def make_image(title: str = "photo"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (800, 600), (200, 120, 40)).save(buffer, "JPEG")
    buffer.seek(0)
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.jpg")
    )


def customer(**fields) -> dict:
    values = {
        "name": "Camille Martin",
        "email": "camille@example.org",
        "phone": "06 12 34 56 78",
    }
    values.update(fields)
    return values
