"""The directory's and a storefront's searches with hostile text: never a 500 (a NUL was a
DataError on PostgreSQL), the words still found."""

import pytest
from django.urls import reverse

from tests.hostile_input import HOSTILE_QUERIES, HUGE_ID
from tests.storefront_builder.storefront.factories import make_product

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_the_directory_answers_any_query(client, shop, query):
    for name in ("q", "commune", "code_postal", "categorie"):
        response = client.get(reverse("shops:directory"), {name: query})
        assert response.status_code == 200, name


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_the_storefront_answers_any_query(client, shop, query):
    make_product(shop, name="Pain de campagne")
    url = reverse("shops:storefront", args=[shop.slug])
    for name in ("q", "rayon"):
        assert client.get(url, {name: query}).status_code == 200, name


def test_a_nul_or_a_quote_does_not_hide_the_words(client, shop):
    make_product(shop, name="Pain de campagne")
    url = reverse("shops:storefront", args=[shop.slug])
    assert "Pain de campagne" in client.get(url, {"q": '"campagne\x00'}).content.decode()
    directory = client.get(reverse("shops:directory"), {"q": f'"{shop.name}\x00'})
    assert shop.name in directory.content.decode()


@pytest.mark.parametrize("page", ["10" * 30, HUGE_ID, "-1", "abc", "\x00", "1e9"])
def test_any_page_number_shows_a_page(client, shop, page):
    make_product(shop)
    assert client.get(reverse("shops:directory"), {"page": page}).status_code == 200
    url = reverse("shops:storefront", args=[shop.slug])
    assert client.get(url, {"page": page}).status_code == 200


@pytest.mark.parametrize("typed", [HUGE_ID, "²", "٣", "-1", "\x00"])
def test_removing_a_product_that_cannot_be_in_the_basket_changes_nothing(client, shop, typed):
    product = make_product(shop)
    client.post(
        reverse("shops:basket_add", args=[shop.slug]), {"product": product.pk, "quantity": 1}
    )
    basket = reverse("shops:basket", args=[shop.slug])
    response = client.post(basket, {"retirer": typed, f"quantite-{product.pk}": "1"})
    assert response.status_code in (200, 302)
    assert product.name in client.get(basket).content.decode()


@pytest.mark.parametrize("typed", [HUGE_ID, "²", "-1", "\x00", "abc"])
def test_adding_a_product_that_cannot_exist_is_a_clear_400(client, shop, typed):
    response = client.post(reverse("shops:basket_add", args=[shop.slug]), {"product": typed})
    assert response.status_code == 400
    assert "n&#x27;a pas pu être ajouté" in response.content.decode()


@pytest.mark.parametrize("quantity", ["-3", "0", "10" * 30, HUGE_ID, "1e3", "\x00", "²"])
def test_odd_basket_quantities_are_refused_with_a_message(client, shop, quantity):
    product = make_product(shop)
    client.post(
        reverse("shops:basket_add", args=[shop.slug]), {"product": product.pk, "quantity": 1}
    )
    basket = reverse("shops:basket", args=[shop.slug])
    response = client.post(basket, {f"quantite-{product.pk}": quantity})
    if quantity == "0":  # 0 takes it out of the basket
        assert response.status_code == 302
        return
    assert response.status_code == 400
    added = client.post(
        reverse("shops:basket_add", args=[shop.slug]), {"product": product.pk, "quantity": quantity}
    )
    assert added.status_code == 400


@pytest.mark.parametrize("suffix", ["?q=a\nb", "?q=a\r\nSet-Cookie: x=1", "?q=\x00", None])
def test_an_odd_return_address_still_brings_her_back(client, shop, suffix):
    product = make_product(shop)
    url = reverse("shops:storefront", args=[shop.slug])
    target = "http://[" if suffix is None else url + suffix
    response = client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": product.pk, "quantity": 1, "next": target},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(url)
    assert "\n" not in response["Location"] and "\x00" not in response["Location"]
