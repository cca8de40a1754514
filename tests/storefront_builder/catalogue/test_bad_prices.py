"""Prices no shop can have (1e27, NaN, Infinity, -0, 12,345,67) in the product form, the
bulk edit and the CSV/XLSX import: a French message on the field or the line, nothing saved.
Product.price has 8 digits, 2 after the point: 1e27 made Decimal.quantize raise (a 500)."""

from decimal import Decimal

import pytest
from django.urls import reverse

from storefront_builder.catalogue.values import parse_price
from storefront_builder.models import CatalogueImport, Product
from tests.storefront_builder.catalogue.factories import make_product
from tests.storefront_builder.catalogue.test_import import send, xlsx_bytes
from tests.storefront_builder.catalogue.test_products import ADD, product_data

pytestmark = pytest.mark.django_db

BAD_PRICES = [
    "1e27",
    "1E+27",
    "1e999999999",
    "NaN",
    "sNaN",
    "Infinity",
    "-Infinity",
    "12,345,67",
    "9" * 40,
    "1000000",
    "-1",
    "0,001",
    "\x00",
]


@pytest.mark.parametrize("typed", BAD_PRICES)
def test_parse_price_refuses_with_a_french_message(typed):
    with pytest.raises(ValueError, match="prix|Prix"):
        parse_price(typed)


@pytest.mark.parametrize("number", [1e27, float("nan"), float("inf"), 1e6, -0.5])
def test_parse_price_refuses_spreadsheet_numbers_out_of_range(number):
    with pytest.raises(ValueError):
        parse_price(number)


def test_minus_zero_is_zero():
    price = parse_price("-0")
    assert price == 0 and not price.is_signed()


@pytest.mark.parametrize("typed", BAD_PRICES)
def test_the_product_form_refuses_and_saves_nothing(owner_client, shop, typed):
    response = owner_client.post(ADD, product_data(price=typed))
    assert response.status_code == 400 or response.status_code == 200
    assert "prix" in response.content.decode().lower()
    assert not Product.objects.exists()


def test_the_bulk_edit_refuses_a_huge_price_and_changes_nothing(owner_client, shop):
    product = make_product(shop, price=Decimal("2.00"))
    price = "2,00"
    data = {
        "product": [str(product.pk)],
        f"p{product.pk}-price": "1e27",
        f"initial-p{product.pk}-price": price,
        f"p{product.pk}-stock": "",
        f"initial-p{product.pk}-stock": "",
        f"initial-p{product.pk}-visible": "True",
        f"p{product.pk}-visible": "on",
    }
    response = owner_client.post(reverse("shops:products"), data)
    assert response.status_code == 400
    product.refresh_from_db()
    assert product.price == Decimal("2.00")


def test_the_csv_import_reports_each_bad_price_by_line(owner_client, shop):
    rows = "".join(
        f"Produit {n};{price}\r\n"
        for n, price in enumerate(["1e27", "NaN", "Infinity", "12,345,67"])
    )
    send(owner_client, "prix.csv", ("Nom;Prix\r\n" + rows + "Bon;2,50\r\n").encode())
    catalogue_import = CatalogueImport.objects.get()
    assert [(error["line"], error["column"]) for error in catalogue_import.errors] == [
        (2, "Prix"),
        (3, "Prix"),
        (4, "Prix"),
        (5, "Prix"),
    ]
    assert [row["name"] for row in catalogue_import.rows] == ["Bon"]
    assert not Product.objects.exists()


def test_the_xlsx_import_reports_huge_and_infinite_numbers(owner_client, shop):
    content = xlsx_bytes([["Nom", "Prix"], ["Énorme", 1e27], ["Moins zéro", -0.0], ["Bon", 2.5]])
    send(
        owner_client,
        "prix.xlsx",
        content,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    catalogue_import = CatalogueImport.objects.get()
    assert [error["line"] for error in catalogue_import.errors] == [2]
    assert [row["name"] for row in catalogue_import.rows] == ["Moins zéro", "Bon"]
    assert not Product.objects.exists()
