"""Two demo shops, published, with products, pictures and pickup slots: a bakery and a bookshop.

The bakery belongs to the demo owner (her business is the bakery of ``onboarding.profile.demo``);
the
bookshop to a second demo owner, so that the directory and the storefronts have something to
show and an order can be placed at once. Pictures are drawn here (a coloured card with the
product's name) rather than shipped, so the demo needs no binary files. Safe to run twice.
"""

import hashlib
import io
from datetime import time
from decimal import Decimal

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from core.pdf import FONT_FILES, static_file
from storefront_builder.models import (
    OpeningHours,
    PickupWindow,
    Product,
    Shop,
    ShopCategory,
    ShopStatus,
)

BAKERY = {
    "slug": "boulangerie-du-plateau",
    "name": "Boulangerie du Plateau",
    "category": ShopCategory.BAKERY,
    "street_address": "12 rue d'Austerlitz",
    "postcode": "69004",
    "commune": "Lyon",
    "phone": "04 78 28 12 34",
    "palette": "soleil",
    "description": (
        "Pains au levain, viennoiseries pur beurre et pâtisseries du jour, cuits sur place "
        "à la Croix-Rousse.\n\nCommandez avant 18 h, retirez le lendemain dès 7 h. "
        "Nos farines viennent du moulin de Saint-Rambert : https://example.org/moulin"
    ),
    "pickup_instructions": "Présentez votre numéro de commande à la caisse de droite.",
    "colour": (181, 122, 46),
    "hours": [
        (1, 7, 13),
        (1, 15, 19),
        (2, 7, 13),
        (2, 15, 19),
        (3, 7, 13),
        (3, 15, 19),
        (4, 7, 13),
        (4, 15, 19),
        (5, 7, 19),
        (6, 7, 13),
    ],
    "pickup": [
        (1, 7, 12),
        (1, 16, 19),
        (2, 7, 12),
        (2, 16, 19),
        (3, 7, 12),
        (3, 16, 19),
        (4, 7, 12),
        (4, 16, 19),
        (5, 8, 18),
        (6, 8, 12),
    ],
    "products": [
        ("Pains", "Baguette tradition", "Farine Label Rouge, pointage long.", "1.30", "5.5", None),
        ("Pains", "Pain au levain (1 kg)", "Levain naturel, croûte épaisse.", "6.80", "5.5", 12),
        ("Pains", "Pain aux céréales", "Graines de lin, tournesol, sésame.", "3.40", "5.5", 15),
        (
            "Viennoiseries",
            "Croissant pur beurre",
            "Beurre AOP Charentes-Poitou.",
            "1.20",
            "5.5",
            40,
        ),
        ("Viennoiseries", "Pain au chocolat", "Deux barres de chocolat noir.", "1.35", "5.5", 40),
        ("Viennoiseries", "Brioche aux pralines", "La spécialité lyonnaise.", "9.50", "5.5", 6),
        (
            "Pâtisseries",
            "Tarte aux pralines (6 parts)",
            "À commander la veille.",
            "22.00",
            "5.5",
            4,
        ),
        ("Pâtisseries", "Flan pâtissier", "Vanille de Madagascar, à la part.", "3.20", "5.5", 10),
    ],
}

BOOKSHOP = {
    "slug": "librairie-des-canuts",
    "name": "Librairie des Canuts",
    "category": ShopCategory.BOOKSHOP,
    "street_address": "3 place de la Croix-Rousse",
    "postcode": "69004",
    "commune": "Lyon",
    "phone": "04 72 00 45 67",
    "palette": "foret",
    "description": (
        "Librairie indépendante : romans, bandes dessinées, jeunesse et beaux livres.\n\n"
        "Un livre n'est pas en rayon ? Nous le commandons pour vous en 48 h."
    ),
    "pickup_instructions": "Les commandes vous attendent au comptoir, près de l'entrée.",
    "colour": (46, 110, 84),
    "hours": [(day, 10, 19) for day in range(1, 6)] + [(6, 10, 18)],
    "pickup": [(day, 10, 19) for day in range(1, 6)] + [(6, 10, 18)],
    "products": [
        ("Romans", "L'Anomalie – Hervé Le Tellier", "Prix Goncourt 2020, poche.", "9.20", "5.5", 5),
        (
            "Romans",
            "Veiller sur elle – Jean-Baptiste Andrea",
            "Prix Goncourt 2023.",
            "22.50",
            "5.5",
            3,
        ),
        ("Bandes dessinées", "Astérix – L'Iris blanc", "Album cartonné.", "10.99", "5.5", 8),
        (
            "Bandes dessinées",
            "Blacksad – tome 1",
            "Quelque part entre les ombres.",
            "15.95",
            "5.5",
            2,
        ),
        ("Jeunesse", "Le Petit Prince", "Édition Folio junior.", "7.40", "5.5", 6),
        ("Jeunesse", "Cherub – tome 1", "À partir de 12 ans.", "8.10", "5.5", 4),
        ("Papeterie", "Carnet ligné A5", "Papier recyclé, 96 pages.", "6.90", "20.0", None),
        ("Papeterie", "Chèque-cadeau 20 €", "Valable un an en boutique.", "20.00", "20.0", None),
    ],
}


def load_demo_shops(owner, second_owner) -> list[Shop]:
    """Publish the bakery (``owner``'s) and the bookshop (``second_owner``'s)."""
    return [_shop(owner, BAKERY), _shop(second_owner, BOOKSHOP)]


@transaction.atomic
def _shop(owner, spec: dict) -> Shop:
    from storefront_builder.sanitise import render_description
    from storefront_builder.slots import ensure_slots

    existing = Shop.objects.filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    fields = {
        key: spec[key]
        for key in (
            "slug",
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
    }
    shop = Shop.objects.create(
        owner=owner,
        business=owner.businesses.first(),
        description_html=render_description(spec["description"]),
        cover=_picture(spec["name"], spec["colour"], size=(1200, 500)),
        status=ShopStatus.PUBLISHED,
        published_at=timezone.now(),
        completed_steps=["identity", "branding", "hours", "pickup", "payment", "catalogue"],
        **fields,
    )
    OpeningHours.objects.bulk_create(
        OpeningHours(shop=shop, weekday=day - 1, opens=time(start), closes=time(end))
        for day, start, end in spec["hours"]
    )
    PickupWindow.objects.bulk_create(
        PickupWindow(shop=shop, weekday=day - 1, starts=time(start), ends=time(end))
        for day, start, end in spec["pickup"]
    )
    Product.objects.bulk_create(
        Product(
            shop=shop,
            category=category,
            name=name,
            description=description,
            price=Decimal(price),
            vat_rate=vat,
            stock=stock,
            position=position,
            photo=_picture(name, spec["colour"]),
        )
        for position, (category, name, description, price, vat, stock) in enumerate(
            spec["products"]
        )
    )
    ensure_slots(shop, start=timezone.localdate(), days=shop.booking_horizon_days)
    return shop


def _picture(text: str, colour: tuple[int, int, int], size=(800, 600)):
    """A card in the shop's colour with ``text`` on it, stored as a Wagtail image."""
    picture = PillowImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    try:
        font = ImageFont.truetype(str(static_file(FONT_FILES["bold"])), size[1] // 12)
    except OSError:
        font = ImageFont.load_default()
    words, lines = text.split(), [""]
    for word in words:
        candidate = f"{lines[-1]} {word}".strip()
        if draw.textlength(candidate, font=font) > size[0] * 0.8 and lines[-1]:
            lines.append(word)
        else:
            lines[-1] = candidate
    height = len(lines) * size[1] // 10
    for index, line in enumerate(lines):
        width = draw.textlength(line, font=font)
        y = (size[1] - height) // 2 + index * size[1] // 10
        draw.text(((size[0] - width) / 2, y), line, fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    image = get_image_model()(title=text[:255])
    name = hashlib.sha256(text.encode()).hexdigest()[:12]
    image.file.save(f"demo-{name}.jpg", ImageFile(buffer), save=False)
    # Read from the buffer's end, the dimensions would come out empty: they are known.
    image.width, image.height = size
    image.save()
    return image
