"""The product list: grouped, searched, paginated, edited in bulk, in constant queries."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from storefront_builder.images import image_from_upload
from storefront_builder.models import Product
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.catalogue.factories import make_product, make_shop, png_bytes

pytestmark = pytest.mark.django_db

LIST = reverse("shops:products")


def bulk_data(products, **changes):
    """What the list's form posts for ``products`` unchanged, with ``changes`` on top."""
    data = {"product": [str(product.pk) for product in products]}
    for product in products:
        price = str(product.price).replace(".", ",")
        stock = "" if product.stock is None else str(product.stock)
        data[f"p{product.pk}-price"] = data[f"initial-p{product.pk}-price"] = price
        data[f"p{product.pk}-stock"] = data[f"initial-p{product.pk}-stock"] = stock
        data[f"initial-p{product.pk}-visible"] = str(product.visible)
        if product.visible:
            data[f"p{product.pk}-visible"] = "on"
    data.update(changes)
    return data


def test_list_groups_by_rayon_and_searches(owner_client, shop):
    make_product(shop, name="Croissant", category="Viennoiseries")
    make_product(shop, name="Baguette", category="Pains")
    make_product(shop, name="Sac en tissu", category="")
    response = owner_client.get(LIST)
    groups = [
        (category, [row.product.name for row in rows])
        for category, rows in response.context["groups"]
    ]
    assert groups == [
        ("", ["Sac en tissu"]),
        ("Pains", ["Baguette"]),
        ("Viennoiseries", ["Croissant"]),
    ]
    assert "Sans rayon" in response.content.decode()

    response = owner_client.get(LIST, {"q": "croiss"})
    assert [row.product.name for _, rows in response.context["groups"] for row in rows] == [
        "Croissant"
    ]


def test_list_sorts_rayons_the_french_way(owner_client, shop):
    for name, category in [("Lentilles", "Vrac"), ("Miel", "Épicerie"), ("Jus", "Boissons")]:
        make_product(shop, name=name, category=category)
    response = owner_client.get(LIST)
    assert [category for category, _rows in response.context["groups"]] == [
        "Boissons",
        "Épicerie",
        "Vrac",
    ]


def test_list_is_paginated_by_fifty(owner_client, shop):
    Product.objects.bulk_create(
        Product(shop=shop, name=f"Produit {n:03}", price=Decimal("1.00")) for n in range(120)
    )
    first = owner_client.get(LIST)
    assert sum(len(rows) for _, rows in first.context["groups"]) == 50
    assert "Page 1 sur 3" in first.content.decode()
    last = owner_client.get(LIST, {"page": 3})
    assert sum(len(rows) for _, rows in last.context["groups"]) == 20


def test_bulk_edit_saves_changed_rows(owner_client, shop):
    bread = make_product(shop, name="Baguette")
    cake = make_product(shop, name="Flan", category="Pâtisseries", stock=5)
    data = bulk_data(
        [bread, cake],
        **{f"p{bread.pk}-price": "1,40", f"p{cake.pk}-stock": "", f"p{cake.pk}-visible": ""},
    )
    data.pop(f"p{cake.pk}-visible")
    response = owner_client.post(LIST, data)
    assert response.status_code == 302
    bread.refresh_from_db()
    cake.refresh_from_db()
    assert bread.price == Decimal("1.40")
    assert (cake.stock, cake.visible) == (None, False)


def test_bulk_edit_saves_nothing_when_a_row_is_wrong(owner_client, shop):
    bread = make_product(shop, name="Baguette")
    cake = make_product(shop, name="Flan", category="Pâtisseries", stock=5)
    data = bulk_data(
        [bread, cake],
        **{f"p{bread.pk}-price": "1,40", f"p{cake.pk}-stock": "-3", f"p{cake.pk}-price": "abc"},
    )
    response = owner_client.post(LIST, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Rien n'a été enregistré" in html
    assert "Le stock ne peut pas être négatif" in html
    assert "Indiquez un prix en euros" in html
    assert 'value="1,40"' in html and 'value="-3"' in html and 'value="abc"' in html
    bread.refresh_from_db()
    cake.refresh_from_db()
    assert (bread.price, cake.stock, cake.price) == (Decimal("1.30"), 5, Decimal("1.30"))


def queries_for_list(client) -> int:
    client.get(LIST)  # warm caches and create the thumbnails' renditions
    with CaptureQueriesContext(connection) as context:
        response = client.get(LIST)
    assert response.status_code == 200
    return len(context.captured_queries)


def fill(shop, count: int, photos) -> None:
    """``count`` products over seven rayons, one in two with one of ``photos``."""
    Product.objects.bulk_create(
        Product(
            shop=shop,
            name=f"Produit {n}",
            price=Decimal("2.00"),
            category=f"Rayon {n % 7}",
            photo=photos[n % len(photos)] if n % 2 else None,
        )
        for n in range(count)
    )


def photo(name: str):
    return image_from_upload(SimpleUploadedFile(name, png_bytes((120, 90))), title=name)


def test_list_queries_do_not_grow_with_products(client, owner, django_assert_max_num_queries):
    client.force_login(owner)
    fill(make_shop(owner), 5, [photo("a.png")])
    five = queries_for_list(client)

    other = OwnerFactory()
    fill(make_shop(other, slug="grande-boutique"), 120, [photo(f"p{n}.png") for n in range(3)])
    client.force_login(other)
    hundred_twenty = queries_for_list(client)
    assert five == hundred_twenty
    with django_assert_max_num_queries(five):
        assert client.get(LIST, {"page": 3}).status_code == 200


def test_list_offers_duplicate_and_delete_per_product(owner_client, shop):
    product = make_product(shop)
    html = owner_client.get(LIST).content.decode()
    assert f'formaction="{reverse("shops:product_duplicate", args=[product.pk])}"' in html
    assert f'href="{reverse("shops:product_delete", args=[product.pk])}"' in html


def test_bulk_edit_without_changes_writes_nothing(owner_client, shop):
    product = make_product(shop, stock=3)
    before = product.updated_at
    response = owner_client.post(LIST, bulk_data([product], **{f"p{product.pk}-price": "1.30"}))
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.updated_at == before


def test_bulk_edit_only_writes_what_the_owner_changed(owner_client, shop):
    bread = make_product(shop, name="Baguette", stock=10)
    cake = make_product(shop, name="Flan", category="Pâtisseries", stock=5)
    data = bulk_data([bread, cake], **{f"p{cake.pk}-price": "2,10"})
    Product.objects.filter(pk=bread.pk).update(stock=7)  # sold meanwhile, in another tab
    response = owner_client.post(LIST, data)
    assert response.status_code == 302
    bread.refresh_from_db()
    cake.refresh_from_db()
    assert (bread.stock, cake.price) == (7, Decimal("2.10"))


def test_a_new_price_does_not_put_back_a_stock_sold_meanwhile(owner_client, shop):
    bread = make_product(shop, name="Baguette", stock=10)
    data = bulk_data([bread], **{f"p{bread.pk}-price": "1,45"})
    Product.objects.filter(pk=bread.pk).update(stock=7)  # sold while the owner typed
    response = owner_client.post(LIST, data)
    assert response.status_code == 302
    bread.refresh_from_db()
    assert (bread.price, bread.stock) == (Decimal("1.45"), 7)


def test_bulk_form_keeps_what_the_owner_saw_after_an_error(owner_client, shop):
    bread = make_product(shop, name="Baguette")
    response = owner_client.post(LIST, bulk_data([bread], **{f"p{bread.pk}-price": "abc"}))
    assert response.status_code == 400
    html = response.content.decode()
    assert f'name="initial-p{bread.pk}-price" value="1,30"' in html
