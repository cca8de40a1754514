"""The anonymous checkout, throttled per client and per shop: a script cannot book a shop's
slots, other customers are not affected, and a customer's mistakes cost her nothing.

Production-like: behind one trusted proxy, the client is the last X-Forwarded-For entry."""

from decimal import Decimal
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse

from storefront_builder.models import Order, Slot
from tests.storefront_builder.storefront.factories import (
    make_product,
    make_shop,
    make_slot,
)

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
SCRIPT, NEIGHBOUR = "203.0.113.7", "203.0.113.8"


@pytest.fixture(autouse=True)
def production_like(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.CHECKOUT_RATE_LIMITS = {"shop": (3, 3600), "site": (5, 3600)}


def browser(address: str) -> Client:
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)


def order(client, shop, slot, *, forged: str = "", **fields):
    """Add a product to the basket and check out for ``slot``; ``forged`` is what the client
    writes in front of the proxy's entry."""
    headers = {}
    if forged:
        headers["HTTP_X_FORWARDED_FOR"] = f"{forged}, {client.defaults['HTTP_X_FORWARDED_FOR']}"
    product = make_product(shop, price=Decimal("2.00"))
    client.post(
        reverse("shops:basket_add", args=[shop.slug]),
        {"product": product.pk, "quantity": 1},
        **headers,
    )
    data = {
        "customer_name": "Client Pressé",
        "customer_email": "presse@example.org",
        "customer_phone": "06 12 34 56 78",
        "note": "Sans sucre",
        "slot": slot.pk,
        **fields,
    }
    return client.post(reverse("shops:checkout", args=[shop.slug]), data, **headers)


def test_a_script_books_no_more_than_its_share_whatever_it_forges():
    shop = make_shop()
    slots = [make_slot(shop, in_hours=30 + n, capacity=1) for n in range(6)]
    script = browser(SCRIPT)
    codes = [
        order(script, shop, slot, forged=f"198.51.100.{n}").status_code
        for n, slot in enumerate(slots[:5])
    ]
    assert codes == [302, 302, 302, 429, 429]
    assert Order.objects.count() == 3
    assert Slot.objects.filter(booked=1).count() == 3

    refused = order(script, shop, slots[5])
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    html = unescape(refused.content.decode())
    assert "cette commande n'a pas été enregistrée" in html
    # Nothing she typed is lost.
    assert 'value="Client Pressé"' in html and "Sans sucre" in html
    assert f'value="{slots[5].pk}" checked' in html

    # Another customer of the same shop orders as usual.
    assert order(browser(NEIGHBOUR), shop, slots[5]).status_code == 302


def test_the_limit_over_all_shops():
    script = browser(SCRIPT)
    codes = []
    for _n in range(3):
        shop = make_shop()
        codes += [order(script, shop, make_slot(shop, in_hours=30 + k)).status_code for k in (0, 1)]
    assert codes == [302, 302, 302, 302, 302, 429]


def test_mistakes_and_refused_orders_do_not_count(settings):
    settings.CHECKOUT_RATE_LIMITS = {"shop": (1, 3600), "site": (1, 3600)}
    shop = make_shop()
    slot = make_slot(shop, in_hours=30)
    customer = browser(SCRIPT)
    assert order(customer, shop, slot, customer_phone="12345").status_code == 400
    assert order(customer, shop, slot, customer_phone="12345").status_code == 400
    full = make_slot(shop, in_hours=31, booked=5)
    assert order(customer, shop, full).status_code == 400  # refused: the slot is full
    assert order(customer, shop, slot).status_code == 302
    assert order(customer, shop, make_slot(shop, in_hours=32)).status_code == 429
