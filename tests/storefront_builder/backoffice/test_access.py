"""Only the shop's owner reaches its back office; another owner learns nothing."""

import pytest
from django.urls import reverse

from storefront_builder.models import Order, OrderStatus, Shop, Slot
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.backoffice.factories import (
    DAY,
    at,
    make_order,
    make_product,
    make_slot,
)

pytestmark = pytest.mark.django_db

PAGES = ["orders", "orders_pdf", "orders_csv", "pause", "poster", "figures", "closures"]


def test_another_owner_gets_404_on_this_shops_order_and_slot(
    client, other_owner, other_shop, order, morning
):
    client.force_login(other_owner)
    assert client.get(reverse("shops:order_detail", args=[order.pk])).status_code == 404
    for target in ("preparing", "cancelled"):
        response = client.post(reverse("shops:order_status", args=[order.pk]), {"statut": target})
        assert response.status_code == 404
    response = client.post(reverse("shops:slot_toggle", args=[morning.pk]), {"action": "fermer"})
    assert response.status_code == 404
    order.refresh_from_db()
    assert order.status == OrderStatus.NEW
    assert Slot.objects.get(pk=morning.pk).closed is False


def test_another_owner_sees_only_her_own_orders(client, other_owner, other_shop, order):
    theirs = make_order(
        make_slot(other_shop, at(DAY, 9)),
        [(make_product(other_shop, "Comté 18 mois", "6.40"), 1)],
        customer_name="Gisèle Fromentin",
    )
    client.force_login(other_owner)
    board = client.get(reverse("shops:orders"), {"jour": "2031-06-12"}).content.decode()
    assert "Gisèle Fromentin" in board
    assert order.customer_name not in board and order.number not in board
    sheet = client.get(reverse("shops:orders_csv"), {"du": "2031-06-12", "au": "2031-06-12"})
    text = sheet.content.decode()
    assert theirs.number in text and order.customer_name not in text
    # Her pause and poster are hers: the first shop is left alone.
    client.post(reverse("shops:pause"), {"orders_paused": "on", "pause_message": "Congés"})
    assert Shop.objects.get(pk=other_shop.pk).orders_paused is True
    assert Shop.objects.get(pk=order.shop_id).orders_paused is False


def all_urls(order, slot):
    return [
        *(reverse(f"shops:{name}") for name in PAGES),
        reverse("shops:order_detail", args=[order.pk]),
    ], [
        reverse("shops:order_status", args=[order.pk]),
        reverse("shops:slot_toggle", args=[slot.pk]),
    ]


def test_anonymous_visitors_are_sent_to_log_in(client, order, morning):
    pages, posts = all_urls(order, morning)
    for url in pages:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "next=" in response["Location"]
    for url in posts:
        response = client.post(url, {"statut": "preparing", "action": "fermer"})
        assert response.status_code == 302, url
    assert Order.objects.get(pk=order.pk).status == OrderStatus.NEW


@pytest.mark.parametrize("who", ["advisor", "staff"])
def test_advisors_and_staff_are_refused(client, request, order, morning, who):
    client.force_login(request.getfixturevalue(who))
    pages, posts = all_urls(order, morning)
    for url in pages:
        assert client.get(url).status_code == 403, url
    for url in posts:
        assert client.post(url, {"statut": "preparing", "action": "fermer"}).status_code == 403


def test_an_owner_without_a_shop_is_sent_to_the_wizard(client):
    client.force_login(OwnerFactory())
    for name in PAGES:
        response = client.get(reverse(f"shops:{name}"))
        assert response.status_code == 302
        assert response["Location"] == reverse("shops:wizard_identity")
