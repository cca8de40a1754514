"""Adding, editing, copying and deleting products one by one."""

import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from storefront_builder.catalogue.selectors import categories_of, suggested_categories
from storefront_builder.catalogue.values import default_vat_rate
from storefront_builder.models import Product
from tests.storefront_builder.catalogue.factories import make_product, make_shop, png_bytes

pytestmark = pytest.mark.django_db

ADD = reverse("shops:product_add")


def product_data(**changes):
    data = {
        "name": "Pain au chocolat",
        "description": "Pur beurre.",
        "price": "1,20",
        "vat_rate": "5.5",
        "stock": "",
        "category": "Viennoiseries",
        "visible": "on",
    }
    return {**data, **changes}


@pytest.mark.parametrize(
    ("typed", "expected"), [("4,50", "4.50"), ("4.5", "4.50"), ("1 234,5 €", "1234.50")]
)
def test_add_accepts_french_and_english_decimals(owner_client, shop, typed, expected):
    response = owner_client.post(ADD, product_data(price=typed, stock="12"))
    assert response.status_code == 302
    assert response["Location"] == reverse("shops:products")
    product = Product.objects.get(shop=shop)
    assert product.price == Decimal(expected)
    assert product.stock == 12
    assert product.category == "Viennoiseries"
    assert product.visible is True


def test_add_page_offers_defaults_and_rayon_suggestions(owner_client, shop):
    make_product(shop, category="Sandwichs")
    response = owner_client.get(ADD)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<datalist id="rayons-suggeres">' in html
    for rayon in ("Sandwichs", "Pains", "Viennoiseries", "Pâtisseries", "Traiteur"):
        assert f'<option value="{rayon}">' in html
    assert response.context["form"].initial["vat_rate"] == "5.5"


@pytest.mark.parametrize(
    ("category", "rate"),
    [
        ("bakery", "5.5"),
        ("bookshop", "5.5"),
        ("cheese", "5.5"),
        ("wine", "20.0"),
        ("florist", "20.0"),
    ],
)
def test_default_vat_rate_follows_the_kind_of_shop(owner, category, rate):
    shop = make_shop(owner, category=category)
    assert default_vat_rate(shop) == rate


def test_suggestions_put_used_rayons_first_without_near_duplicates(shop):
    make_product(shop, category="pains")
    make_product(shop, name="Éclair", category="Desserts")
    assert categories_of(shop) == ["Desserts", "pains"]
    suggestions = suggested_categories(shop)
    assert suggestions[:2] == ["Desserts", "pains"]
    assert "Pains" not in suggestions
    assert "Viennoiseries" in suggestions


def test_save_and_add_another_keeps_the_rayon(owner_client, shop):
    response = owner_client.post(ADD, product_data(next="another"))
    assert response.status_code == 302
    assert response["Location"] == ADD + "?rayon=Viennoiseries"
    page = owner_client.get(response["Location"])
    assert 'value="Viennoiseries"' in page.content.decode()


def test_edit_with_french_decimal_and_unlimited_stock(owner_client, shop):
    product = make_product(shop, stock=4)
    url = reverse("shops:product_edit", args=[product.pk])
    page = owner_client.get(url)
    assert 'value="1,30"' in page.content.decode()
    response = owner_client.post(url, product_data(name="Baguette", price="1,35", stock="illimité"))
    assert response.status_code == 302
    product.refresh_from_db()
    assert (product.name, product.price, product.stock) == ("Baguette", Decimal("1.35"), None)


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("price", "quatre euros", "Indiquez un prix en euros"),
        ("price", "-2", "Le prix ne peut pas être négatif"),
        ("price", "4,555", "deux chiffres après la virgule"),
        ("price", "", "Indiquez le prix"),
        ("stock", "-1", "Le stock ne peut pas être négatif"),
        ("stock", "2,5", "Le stock est un nombre entier"),
        ("stock", "beaucoup", "Indiquez un nombre entier"),
    ],
)
def test_invalid_price_or_stock_is_refused_with_values_kept(
    owner_client, shop, field, typed, message
):
    product = make_product(shop)
    url = reverse("shops:product_edit", args=[product.pk])
    response = owner_client.post(url, product_data(name="Nom tapé", **{field: typed}))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'value="Nom tapé"' in html
    if typed:
        assert f'value="{typed}"' in html
    product.refresh_from_db()
    assert product.name == "Baguette tradition"
    assert Product.objects.count() == 1


def test_photo_upload_is_kept_then_removed(owner_client, shop):
    photo = SimpleUploadedFile("croissant.png", png_bytes(), content_type="image/png")
    response = owner_client.post(ADD, {**product_data(), "photo": photo})
    assert response.status_code == 302
    product = Product.objects.get(shop=shop)
    assert product.photo is not None
    image_id = product.photo_id

    url = reverse("shops:product_edit", args=[product.pk])
    page = owner_client.get(url)
    assert page.status_code == 200
    assert "<img" in page.content.decode()
    owner_client.post(url, product_data(price="1,25"))  # no new photo: the current one stays
    product.refresh_from_db()
    assert product.photo_id == image_id and product.price == Decimal("1.25")

    owner_client.post(url, product_data(remove_photo="on"))
    product.refresh_from_db()
    assert product.photo_id is None


def test_a_fake_image_is_refused(owner_client, shop):
    fake = SimpleUploadedFile("photo.png", b"<html><script>alert(1)</script></html>", "image/png")
    response = owner_client.post(ADD, {**product_data(name="Tarte"), "photo": fake})
    assert response.status_code == 400
    assert "n&#x27;est pas une image lisible" in response.content.decode()
    assert 'value="Tarte"' in response.content.decode()
    assert not Product.objects.exists()


def test_duplicate_creates_a_hidden_copy(owner_client, shop):
    product = make_product(shop, description="Levain", stock=3)
    response = owner_client.post(reverse("shops:product_duplicate", args=[product.pk]))
    copy = Product.objects.exclude(pk=product.pk).get()
    assert response["Location"] == reverse("shops:product_edit", args=[copy.pk])
    assert copy.name == "Copie de Baguette tradition"
    assert copy.visible is False
    assert (copy.price, copy.stock, copy.category, copy.description) == (
        product.price,
        3,
        "Pains",
        "Levain",
    )
    assert (
        owner_client.get(reverse("shops:product_duplicate", args=[product.pk])).status_code == 405
    )


def test_delete_asks_then_deletes(owner_client, shop):
    product = make_product(shop)
    url = reverse("shops:product_delete", args=[product.pk])
    page = owner_client.get(url)
    assert page.status_code == 200
    assert "Oui, supprimer le produit" in page.content.decode()
    assert Product.objects.filter(pk=product.pk).exists()
    response = owner_client.post(url)
    assert response.status_code == 302
    assert not Product.objects.filter(pk=product.pk).exists()


def test_a_chosen_photo_is_kept_when_another_field_is_wrong(owner_client, shop):
    photo = SimpleUploadedFile("croissant.png", png_bytes(), content_type="image/png")
    response = owner_client.post(ADD, {**product_data(price="deux euros"), "photo": photo})
    assert response.status_code == 400
    assert not Product.objects.exists()
    html = response.content.decode()
    assert "Photo conservée : croissant.png" in html
    assert "choisissez à nouveau la photo" not in html
    kept = re.search(r'name="photo_conservee" value="(\d+)"', html)[1]

    # Corrected, without choosing the photo again: the product gets the kept one.
    response = owner_client.post(ADD, {**product_data(), "photo_conservee": kept})
    assert response.status_code == 302
    product = Product.objects.get()
    assert product.photo_id == int(kept)
    # Used once: the next product does not inherit it.
    owner_client.post(ADD, {**product_data(name="Chausson"), "photo_conservee": kept})
    assert Product.objects.get(name="Chausson").photo_id is None


def test_a_kept_photo_cannot_be_claimed_by_id(owner_client, shop, other_shop):
    from tests.storefront_builder.storefront.factories import make_image

    someone_elses = make_image("secret")
    response = owner_client.post(ADD, {**product_data(), "photo_conservee": str(someone_elses.pk)})
    assert response.status_code == 302
    assert Product.objects.get().photo_id is None
