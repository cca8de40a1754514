"""The public pages: directory, storefront, basket, checkout and the private order page."""

import re
from decimal import Decimal
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.page_cache import invalidate_scope
from storefront_builder.models import Order, OrderStatus, Product, ShopCategory, ShopStatus, Slot
from storefront_builder.ordering import place_order
from storefront_builder.public_pages import SHOPS_SCOPE, shop_scope
from storefront_builder.slots import available_slots, extend_horizon
from storefront_builder.storefront.views import PRODUCTS_PER_PAGE
from tests.storefront_builder.storefront.factories import (
    customer,
    make_image,
    make_product,
    make_products,
    make_shop,
    make_slot,
)

MAX_PAGE_BYTES = 100 * 1024


def storefront_url(shop, **query):
    url = reverse("shops:storefront", args=[shop.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def add(client, shop, product, quantity=1):
    return client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": product.pk, "quantity": quantity, "next": storefront_url(shop)},
    )


# --- Directory ----------------------------------------------------------------------------------


def test_the_directory_lists_published_shops_only(client, shop):
    draft = make_shop(name="Atelier caché", status=ShopStatus.DRAFT)
    page = client.get(reverse("shops:directory")).content.decode()
    assert shop.name in page and draft.name not in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("commune=vannes", {"Le Fournil"}),
        ("code_postal=35", {"La Cave", "Fleurs et Cie"}),
        ("categorie=wine", {"La Cave"}),
        ("q=fleur", {"Fleurs et Cie"}),
        ("commune=rennes&categorie=florist", {"Fleurs et Cie"}),
    ],
)
def test_the_directory_filters(client, db, query, expected):
    make_shop(name="Le Fournil", commune="Vannes", postcode="56000")
    make_shop(name="La Cave", commune="Rennes", postcode="35000", category=ShopCategory.WINE)
    make_shop(name="Fleurs et Cie", commune="Rennes", postcode="35200", category="florist")
    page = client.get(reverse("shops:directory") + "?" + query).content.decode()
    found = {name for name in ("Le Fournil", "La Cave", "Fleurs et Cie") if name in page}
    assert found == expected


@pytest.mark.parametrize("typed", ["saint etienne", "St-Etienne", "SAINT-ÉTIENNE", "saint-étienne"])
def test_a_commune_is_found_however_it_is_typed(client, communes, typed):
    make_shop(name="Le Fournil stéphanois", commune="Saint-Étienne", postcode="42000")
    make_shop(name="Le Fournil de Saint-Étienne-de-Tinée", commune="Saint-Étienne-de-Tinée")
    make_shop(name="La Cave", commune="Rennes")
    page = client.get(reverse("shops:directory"), {"commune": typed}).content.decode()
    assert "Le Fournil stéphanois" in page and "La Cave" not in page


def test_a_city_finds_the_shops_of_its_arrondissements(client, communes):
    make_shop(name="Les Canuts", commune="Lyon 4e Arrondissement", postcode="69004")
    page = client.get(reverse("shops:directory"), {"commune": "lyon"}).content.decode()
    assert "Les Canuts" in page


def test_the_directory_costs_the_same_queries_for_3_or_30_shops(client, db):
    def count():
        invalidate_scope(SHOPS_SCOPE)  # a render, not the stored copy
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("shops:directory")).status_code == 200
        return len(queries)

    for _ in range(3):
        make_shop(logo=make_image("logo"))
    client.get(reverse("shops:directory"))  # renditions made once
    few = count()
    for _ in range(27):
        make_shop()
    assert count() == few


# --- Storefront ---------------------------------------------------------------------------------


def test_a_draft_shop_is_not_found(client, db):
    draft = make_shop(status=ShopStatus.DRAFT)
    make_product(draft)
    assert client.get(storefront_url(draft)).status_code == 404
    assert client.get(reverse("shops:basket", args=[draft.slug])).status_code == 404
    assert client.get(reverse("shops:checkout", args=[draft.slug])).status_code == 404
    client.force_login(draft.owner)
    assert client.get(storefront_url(draft)).status_code == 404


def test_the_storefront_shows_products_by_category_and_searches(client, shop):
    make_product(shop, name="Baguette", category="Pains")
    make_product(shop, name="Éclair", category="Pâtisseries")
    page = client.get(storefront_url(shop)).content.decode()
    assert "Baguette" in page and "Éclair" in page and "Pâtisseries" in page
    assert "Ajouter au panier" in page
    found = client.get(storefront_url(shop, q="bague")).content.decode()
    assert "Baguette" in found and "Éclair" not in found
    rayon = client.get(storefront_url(shop, rayon="Pâtisseries")).content.decode()
    assert "Éclair" in rayon and "Baguette" not in rayon


def test_sections_and_rayons_are_sorted_the_french_way(client, shop):
    for name, category in [("Lentilles", "Vrac"), ("Miel", "Épicerie"), ("Jus", "Boissons")]:
        make_product(shop, name=name, category=category)
    html = client.get(storefront_url(shop)).content.decode()
    headings = re.findall(r'<h2(?: lang="fr")?>([^<]+)</h2>', html)
    assert [h for h in headings if h in ("Vrac", "Épicerie", "Boissons")] == [
        "Boissons",
        "Épicerie",
        "Vrac",
    ]
    rayons = re.findall(r'\?rayon=[^"]*"[^>]*>(?:<span lang="fr">)?([^<(]+?)(?:</span>)? \(', html)
    assert rayons == ["Boissons", "Épicerie", "Vrac"]


def test_a_paused_shop_says_so_and_takes_nothing(client, db):
    shop = make_shop(orders_paused=True, pause_message="Congés jusqu'au 3 mars.")
    make_product(shop)
    page = client.get(storefront_url(shop)).content.decode()
    assert "Congés jusqu&#x27;au 3 mars." in page
    assert "Ajouter au panier" not in page


def test_names_are_escaped_and_only_the_sanitised_description_is_html(client, db):
    shop = make_shop(name="<script>alert('boutique')</script>")
    shop.description_html = "<p><strong>Farines bio</strong></p>"
    shop.save()
    make_product(shop, name="<script>alert('produit')</script>", description="<img src=x>")
    page = client.get(storefront_url(shop)).content.decode()
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(&#x27;boutique&#x27;)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#x27;produit&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x&gt;" in page
    assert "<p><strong>Farines bio</strong></p>" in page


def test_product_photos_are_resized_renditions(client, shop):
    make_product(shop, photo=make_image("pain"))
    page = client.get(storefront_url(shop)).content.decode()
    assert re.search(r'<img[^>]+src="[^"]*pain[^"]*fill-400x300[^"]*"', page)


def _storefront_queries(client, shop) -> int:
    client.get(storefront_url(shop))  # renditions made once, as on a live site
    invalidate_scope(shop_scope(shop.pk))  # a render, not the stored copy
    with CaptureQueriesContext(connection) as queries:
        response = client.get(storefront_url(shop))
    assert response.status_code == 200
    return len(queries)


def _with_photos(shop, count=3):
    first = Product.objects.filter(shop=shop).order_by("category", "position", "name", "pk")
    for product in first[:count]:
        product.photo = make_image(f"photo-{product.pk}")
        product.save()


def test_500_products_cost_the_same_queries_as_5_and_every_page_is_small(client, db):
    small, large = make_shop(), make_shop()
    make_products(small, 5)
    make_products(large, 500)
    _with_photos(small)
    _with_photos(large)
    assert _storefront_queries(client, large) == _storefront_queries(client, small)

    pages = -(-500 // PRODUCTS_PER_PAGE)
    seen = set()
    for number in range(1, pages + 1):
        response = client.get(storefront_url(large, page=number))
        html = response.content.decode()
        assert len(response.content) <= MAX_PAGE_BYTES, (number, len(response.content))
        seen |= set(re.findall(r'id="produit-(\d+)"', html))
    assert len(seen) == 500


# --- Basket -------------------------------------------------------------------------------------


def test_adding_to_the_basket_works_without_javascript(client, shop):
    bread = make_product(shop, name="Pain de campagne", price=Decimal("3.00"), stock=4)
    response = add(client, shop, bread, 2)
    assert response.status_code == 302
    assert response.url == storefront_url(shop) + f"#produit-{bread.pk}"
    page = client.get(reverse("shops:basket", args=[shop.slug])).content.decode()
    assert "Pain de campagne" in page and "6,00\u00a0€" in page


def test_adding_goes_back_to_the_product_with_its_page_search_and_news(client, db):
    shop = make_shop()
    products = make_products(shop, PRODUCTS_PER_PAGE + 5)
    far = products[-1]
    came_from = storefront_url(shop, q="pain", page=2)
    response = client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": far.pk, "quantity": 1, "next": came_from},
    )
    assert response.status_code == 302
    assert response.url == f"{came_from}#produit-{far.pk}"
    html = client.get(came_from).content.decode()
    item = html[html.index(f'id="produit-{far.pk}"') :]
    item = item[: item.index("</li>")]
    assert f"« {far.name} » est dans votre panier." in unescape(item)
    summary = client.get(reverse("shops:basket_summary", args=[shop.slug])).json()
    assert summary == {"count": 1, "label": "Panier (1 article)"}
    # Shown once, like a message; and never the top-of-page message any more.
    again = client.get(came_from).content.decode()
    assert "est dans votre panier" not in unescape(again)
    # The form posts to an address that lands on the product even when the answer is a page.
    assert f'/panier/ajouter/#produit-{far.pk}"' in html


def test_a_refused_addition_shows_its_error_beside_the_product_on_its_page(client, db):
    shop = make_shop()
    products = make_products(shop, PRODUCTS_PER_PAGE + 5)
    far = products[-1]
    came_from = storefront_url(shop, page=2)
    response = client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": far.pk, "quantity": 50, "next": came_from},
    )
    assert response.status_code == 400
    html = unescape(response.content.decode())
    item = html[html.index(f'id="produit-{far.pk}"') :]
    item = item[: item.index("</li>")]
    assert "Il ne reste que 10" in item
    assert f"basket.{shop.pk}" not in str(dict(client.session))


def test_the_script_adds_with_json_and_gets_the_new_count(client, shop):
    bread = make_product(shop, name="Pain de seigle", stock=3)
    url = reverse("shops:basket_add", args=[shop.slug])
    headers = {"Accept": "application/json"}
    response = client.post(url, {"product": bread.pk, "quantity": 2}, headers=headers)
    assert response.status_code == 200
    assert response.json() == {
        "message": "« Pain de seigle » est dans votre panier.",
        "basket_count": 2,
        "basket_label": "Panier (2 articles)",
    }
    refused = client.post(url, {"product": bread.pk, "quantity": 2}, headers=headers)
    assert refused.status_code == 400
    assert "Il ne reste que 3" in refused.json()["message"]
    assert client.session[f"shops.basket.{shop.pk}"] == {str(bread.pk): 2}


def test_the_basket_cannot_hold_more_than_the_stock(client, shop):
    bread = make_product(shop, name="Brioche", stock=2)
    assert add(client, shop, bread, 2).status_code == 302
    response = add(client, shop, bread, 1)
    assert response.status_code == 400
    assert "Il ne reste que 2 « Brioche »" in response.content.decode()


def test_hidden_or_foreign_products_cannot_be_added(client, shop):
    hidden = make_product(shop, visible=False)
    foreign = make_product(make_shop())
    assert add(client, shop, hidden).status_code == 400
    assert add(client, shop, foreign).status_code == 400
    assert add(client, shop, make_product(shop), 0).status_code == 400


def test_changing_quantities_keeps_what_was_typed_on_error(client, shop):
    bread = make_product(shop, stock=3)
    cake = make_product(shop)
    add(client, shop, bread)
    add(client, shop, cake)
    url = reverse("shops:basket", args=[shop.slug])
    response = client.post(url, {f"quantite-{bread.pk}": "7", f"quantite-{cake.pk}": "deux"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="7"' in html and 'value="deux"' in html
    assert "Il n&#x27;en reste que 3." in html and "Saisissez un nombre entier." in html
    session_basket = client.session[f"shops.basket.{shop.pk}"]
    assert session_basket == {str(bread.pk): 1, str(cake.pk): 1}  # nothing changed

    changed = client.post(url, {f"quantite-{bread.pk}": "3", f"quantite-{cake.pk}": "0"})
    assert changed.status_code == 302
    assert client.session[f"shops.basket.{shop.pk}"] == {str(bread.pk): 3}
    assert client.post(url, {"retirer": str(bread.pk)}).status_code == 302
    assert f"shops.basket.{shop.pk}" not in client.session


# --- Checkout -----------------------------------------------------------------------------------


@pytest.fixture
def basket(client, shop):
    bread = make_product(shop, name="Fougasse", price=Decimal("4.50"), stock=3)
    add(client, shop, bread, 2)
    return bread


def checkout_data(slot, **fields):
    data = {
        "customer_name": "Camille Martin",
        "customer_email": "camille@example.org",
        "customer_phone": "06.12.34.56.78",
        "note": "Bien cuite",
        "slot": slot.pk,
        "price": "0.01",  # whatever the browser sends, prices come from the database
    }
    data.update(fields)
    return data


def test_checkout_offers_slots_grouped_by_day(client, shop, basket):
    extend_horizon(shop)  # as the worker does once the shop is published
    page = client.get(reverse("shops:checkout", args=[shop.slug])).content.decode()
    offered = available_slots(shop, now=timezone.now())
    assert offered and page.count('type="radio" name="slot"') == len(offered)
    assert "shopfront-slot-date" in page


def test_looking_at_the_checkout_writes_nothing(client, shop, basket):
    page = client.get(reverse("shops:checkout", args=[shop.slug]))
    assert page.status_code == 200
    assert not Slot.objects.filter(shop=shop).exists()


def test_checkout_places_the_order_and_empties_the_basket(
    client, shop, basket, mailoutbox, django_capture_on_commit_callbacks
):
    slot = make_slot(shop, in_hours=30)
    url = reverse("shops:checkout", args=[shop.slug])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, checkout_data(slot))
    order = Order.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("shops:order", args=[order.token])
    assert order.total == Decimal("9.00") and order.customer_phone == "06 12 34 56 78"
    assert f"shops.basket.{shop.pk}" not in client.session
    basket.refresh_from_db()
    assert basket.stock == 1
    # The customer's confirmation, and the merchant's copy.
    assert [message.to for message in mailoutbox] == [["camille@example.org"], [shop.owner.email]]


def test_a_bad_phone_keeps_everything_typed(client, shop, basket):
    slot = make_slot(shop, in_hours=30)
    url = reverse("shops:checkout", args=[shop.slug])
    response = client.post(url, checkout_data(slot, customer_phone="12345"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "numéro de téléphone français" in html
    assert 'value="Camille Martin"' in html and "Bien cuite" in html
    assert f'value="{slot.pk}" checked' in html
    assert not Order.objects.exists()


def test_a_slot_filled_meanwhile_is_explained_and_the_others_offered(client, shop, basket):
    slot = make_slot(shop, in_hours=30)
    other = make_slot(shop, in_hours=31)
    url = reverse("shops:checkout", args=[shop.slug])
    client.get(url)
    Slot.objects.filter(pk=slot.pk).update(booked=slot.capacity)
    response = client.post(url, checkout_data(slot))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ce créneau n" in html
    assert f'value="{other.pk}"' in html and f'value="{slot.pk}"' not in html
    assert 'value="Camille Martin"' in html


def test_stock_sold_meanwhile_refuses_the_order(client, shop, basket):
    slot = make_slot(shop, in_hours=30)
    Product.objects.filter(pk=basket.pk).update(stock=1)
    response = client.post(reverse("shops:checkout", args=[shop.slug]), checkout_data(slot))
    assert response.status_code == 400
    assert "Il ne reste plus assez de « Fougasse »" in response.content.decode()
    assert Slot.objects.get(pk=slot.pk).booked == 0


def test_an_empty_basket_goes_back_to_the_storefront(client, shop):
    response = client.get(reverse("shops:checkout", args=[shop.slug]))
    assert response.status_code == 302 and response.url == storefront_url(shop)


# --- The private order page ---------------------------------------------------------------------


@pytest.fixture
def order(shop):
    bread = make_product(shop, name="Pain aux noix", stock=5)
    return place_order(shop, lines={bread.pk: 2}, slot_id=make_slot(shop).pk, **customer())


def test_the_order_page_shows_number_slot_lines_and_address(client, order):
    response = client.get(reverse("shops:order", args=[order.token]))
    html = response.content.decode()
    assert response.status_code == 200
    assert order.number in html and '2 × <span lang="fr">Pain aux noix</span>' in html
    assert "3 place du Marché" in html
    assert "Sonnez à la porte de derrière." in html
    assert response["Cache-Control"] == "private, no-store"
    # The secret address never leaves for another site (see the test below for why not
    # "no-referrer").
    assert response["Referrer-Policy"] == "same-origin"


#: What Chromium puts in the Origin header of a same-origin form POST under each policy the
#: page may send (Fetch standard, "serializing a request origin"): "null" under no-referrer.
CHROMIUM_ORIGIN_UNDER = {
    "no-referrer": "null",
    "same-origin": "http://testserver",
    "strict-origin": "http://testserver",
    "strict-origin-when-cross-origin": "http://testserver",
    "origin": "http://testserver",
}


def test_the_cancel_form_passes_csrf_under_the_pages_referrer_policy(db, order):
    """Under ``no-referrer`` Chromium posts the cancel form with ``Origin: null`` and Django's
    CSRF check answers 403: the page's policy must let the browser send its real origin."""
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    page = browser.get(reverse("shops:order", args=[order.token]))
    policy = page["Referrer-Policy"]
    assert policy in CHROMIUM_ORIGIN_UNDER
    assert policy not in ("origin", "unsafe-url")  # nothing of the address to other sites
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
    url = reverse("shops:order_cancel", args=[order.token])
    data = {"csrfmiddlewaretoken": token, "confirmation": "oui"}
    refused = browser.post(url, data, HTTP_ORIGIN="null")
    assert refused.status_code == 403  # what no-referrer led to
    response = browser.post(url, data, HTTP_ORIGIN=CHROMIUM_ORIGIN_UNDER[policy])
    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED


def test_no_customer_can_open_another_order(client, shop, order):
    bread = make_product(shop)
    other = place_order(shop, lines={bread.pk: 1}, slot_id=make_slot(shop).pk, **customer())
    assert other.token != order.token and len(other.token) >= 43
    for token in [order.token[:-1] + ("A" if order.token[-1] != "A" else "B"), "x" * 43, "1"]:
        assert client.get(f"/commande/{token}/").status_code == 404
        assert client.post(f"/commande/{token}/annuler/").status_code == 404
        assert client.get(f"/commande/{token}/calendrier.ics").status_code == 404
    assert Order.objects.filter(status=OrderStatus.CANCELLED).count() == 0


def test_the_customer_cancels_from_her_page(client, order):
    url = reverse("shops:order_cancel", args=[order.token])
    assert client.post(url, {"confirmation": "oui"}).status_code == 302
    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED
    page = client.get(reverse("shops:order", args=[order.token])).content.decode()
    assert "Vous avez annulé cette commande." in page and "Annuler ma commande" not in page


def test_cancelling_asks_first_and_a_post_without_confirmation_changes_nothing(client, order):
    page = client.get(reverse("shops:order", args=[order.token])).content.decode()
    assert f"Annuler la commande n° {order.number} ?" in page
    assert 'name="confirmation" value="oui"' in page
    response = client.post(reverse("shops:order_cancel", args=[order.token]))
    assert response.status_code == 400
    assert "confirmez l&#x27;annulation" in response.content.decode()
    assert '<details class="confirm-step" open>' in response.content.decode()
    order.refresh_from_db()
    assert order.status == OrderStatus.NEW


def test_a_ready_order_cannot_be_cancelled_by_the_customer(client, order):
    Order.objects.filter(pk=order.pk).update(status=OrderStatus.READY)
    response = client.post(
        reverse("shops:order_cancel", args=[order.token]), {"confirmation": "oui"}
    )
    assert response.status_code == 400
    order.refresh_from_db()
    assert order.status == OrderStatus.READY


def test_the_calendar_file(client, order):
    response = client.get(reverse("shops:order_ics", args=[order.token]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Cache-Control"] == "private, no-store"
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body and order.number in body and "TZID=Europe/Paris" in body
