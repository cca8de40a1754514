"""What a storefront shows everyone is made once per process and version of the shop, then read
by every render the whole-page cache does not serve (a basket in the session, a signed-in
merchant, ``PAGE_CACHE=false``): as true as a stored page, for a few queries.

Here the whole-page cache is off, so that every request renders: each write that shows makes
the next render show it, and so does the clock.
"""

from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from storefront_builder.backoffice.services import closure_create, set_pause
from storefront_builder.catalogue import services as catalogue
from storefront_builder.models import ShopCategory, ShopStatus
from storefront_builder.ordering import place_order
from storefront_builder.storefront import views
from storefront_builder.wizard.services import unpublish
from tests.rendering import rendered
from tests.storefront_builder.storefront.factories import (
    customer,
    make_product,
    make_shop,
    make_slot,
)
from tests.storefront_builder.storefront.test_page_cache import (
    MONDAY_MORNING,
    pickup_hour,
    slot_at,
    url,
)

#: The clock's two queries: the shop's preparation time, then its next slot and closure.
RENDER_QUERIES = 2


@pytest.fixture(autouse=True)
def _fresh_copies(rendered_each_time):
    views._shared_contents.clear()
    yield
    views._shared_contents.clear()


@pytest.fixture
def morning():
    with time_machine.travel(MONDAY_MORNING, tick=True) as traveller:
        yield traveller


@pytest.fixture
def shop(db, morning):
    return make_shop(name="Le Fournil du Port")


def test_a_render_after_the_first_runs_the_clock_queries_alone(
    client, shop, django_assert_num_queries
):
    for n in range(3):
        make_product(shop, name=f"Pain n°{n}", price=Decimal("1.20"))
    make_slot(shop, in_hours=30)
    first = rendered(client, url(shop))
    with django_assert_num_queries(RENDER_QUERIES):
        again = rendered(client, url(shop))
    assert again == first and "Pain n°2" in again
    for n in range(3, 45):  # two pages of products
        make_product(shop, name=f"Pain n°{n}")
    rendered(client, url(shop, page=2))
    with django_assert_num_queries(RENDER_QUERIES):
        assert "Pain n°9" in rendered(client, url(shop, page=2))


def test_each_page_rayon_and_language_has_its_own_content(client, shop):
    make_product(shop, name="Baguette", category="Pains")
    make_product(shop, name="Far breton", category="Gâteaux")
    assert "Far breton" not in rendered(client, url(shop, rayon="Pains"))
    assert "Baguette" not in rendered(client, url(shop, rayon="G%C3%A2teaux"))
    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Opening hours" in rendered(english, url(shop))
    assert "Horaires d'ouverture" in rendered(client, url(shop))


def test_a_write_shows_on_the_next_rendered(client, shop):
    bread = make_product(shop, name="Baguette", price=Decimal("1.20"))
    assert "1,20" in rendered(client, url(shop))
    data = {name: getattr(bread, name) for name in catalogue.PRODUCT_FIELDS}
    catalogue.save_product(shop, bread, {**data, "price": Decimal("1.35")})
    html = rendered(client, url(shop))
    assert "1,35" in html and "1,20" not in html
    # The schema.org offer in the head, serialised once per content, follows too.
    assert '"price":"1.35"' in html and '"price":"1.20"' not in html
    set_pause(shop, paused=True, message="De retour lundi.")
    html = rendered(client, url(shop))
    assert "Ajouter au panier" not in html and "De retour lundi." in html


def test_an_order_filling_the_last_place_and_stock_shows_on_the_next_rendered(client, shop):
    cake = make_product(shop, name="Far breton", stock=1)
    first = make_slot(shop, in_hours=3, capacity=1)
    second = make_slot(shop, in_hours=6)
    html = rendered(client, url(shop))
    assert pickup_hour(first) in html and "Épuisé" not in html
    place_order(shop, lines={cake.pk: 1}, slot_id=first.pk, **customer())
    html = rendered(client, url(shop))
    assert pickup_hour(first) not in html and pickup_hour(second) in html
    assert "Épuisé" in html


def test_the_clock_ends_the_content(client, shop, morning):
    """Within minutes, well before copies end anyway (core.local_copies' ``max_age``)."""
    soon = slot_at(shop, MONDAY_MORNING + timedelta(minutes=63))  # bookable until 8:03
    later = slot_at(shop, MONDAY_MORNING + timedelta(hours=4))
    assert pickup_hour(soon) in rendered(client, url(shop))
    morning.move_to(MONDAY_MORNING + timedelta(minutes=3, seconds=1))
    html = rendered(client, url(shop))
    assert pickup_hour(soon) not in html and pickup_hour(later) in html
    now = timezone.now()
    closure_create(
        shop=shop, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(minutes=2)
    )
    assert "Fermetures à venir" in rendered(client, url(shop))
    morning.shift(timedelta(minutes=2, seconds=1))
    assert "Fermetures à venir" not in rendered(client, url(shop))


def test_an_unpublished_shop_is_gone_at_once(client, shop):
    rendered(client, url(shop))
    unpublish(shop)
    assert client.get(url(shop)).status_code == 404


def test_her_added_product_and_a_refusal_are_hers_alone(client, shop):
    bread = make_product(shop, name="Baguette", stock=3)
    everyone = rendered(client, url(shop))
    posted = client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": bread.pk, "quantity": 1, "next": url(shop)},
    )
    assert posted.status_code == 302
    hers = rendered(client, url(shop))
    assert "« Baguette » est dans votre panier." in hers
    assert rendered(client, url(shop)) == rendered(Client(), url(shop)) == everyone
    refused = client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": bread.pk, "quantity": 9, "next": url(shop)},
    )
    assert refused.status_code == 400
    assert 'class="form-errors"' in refused.content.decode()
    # What she typed is still in the field, the other products keep their 1.
    assert f'id="qte-{bread.pk}" name="quantity" value="9"' in refused.content.decode()
    assert 'class="form-errors"' not in rendered(client, url(shop))


# --- The directory ------------------------------------------------------------------------------


def test_the_directory_shows_each_shop_change_on_the_next_rendered(
    client, shop, django_assert_max_num_queries
):
    directory = reverse("shops:directory")
    first = rendered(client, directory)
    assert "Le Fournil du Port" in first
    with django_assert_max_num_queries(0):
        assert rendered(client, directory) == first
    shop.name = "La Fournée"
    shop.save()
    html = rendered(client, directory)
    assert "La Fournée" in html and "Le Fournil du Port" not in html
    make_shop(name="Fleurs du Marché", category=ShopCategory.FLORIST)
    assert "Fleurs du Marché" in rendered(client, directory)
    assert "Fleurs du Marché" not in rendered(
        client, f"{directory}?categorie={ShopCategory.BAKERY}"
    )
    shop.status = ShopStatus.DRAFT
    shop.save()
    assert "La Fournée" not in rendered(client, directory)


def test_directory_searches_and_clock_filters_are_made_each_time(client, shop):
    directory = reverse("shops:directory")
    assert "Le Fournil du Port" in rendered(client, f"{directory}?q=fournil")
    shop.name = "La Fournée"
    shop.save()
    assert "La Fournée" in rendered(client, f"{directory}?q=fournee")
    assert "La Fournée" not in rendered(client, f"{directory}?retrait=1")
    make_slot(shop, in_hours=2)
    assert "La Fournée" in rendered(client, f"{directory}?retrait=1")
