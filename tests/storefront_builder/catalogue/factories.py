"""Shops, products, images and files for the catalogue tests."""

import io
from decimal import Decimal

from PIL import Image

from storefront_builder.models import Product, Shop


def make_shop(owner, slug: str = "boulangerie-martin", **changes) -> Shop:
    values = {
        "owner": owner,
        "name": "Boulangerie Martin",
        "slug": slug,
        "category": "bakery",
        "street_address": "12 rue de la République",
        "postcode": "69004",
        "commune": "Lyon",
        "phone": "04 78 00 00 00",
    }
    return Shop.objects.create(**{**values, **changes})


def make_product(shop, name: str = "Baguette tradition", **changes) -> Product:
    values = {
        "shop": shop,
        "name": name,
        "price": Decimal("1.30"),
        "vat_rate": "5.5",
        "category": "Pains",
    }
    return Product.objects.create(**{**values, **changes})


def png_bytes(size=(8, 6), colour=(200, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def xlsx_bytes(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
