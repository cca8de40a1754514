"""Only the owner reaches her products: others get a 404, visitors the login page."""

from decimal import Decimal

import pytest
from django.urls import reverse

from storefront_builder.catalogue import services
from storefront_builder.models import CatalogueImport, Product
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.catalogue.factories import make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def foreign(other_shop):
    product = make_product(other_shop, name="Comté 24 mois", category="Fromages")
    catalogue_import = services.store_import(
        other_shop,
        "fromages.csv",
        [
            {
                "line": 2,
                "name": "Brie",
                "description": "",
                "price": "5.00",
                "vat_rate": "5.5",
                "stock": None,
                "category": "",
                "visible": True,
            }
        ],
        [],
    )
    return product, catalogue_import


def test_another_owner_gets_404_on_foreign_urls(owner_client, foreign):
    product, catalogue_import = foreign
    for name in ("shops:product_edit", "shops:product_delete"):
        url = reverse(name, args=[product.pk])
        assert owner_client.get(url).status_code == 404
        assert owner_client.post(url, {"name": "Pirate", "price": "1"}).status_code == 404
    assert (
        owner_client.post(reverse("shops:product_duplicate", args=[product.pk])).status_code == 404
    )
    report = reverse("shops:product_import_report", args=[catalogue_import.pk])
    assert owner_client.get(report).status_code == 404
    assert owner_client.post(report, {"action": "apply"}).status_code == 404
    product.refresh_from_db()
    catalogue_import.refresh_from_db()
    assert product.name == "Comté 24 mois"
    assert Product.objects.filter(shop=product.shop).count() == 1
    assert catalogue_import.state == CatalogueImport.State.PENDING


def test_list_never_shows_another_shops_products(owner_client, shop, foreign):
    make_product(shop, name="Baguette")
    html = owner_client.get(reverse("shops:products")).content.decode()
    assert "Baguette" in html
    assert "Comté" not in html


def test_bulk_edit_ignores_foreign_product_ids(owner_client, shop, foreign):
    product, _ = foreign
    data = {
        "product": [str(product.pk)],
        f"p{product.pk}-price": "0,01",
        f"p{product.pk}-stock": "0",
    }
    owner_client.post(reverse("shops:products"), data)
    product.refresh_from_db()
    assert (product.price, product.stock) == (Decimal("1.30"), None)


def test_anonymous_visitors_are_sent_to_login(client):
    for url in (
        reverse("shops:products"),
        reverse("shops:product_add"),
        reverse("shops:product_edit", args=[1]),
        reverse("shops:product_import"),
        reverse("shops:product_import_template"),
        reverse("shops:product_import_report", args=[1]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/compte/" in response["Location"] or "login" in response["Location"]
    assert client.post(reverse("shops:product_duplicate", args=[1])).status_code == 302


def test_advisors_are_refused(client, advisor):
    client.force_login(advisor)
    assert client.get(reverse("shops:products")).status_code == 403


def test_owner_without_shop_is_sent_to_the_wizard(client):
    client.force_login(OwnerFactory())
    response = client.get(reverse("shops:products"))
    assert response.status_code == 302
    assert response["Location"].endswith("/ma-boutique/identite/")
