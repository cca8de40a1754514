"""The storefront and the directory stored once for every anonymous visitor, never stale.

Each write that shows on a storefront (a price, a new product, the last of a stock, the last
place of a pickup slot, a closure, the shop going offline) makes the next visit a new render;
a slot whose order deadline passes leaves the page by itself; the basket's count comes from a
fragment of its own, and adding to the basket needs no CSRF token but refuses other sites.
"""

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.page_cache import HEADER, local_tier
from storefront_builder.backoffice.services import closure_create, closure_delete
from storefront_builder.catalogue import services as catalogue
from storefront_builder.closures import whole_days
from storefront_builder.models import CatalogueImport, Product, ShopStatus, Slot
from storefront_builder.ordering import cancel_order, place_order
from storefront_builder.slots import extend_horizon
from storefront_builder.wizard.services import unpublish
from tests.storefront_builder.storefront.factories import (
    customer,
    make_product,
    make_shop,
    make_slot,
)

PARIS = ZoneInfo("Europe/Paris")
#: A Monday morning: far from midnight, when the copies end by themselves anyway.
MONDAY_MORNING = datetime(2026, 12, 7, 8, 0, tzinfo=PARIS)


@pytest.fixture(autouse=True)
def _morning():
    local_tier.clear()
    with time_machine.travel(MONDAY_MORNING, tick=True) as traveller:
        yield traveller


@pytest.fixture
def shop(db):
    return make_shop(name="Le Fournil du Port")


def url(shop, **query):
    path = reverse("shops:storefront", args=[shop.slug])
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def visit(client, target):
    response = client.get(target)
    assert response.status_code == 200
    return response, response.content.decode()


def stored_then_hit(client, target):
    first, _ = visit(client, target)
    assert first[HEADER] == "miss"
    second, html = visit(client, target)
    assert second[HEADER] == "hit"
    return html


def assert_hit(client, target) -> None:
    assert client.get(target)[HEADER] == "hit"


def fresh(client, target) -> str:
    response, html = visit(client, target)
    assert response[HEADER] == "miss"
    return html


def pickup_hour(slot) -> str:
    return f"à {timezone.localtime(slot.starts_at, PARIS):%H:%M}"


# --- Stored once for everyone -----------------------------------------------------------------


def test_the_second_anonymous_visit_is_a_hit_without_queries(
    client, shop, django_assert_num_queries
):
    make_product(shop, name="Baguette", price=Decimal("1.20"))
    first, html = visit(client, url(shop))
    assert first[HEADER] == "miss"
    assert "public" in first["Cache-Control"] and "s-maxage" in first["Cache-Control"]
    assert "Cookie" in first["Vary"]
    assert "csrfmiddlewaretoken" not in html
    assert "Baguette" in html
    with django_assert_num_queries(0):
        second = client.get(url(shop))
    assert second[HEADER] == "hit" and second.content.decode() == html


def test_rayons_and_pages_are_stored_searches_are_made_each_time(client, shop):
    make_product(shop, name="Baguette", category="Pains")
    stored_then_hit(client, url(shop, rayon="Pains"))
    stored_then_hit(client, url(shop, page=1))
    for _ in range(2):
        response, html = visit(client, url(shop, q="baguette"))
        assert HEADER not in response and "Baguette" in html
        assert "private" in response["Cache-Control"]


# --- Every write that shows ends the copy -------------------------------------------------------


def test_a_new_price_shows_at_once(client, shop):
    bread = make_product(shop, name="Baguette", price=Decimal("1.20"))
    assert "1,20" in stored_then_hit(client, url(shop))
    data = {name: getattr(bread, name) for name in catalogue.PRODUCT_FIELDS}
    catalogue.save_product(shop, bread, {**data, "price": Decimal("1.35")})
    html = fresh(client, url(shop))
    assert "1,35" in html and "1,20" not in html


def test_a_new_product_shows_at_once(client, shop):
    stored_then_hit(client, url(shop))
    make_product(shop, name="Kouign-amann")
    assert "Kouign-amann" in fresh(client, url(shop))


def test_bulk_edits_and_imports_show_at_once(client, shop):
    bread = make_product(shop, name="Baguette", price=Decimal("1.20"))
    stored_then_hit(client, url(shop))
    catalogue.bulk_update({Product.objects.get(pk=bread.pk): {"price": Decimal("1.40")}})
    assert "1,40" in fresh(client, url(shop))
    assert_hit(client, url(shop))
    row = {
        "name": "Far breton",
        "description": "",
        "price": "3.00",
        "vat_rate": bread.vat_rate,
        "stock": None,
        "category": "",
        "visible": True,
    }
    pending = CatalogueImport.objects.create(shop=shop, filename="produits.csv", rows=[row])
    assert catalogue.apply_import(pending) == 1
    assert "Far breton" in fresh(client, url(shop))


def test_the_last_of_a_stock_sold_shows_sold_out(client, shop):
    cake = make_product(shop, name="Far breton", stock=1)
    slot = make_slot(shop, in_hours=30)
    assert "Épuisé" not in stored_then_hit(client, url(shop))
    place_order(shop, lines={cake.pk: 1}, slot_id=slot.pk, **customer())
    assert "Épuisé" in fresh(client, url(shop))


def test_an_order_filling_the_last_place_moves_the_next_pickup(client, shop):
    make_product(shop, name="Baguette")
    first = make_slot(shop, in_hours=3, capacity=1)
    second = make_slot(shop, in_hours=6)
    assert pickup_hour(first) in stored_then_hit(client, url(shop))
    order = place_order(shop, lines={Product.objects.get().pk: 1}, slot_id=first.pk, **customer())
    html = fresh(client, url(shop))
    assert pickup_hour(first) not in html and pickup_hour(second) in html
    assert_hit(client, url(shop))
    cancel_order(order, by_customer=True)  # the place is free again
    assert pickup_hour(first) in fresh(client, url(shop))


def test_slots_made_by_the_worker_show_at_once(client, shop):
    assert "Aucun créneau de retrait libre" in stored_then_hit(client, url(shop))
    assert extend_horizon(shop)
    assert "Prochain retrait possible" in fresh(client, url(shop))


def test_a_closure_shows_at_once_and_closes_its_slots(client, shop):
    slot = make_slot(shop, in_hours=30)
    stored_then_hit(client, url(shop))
    day = timezone.localtime(slot.starts_at, PARIS).date()
    starts, ends = whole_days(day, day)
    saved = closure_create(shop=shop, starts_at=starts, ends_at=ends, label="Inventaire")
    html = fresh(client, url(shop))
    assert "Inventaire" in html and pickup_hour(slot) not in html
    assert_hit(client, url(shop))
    closure_delete(closure=saved.closure)
    html = fresh(client, url(shop))
    assert "Inventaire" not in html and pickup_hour(slot) in html


def test_a_slot_closed_by_hand_leaves_the_page(client, shop):
    from storefront_builder.backoffice.services import set_slot_closed

    slot = make_slot(shop, in_hours=30)
    assert pickup_hour(slot) in stored_then_hit(client, url(shop))
    set_slot_closed(slot, closed=True)
    assert pickup_hour(slot) not in fresh(client, url(shop))


def test_unpublishing_takes_the_storefront_offline_at_once(client, shop):
    stored_then_hit(client, url(shop))
    unpublish(shop)
    assert client.get(url(shop)).status_code == 404


def test_pausing_orders_shows_at_once(client, shop):
    from storefront_builder.backoffice.services import set_pause

    make_product(shop)
    assert "Ajouter au panier" in stored_then_hit(client, url(shop))
    set_pause(shop, paused=True, message="De retour lundi.")
    html = fresh(client, url(shop))
    assert "Ajouter au panier" not in html and "De retour lundi." in html


# --- The clock ----------------------------------------------------------------------------------


def slot_at(shop, starts) -> Slot:
    return Slot.objects.create(
        shop=shop, starts_at=starts, ends_at=starts + timedelta(minutes=30), capacity=5
    )


def test_a_slot_whose_order_deadline_passed_is_no_longer_offered(client, shop, _morning):
    soon = slot_at(shop, MONDAY_MORNING + timedelta(hours=2))
    later = slot_at(shop, MONDAY_MORNING + timedelta(hours=4))
    html = stored_then_hit(client, url(shop))
    assert pickup_hour(soon) in html
    # Lead time 60 minutes: « soon » may be booked until 9:00.
    _morning.move_to(MONDAY_MORNING + timedelta(hours=1, seconds=1))
    html = fresh(client, url(shop))
    assert pickup_hour(soon) not in html and pickup_hour(later) in html


def test_the_edge_keeps_a_copy_no_longer_than_it_is_true(client, shop):
    slot = slot_at(shop, timezone.now() + timedelta(minutes=63))  # bookable 3 more minutes
    response, _ = visit(client, url(shop))
    s_maxage = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    deadline = slot.starts_at - timedelta(minutes=shop.lead_time_minutes)
    assert 0 < s_maxage <= (deadline - timezone.now()).total_seconds() + 1


def test_a_closure_ending_ends_the_copy(client, shop, _morning):
    now = timezone.now()
    closure_create(shop=shop, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=2))
    assert "Fermetures à venir" in stored_then_hit(client, url(shop))
    _morning.shift(timedelta(hours=2, minutes=1))
    assert "Fermetures à venir" not in fresh(client, url(shop))


# --- The basket ---------------------------------------------------------------------------------


def add(client, shop, product, **headers):
    return client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": product.pk, "quantity": 2, "next": url(shop)},
        headers={"Accept": "application/json", **headers},
    )


def summary(client, shop):
    response = client.get(reverse("shops:basket_summary", args=[shop.slug]))
    assert response.status_code == 200 and HEADER not in response
    assert response["Cache-Control"] == "private, no-store"
    return response.json()


def test_a_customer_with_a_basket_gets_the_stored_page_and_her_count_apart(client, shop):
    bread = make_product(shop, name="Baguette")
    page = stored_then_hit(client, url(shop))
    assert 'data-basket-summary="' in page and "Panier (" not in page
    customer_browser = Client()
    assert add(customer_browser, shop, bread).status_code == 200
    response, html = visit(customer_browser, url(shop))
    assert response[HEADER] == "hit" and html == page
    assert summary(customer_browser, shop) == {"count": 2, "label": "Panier (2 articles)"}
    assert summary(client, shop) == {"count": 0, "label": "Panier (0 article)"}


def test_personal_pages_show_her_count_and_the_order_page_no_basket(client, shop):
    bread = make_product(shop, name="Baguette")
    add(client, shop, bread)
    basket = client.get(reverse("shops:basket", args=[shop.slug])).content.decode()
    assert "Panier (2 articles)" in basket and "data-basket-summary" not in basket
    order = place_order(shop, lines={bread.pk: 1}, slot_id=make_slot(shop).pk, **customer())
    page = client.get(reverse("shops:order", args=[order.token])).content.decode()
    assert "shopfront-basket-link" not in page


def test_the_added_notice_is_her_own_page_once(client, shop):
    bread = make_product(shop, name="Baguette")
    stored_then_hit(client, url(shop))
    customer_browser = Client()
    posted = customer_browser.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": bread.pk, "quantity": 1, "next": url(shop)},
    )
    assert posted.status_code == 302
    response, html = visit(customer_browser, url(shop))
    assert HEADER not in response and "est dans votre panier" in html
    assert customer_browser.get(url(shop))[HEADER] == "hit"


def test_adding_from_another_site_is_refused_and_changes_nothing(client, shop):
    bread = make_product(shop, name="Baguette")
    key = f"shops.basket.{shop.pk}"
    for headers in (
        {"Origin": "https://pirate.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "http://testserver", "Sec-Fetch-Site": "cross-site"},
    ):
        assert add(client, shop, bread, **headers).status_code == 403
        assert key not in client.session
    assert add(client, shop, bread, Origin="http://testserver").status_code == 200
    assert add(client, shop, bread, **{"Sec-Fetch-Site": "same-origin"}).status_code == 200
    assert client.session[key] == {str(bread.pk): 4}


def test_adding_needs_no_csrf_token_but_checkout_keeps_its_own(db, shop):
    bread = make_product(shop, name="Baguette")
    browser = Client(enforce_csrf_checks=True)
    assert add(browser, shop, bread, Origin="http://testserver").status_code == 200
    checkout = browser.get(reverse("shops:checkout", args=[shop.slug]))
    assert "csrfmiddlewaretoken" in checkout.content.decode()
    slot = make_slot(shop, in_hours=30)
    refused = browser.post(
        reverse("shops:checkout", args=[shop.slug]),
        {"slot": slot.pk, "customer_name": "Camille", "customer_email": "c@example.org"},
    )
    assert refused.status_code == 403
    assert Slot.objects.get(pk=slot.pk).booked == 0


def test_the_trusted_origins_may_add(client, shop, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://boutiques.example"]
    bread = make_product(shop)
    assert add(client, shop, bread, Origin="https://boutiques.example").status_code == 200


# --- The directory ------------------------------------------------------------------------------


def test_the_directory_is_stored_and_shows_each_shop_change(client, shop):
    directory = reverse("shops:directory")
    assert "Le Fournil du Port" in stored_then_hit(client, directory)
    shop.name = "La Fournée"
    shop.save()
    html = fresh(client, directory)
    assert "La Fournée" in html and "Le Fournil du Port" not in html
    assert_hit(client, directory)
    make_shop(name="Fleurs du Marché")
    assert "Fleurs du Marché" in fresh(client, directory)
    stored_then_hit(client, directory + "?commune=Rennes&page=1")
    make_product(shop)  # a product of one shop leaves the directory alone
    assert client.get(directory)[HEADER] == "hit"
    shop.status = ShopStatus.DRAFT
    shop.save()
    assert "La Fournée" not in fresh(client, directory)


def test_directory_searches_are_made_each_time_and_misses_counted(client, db):
    from core.search.models import SearchMiss

    for _ in range(2):
        response, _html = visit(client, reverse("shops:directory") + "?q=chaudronnerie")
        assert HEADER not in response
    assert SearchMiss.objects.filter(scope="directory").exists()


# --- The edge cache -----------------------------------------------------------------------------


@pytest.fixture
def purged(settings, monkeypatch):
    """The paths the edge cache is asked to forget by a change, once it is committed."""
    from wagtail.contrib.frontend_cache import utils

    settings.WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "unused", "LOCATION": "unused"}}
    settings.SITE_URL = "https://boutiques.example"
    urls: list[str] = []
    monkeypatch.setattr(utils, "purge_urls_from_cache", lambda found: urls.extend(found))

    def committed(change):
        urls.clear()
        change()  # committed at once: the test runs outside a transaction
        return {url.removeprefix("https://boutiques.example") for url in urls}

    return committed


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_product_purges_its_storefront_and_a_shop_the_directory(purged):
    shop = make_shop()
    storefront = f"/boutiques/{shop.slug}/"
    assert storefront in purged(lambda: make_product(shop))
    assert "/boutiques/" not in purged(lambda: make_product(shop))
    shop.name = "La Fournée"
    assert "/boutiques/" in purged(shop.save)  # and every storefront below it


# --- Reads of the shared cache --------------------------------------------------------------------


class CountingReads:
    """Counts the page cache's reads of the shared cache: each is a round trip with Redis
    (the local-memory cache of the tests makes ``get_many`` of ``get``s: not counted)."""

    def __init__(self, monkeypatch):
        from core import page_cache

        self.calls = []
        self._inside = False
        for name in ("get", "get_many"):
            real = getattr(page_cache.cache, name)

            def counted(*args, _real=real, _name=name, **kwargs):
                if self._inside:
                    return _real(*args, **kwargs)
                self.calls.append(_name)
                self._inside = True
                try:
                    return _real(*args, **kwargs)
                finally:
                    self._inside = False

            monkeypatch.setattr(page_cache.cache, name, counted)


def test_a_hit_on_a_storefront_reads_its_versions_in_one_round_trip(client, shop, monkeypatch):
    make_product(shop, name="Baguette")
    stored_then_hit(client, url(shop))
    reads = CountingReads(monkeypatch)
    assert_hit(client, url(shop))
    assert reads.calls == ["get_many"]
    make_product(shop, name="Kouign-amann")  # the scope read with the content version moved on
    assert "Kouign-amann" in fresh(client, url(shop))
