"""Shops for the wizard's tests: a complete identity, then hours, windows and products on demand."""

import datetime
import io
from decimal import Decimal

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage

from storefront_builder.models import OpeningHours, PickupWindow, Product, Shop
from storefront_builder.sanitise import render_description
from tests.accounts.factories import OwnerFactory


class ShopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Shop

    owner = factory.SubFactory(OwnerFactory)
    name = factory.Sequence(lambda n: f"Boulangerie n°{n}")
    slug = factory.Sequence(lambda n: f"boulangerie-{n}")
    category = "bakery"
    street_address = "12 rue des Lilas"
    postcode = "69004"
    commune = "Lyon"
    phone = "04 78 12 34 56"
    description = "Pain au levain, **viennoiseries** maison."
    description_html = factory.LazyAttribute(lambda shop: render_description(shop.description))
    completed_steps = factory.LazyFunction(lambda: ["identity"])


def add_hours(shop, weekdays=range(6)):
    OpeningHours.objects.bulk_create(
        OpeningHours(shop=shop, weekday=day, opens=datetime.time(8), closes=datetime.time(19))
        for day in weekdays
    )


def add_windows(shop, weekdays=range(6)):
    PickupWindow.objects.bulk_create(
        PickupWindow(shop=shop, weekday=day, starts=datetime.time(10), ends=datetime.time(18))
        for day in weekdays
    )


def add_product(shop, *, visible=True, name="Baguette tradition"):
    return Product.objects.create(shop=shop, name=name, price=Decimal("1.30"), visible=visible)


def complete_shop(**kwargs) -> Shop:
    """A shop with everything publication asks for."""
    shop = ShopFactory(completed_steps=["identity", "branding", "payment"], **kwargs)
    add_hours(shop)
    add_windows(shop)
    add_product(shop)
    return shop


def image_upload(name="photo.png", size=(64, 48), fmt="PNG", colour=(200, 80, 40)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, colour).save(buffer, fmt)
    content_type = {"PNG": "image/png", "JPEG": "image/jpeg"}.get(fmt, "image/png")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)
