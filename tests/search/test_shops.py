"""The directory and the storefronts search like the catalogue: stemming, accents, synonyms
and typos, the directory finding a shop by what it sells."""

import pytest
from django.urls import reverse

from core.search.models import SearchMiss
from tests.storefront_builder.storefront.factories import make_product, make_shop

pytestmark = pytest.mark.django_db


@pytest.fixture
def bakery(db):
    shop = make_shop(name="Fournil du marché")
    make_product(shop, name="Baguette tradition", description="Farine locale.", category="Pains")
    make_product(
        shop, name="Éclair au café", description="Crème pâtissière.", category="Pâtisseries"
    )
    make_product(shop, name="Pain caché", visible=False)
    return shop


def names(response) -> str:
    return response.content.decode()


def test_the_directory_finds_a_shop_by_what_it_sells(client, bakery):
    other = make_shop(name="Librairie des Halles")
    make_product(other, name="Roman policier")
    html = names(client.get(reverse("shops:directory"), {"q": "baguettes"}))
    assert "Fournil du marché" in html and "Librairie des Halles" not in html
    html = names(client.get(reverse("shops:directory"), {"q": "eclairs"}))
    assert "Fournil du marché" in html


def test_the_directory_counts_what_it_could_not_find(client, bakery):
    client.get(reverse("shops:directory"), {"q": "vélo électrique"})
    assert SearchMiss.objects.get().scope == "directory"


def test_a_storefront_search_is_stemmed_and_forgives_typos(client, bakery):
    url = reverse("shops:storefront", args=[bakery.slug])
    html = names(client.get(url, {"q": "eclairs"}))
    assert "Éclair au café" in html and "Baguette tradition" not in html
    html = names(client.get(url, {"q": "baguete"}))
    assert "Baguette tradition" in html
    assert "Pain caché" not in names(client.get(url, {"q": "caché"}))


def test_a_renamed_product_is_found_by_its_new_name(client, bakery):
    product = bakery.products.get(name="Baguette tradition")
    product.name = "Fougasse aux olives"
    product.save()
    url = reverse("shops:storefront", args=[bakery.slug])
    assert "Fougasse aux olives" in names(client.get(url, {"q": "olive"}))
    assert "Fougasse" not in names(client.get(url, {"q": "baguette"}))


def test_an_erased_merchant_leaves_the_index(client, db):
    from accounts.privacy import erase_account
    from core.search.models import SearchDocument
    from tests.accounts.factories import OwnerFactory

    owner = OwnerFactory()
    shop = make_shop(owner, name="Épicerie Amélie", description="Tenue par Amélie Martin.")
    make_product(shop, name="Confiture d'Amélie")
    assert SearchDocument.objects.filter(kind__in=["shop", "product"]).count() == 2
    erase_account(user=owner)
    assert not SearchDocument.objects.filter(kind__in=["shop", "product"]).exists()


def test_searches_do_not_grow_with_shops_and_products(client, bakery):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url, params):
        with CaptureQueriesContext(connection) as context:
            assert client.get(url, params).status_code == 200
        return len(context.captured_queries)

    storefront = reverse("shops:storefront", args=[bakery.slug])
    directory = reverse("shops:directory")
    count(directory, {"q": "baguette"})  # site and settings caches
    before = (count(directory, {"q": "baguette"}), count(storefront, {"q": "baguette"}))
    for number in range(5):
        shop = make_shop(name=f"Boulangerie {number}")
        for product in range(4):
            make_product(shop, name=f"Baguette {product}", description="Au levain.")
        make_product(bakery, name=f"Baguette aux graines {number}")
    after = (count(directory, {"q": "baguette"}), count(storefront, {"q": "baguette"}))
    assert after == before
