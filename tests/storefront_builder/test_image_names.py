"""An owner's image is stored under a name the server chose from its content.

A real PNG with a script appended passes every check of its content (Pillow stops reading at
the end of the image), so if the browser's name ``logo.html`` were kept, the original would be
served from our domain as an HTML page. Whatever the upload is called, the stored name must
carry the extension of what the file really is, so that any server infers an image type.
"""

import io
import mimetypes
import re
from pathlib import PurePosixPath

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model

from storefront_builder.models import Product, Shop
from tests.storefront_builder.catalogue.factories import make_shop

pytestmark = pytest.mark.django_db

BRANDING = "/ma-boutique/apparence/"
SCRIPT = b"<html><script>alert(document.cookie)</script></html>"


def scripted_image(name: str, fmt: str = "PNG") -> SimpleUploadedFile:
    """A valid image whose bytes end with an HTML page, sent under ``name``."""
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 80, 40)).save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue() + SCRIPT, content_type="text/html")


def assert_named_as(image, extension: str) -> None:
    stored = PurePosixPath(image.file.name)
    assert stored.suffix == extension
    assert stored.parent.name == "original_images"
    guessed, _ = mimetypes.guess_type(stored.name)
    assert guessed is not None and guessed.startswith("image/")
    assert guessed != "image/svg+xml"
    assert "logo" not in stored.name and "cover" not in stored.name  # never the browser's name


@pytest.mark.parametrize(
    ("logo_name", "cover_name", "fmt", "extension"),
    [
        ("logo.html", "cover.svg", "PNG", ".png"),
        ("logo.htm", "cover.xhtml", "JPEG", ".jpg"),
        ("logo", "cover.png.html", "WEBP", ".webp"),
    ],
)
def test_logo_and_cover_are_named_from_their_content(
    client, owner, logo_name, cover_name, fmt, extension
):
    make_shop(owner)
    client.force_login(owner)
    response = client.post(
        BRANDING,
        {
            "palette": "prune",
            "logo": scripted_image(logo_name, fmt),
            "cover": scripted_image(cover_name, fmt),
        },
    )
    assert response.status_code == 302
    shop = Shop.objects.get(owner=owner)
    assert_named_as(shop.logo, extension)
    assert_named_as(shop.cover, extension)


def test_product_photo_is_named_from_its_content(client, owner):
    make_shop(owner)
    client.force_login(owner)
    data = {
        "name": "Pain au chocolat",
        "description": "",
        "price": "1,20",
        "vat_rate": "5.5",
        "stock": "",
        "category": "Viennoiseries",
        "visible": "on",
        "photo": scripted_image("logo.html"),
    }
    response = client.post(reverse("shops:product_add"), data)
    assert response.status_code == 302
    assert_named_as(Product.objects.get(name="Pain au chocolat").photo, ".png")


def test_a_kept_photo_is_named_from_its_content(client, owner):
    """The photo kept while another field is corrected goes through the same naming."""
    make_shop(owner)
    client.force_login(owner)
    data = {
        "name": "Tarte",
        "description": "",
        "price": "deux euros",
        "vat_rate": "5.5",
        "stock": "",
        "category": "Pâtisseries",
        "visible": "on",
        "photo": scripted_image("cover.svg", "JPEG"),
    }
    response = client.post(reverse("shops:product_add"), data)
    assert response.status_code == 400
    kept = re.search(r'name="photo_conservee" value="(\d+)"', response.content.decode())[1]
    assert_named_as(get_image_model().objects.get(pk=kept), ".jpg")
