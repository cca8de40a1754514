"""A product across shops: by words or by its ISBN or EAN, only what the public may see,
nearest shop first around a point, the stock and the next pickup as the storefront offers it;
a malformed code gets its French message and nothing else; a page costs the same queries for
3 or 30 shops."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.page_cache import HEADER
from storefront_builder.models import Product, ShopStatus, Slot
from storefront_builder.slots import available_slots
from storefront_builder.storefront import nearby
from storefront_builder.storefront.product_search import find_products, read_query
from tests.storefront_builder.storefront.factories import (
    make_product,
    make_shop,
    make_slot,
    tomorrow_at,
)
from tests.storefront_builder.storefront.test_nearby import HERE, placed

#: « L'Étranger », Folio: its ISBN-10 as printed on old copies, and the ISBN-13 stored.
ISBN_10 = "2-07-036822-X"
ISBN_13 = "9782070368228"
BAD_ISBN = "2-07-036822-5"
EAN = "3017620422003"
BAD_EAN = "3017620422004"

pytestmark = pytest.mark.django_db


def found(query, *, near=None, radius_m=nearby.DEFAULT_RADIUS_M, now=None):
    now = now or timezone.now()
    page = find_products(read_query(query), near=near, radius_m=radius_m, now=now)
    return list(page.object_list)


def url(**query) -> str:
    return reverse("shops:product_search") + "?" + "&".join(f"{k}={v}" for k, v in query.items())


# --- reading the query -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "reference"),
    [
        (ISBN_10, ISBN_13),
        ("978 2 07 036822 8", ISBN_13),
        (EAN, EAN),
        ("3 017620 422003", EAN),
        ("96385074", "96385074"),  # an EAN-8
    ],
)
def test_a_code_is_read_as_the_stored_reference(typed, reference):
    search = read_query(typed)
    assert (search.reference, search.error) == (reference, "")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (BAD_ISBN, "Cet ISBN n'est pas valide"),
        (BAD_EAN, "Ce code EAN n'est pas valide"),
        ("30176204220", "ni un code EAN (8 ou 13 chiffres) ni un ISBN"),
    ],
)
def test_a_malformed_code_gets_a_french_message(typed, message):
    search = read_query(typed)
    assert search.reference == ""
    assert message in search.error


@pytest.mark.parametrize("typed", ["galette", "pain 2024", "1664", "PAIN-01"])
def test_words_and_short_numbers_are_words(typed):
    search = read_query(typed)
    assert (search.query, search.reference, search.error) == (typed, "", "")


# --- the selector ------------------------------------------------------------------------------


def test_words_find_visible_products_of_published_shops_only():
    shop = make_shop(name="Crêperie du Marché")
    galette = make_product(shop, name="Galette de sarrasin")
    make_product(shop, name="Galette complète cachée", visible=False)
    draft = make_shop(name="Crêperie en préparation", status=ShopStatus.DRAFT)
    make_product(draft, name="Galette de blé noir")
    make_product(shop, name="Cidre brut")
    assert found("galettes") == [galette]  # stemming: the plural finds it
    assert found("galette")[0].shop == shop


def test_an_isbn_10_finds_the_book_in_two_shops_nearest_first():
    far = placed("Librairie lointaine", 3_000, 90)
    near = placed("Librairie proche", 400, 0)
    too_far = placed("Librairie de Saint-Malo", 60_000, 0)
    books = [make_product(shop, name="L'Étranger", reference=ISBN_13) for shop in (far, near)]
    make_product(too_far, name="L'Étranger", reference=ISBN_13)
    make_product(near, name="La Peste", reference="9782070360420")
    results = found(ISBN_10, near=HERE)
    assert results == [books[1], books[0]]
    assert [round(product.distance_m, -2) for product in results] == [400, 3_000]
    assert len(found(ISBN_10)) == 3  # without a point: every shop, by name


def test_an_ean_finds_the_product_and_a_bad_one_nothing():
    shop = make_shop()
    spread = make_product(shop, name="Pâte à tartiner", reference=EAN)
    assert found(EAN) == [spread]
    assert found(BAD_EAN) == []
    assert found(BAD_ISBN) == []


def test_hidden_products_and_unpublished_shops_are_never_found_by_code():
    hidden = make_shop()
    make_product(hidden, name="Caché", reference=EAN, visible=False)
    suspended = make_shop(status=ShopStatus.DRAFT)
    make_product(suspended, name="Brouillon", reference=EAN)
    assert found(EAN) == []


def test_words_around_a_point_are_sorted_by_distance_and_stay_in_the_radius():
    shops = [placed(f"Fournil {metres}", metres, 45) for metres in (2_500, 300, 1_200, 9_000)]
    for shop in shops:
        make_product(shop, name="Kouign-amann")
    results = found("kouign", near=HERE, radius_m=5_000)
    assert [product.shop.name for product in results] == [
        "Fournil 300",
        "Fournil 1200",
        "Fournil 2500",
    ]


def test_sold_out_products_come_after_the_others():
    near = placed("Épicerie proche", 200)
    far = placed("Épicerie plus loin", 1_500)
    sold_out = make_product(near, name="Miel de bruyère", stock=0)
    in_stock = make_product(far, name="Miel de bruyère", stock=3)
    unlimited = make_product(placed("Épicerie loin", 2_500), name="Miel de bruyère")
    assert found("miel", near=HERE) == [in_stock, unlimited, sold_out]


def test_the_next_pickup_agrees_with_the_storefront():
    now = timezone.now()
    shop = make_shop(lead_time_minutes=120, booking_horizon_days=2)
    make_product(shop, name="Far breton", reference=EAN)
    make_slot(shop, in_hours=1)  # inside the preparation time
    make_slot(shop, in_hours=3, booked=5)  # full
    make_slot(shop, in_hours=4, closed=True)
    bookable = make_slot(shop, in_hours=5)
    make_slot(shop, in_hours=6)
    (product,) = found(EAN, now=now)
    assert product.next_pickup == available_slots(shop, now=now)[0].starts_at == bookable.starts_at

    Slot.objects.filter(pk=bookable.pk).update(booked=5)
    (product,) = found(EAN, now=now)
    assert product.next_pickup == available_slots(shop, now=now)[0].starts_at

    shop.orders_paused = True
    shop.save()
    (product,) = found(EAN, now=now)
    assert product.next_pickup is None and available_slots(shop, now=now) == []


def test_a_slot_past_the_booking_horizon_is_no_next_pickup():
    now = timezone.now()
    shop = make_shop(booking_horizon_days=1)
    make_product(shop, name="Far breton", reference=EAN)
    make_slot(shop, in_hours=24 * 3)
    (product,) = found(EAN, now=now)
    assert product.next_pickup is None
    assert available_slots(shop, now=now) == []


# --- the page ----------------------------------------------------------------------------------


def test_the_page_shows_shop_distance_stock_and_next_pickup(client):
    shop = placed("Librairie des Lices", 350, 0)
    make_product(shop, name="L'Étranger", reference=ISBN_13, stock=3, price=Decimal("7.90"))
    make_product(
        placed("Librairie du Thabor", 900, 0), name="L'Étranger", reference=ISBN_13, stock=0
    )
    make_slot(shop, in_hours=tomorrow_at(10))
    response = client.get(url(q=ISBN_10, lat=HERE.latitude, lon=HERE.longitude))
    assert response.status_code == 200
    assert response.get(HEADER) is None  # never stored: made for each search
    page = response.content.decode()
    assert "2 produits trouvés dans ce rayon" in page
    assert "Librairie des Lices" in page and "à 350\u00a0m" in page
    assert "3 en stock" in page and "épuisé" in page
    assert "Prochain retrait : demain à" in page
    assert "7,90" in page
    product = Product.objects.get(shop=shop)
    assert f'href="/boutiques/{shop.slug}/#produit-{product.pk}"' in page
    assert page.index("Librairie des Lices") < page.index("Librairie du Thabor")


@pytest.mark.parametrize(("typed", "message"), [(BAD_ISBN, "Cet ISBN"), (BAD_EAN, "Ce code EAN")])
def test_a_malformed_code_is_a_400_with_its_message_and_changes_nothing(client, typed, message):
    shop = make_shop()
    make_product(shop, name="L'Étranger", reference=ISBN_13)
    before = list(Product.objects.values_list("pk", "name", "stock", "reference"))
    response = client.get(url(q=typed))
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and "est pas valide" in page
    assert "L&#x27;Étranger" not in page and "produits trouvés" not in page
    assert f'value="{typed}"' in page  # what she typed is kept
    assert list(Product.objects.values_list("pk", "name", "stock", "reference")) == before


def test_a_position_outside_france_is_a_400_with_a_message(client):
    response = client.get(url(q="galette", lat="51.5074", lon="-0.1278"))
    assert response.status_code == 400
    assert "hors de France" in response.content.decode()


def test_the_empty_page_is_the_form(client):
    response = client.get(reverse("shops:product_search"))
    assert response.status_code == 200
    assert "Chercher un produit" in response.content.decode()
    assert "produits trouvés" not in response.content.decode()


def test_the_directory_links_to_the_product_search(client):
    page = client.get(reverse("shops:directory")).content.decode()
    assert f'href="{reverse("shops:product_search")}"' in page


@pytest.mark.parametrize("by", ["words", "code"])
def test_a_page_costs_the_same_queries_for_3_or_30_shops(client, by, django_assert_max_num_queries):
    now = timezone.now()

    def add_shops(start, stop):
        for number in range(start, stop):
            shop = placed(f"Boutique {number}", 100 + number * 50, number * 12)
            make_product(shop, name="Galette de sarrasin", reference=EAN, stock=number % 3)
            Slot.objects.create(
                shop=shop,
                starts_at=now + timedelta(hours=3 + number),
                ends_at=now + timedelta(hours=4 + number),
                capacity=5,
            )

    query = {"q": "galette" if by == "words" else EAN, "lat": HERE.latitude, "lon": HERE.longitude}

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url(**query))
        assert response.status_code == 200
        return len(queries), response.content.decode()

    add_shops(0, 3)
    count()  # the site's settings, read once and kept
    few, page = count()
    assert "3 produits trouvés" in page
    add_shops(3, 30)
    many, page = count()
    assert "30 produits trouvés" in page and "Page 1 sur 2" in page
    assert many == few
    with django_assert_max_num_queries(few):
        second = client.get(url(**query, page=2)).content.decode()
    assert "Page 2 sur 2" in second and second.count('class="card product-find') == 10


def test_the_page_in_english(client):
    shop = placed("Librairie des Lices", 350, 0)
    make_product(shop, name="L'Étranger", reference=ISBN_13, stock=0)
    client.cookies["accelerateur_language"] = "en"
    page = client.get(url(q=ISBN_10, lat=HERE.latitude, lon=HERE.longitude)).content.decode()
    assert "1 product found within this distance, nearest shop first" in page
    assert "350\u00a0m away" in page and "sold out" in page
    refused = client.get(url(q=BAD_ISBN))
    assert refused.status_code == 400
    assert "This ISBN is not valid" in refused.content.decode()


def test_words_that_find_nothing_are_counted_for_editors_codes_are_not(client):
    from core.search.models import SearchMiss

    make_product(make_shop(), name="Galette de sarrasin")
    client.get(url(q="tournevis"))
    client.get(url(q="Tournevis"))
    client.get(url(q="galette"))
    client.get(url(q=ISBN_13))
    assert list(SearchMiss.objects.values_list("scope", "query", "count")) == [
        ("products", "tournevis", 2)
    ]
