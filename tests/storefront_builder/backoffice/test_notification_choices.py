"""The merchant chooses her e-mails (each order, the morning summary) on the pause page,
reached from the shop's navigation; only her own shop changes."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_pause_page_shows_her_choices(owner_client, shop):
    page = owner_client.get(reverse("shops:pause")).content.decode()
    assert 'id="e-mails"' in page
    assert f'action="{reverse("shops:notifications")}"' in page
    assert 'name="notify_orders"' in page and 'name="notify_morning_summary"' in page


def test_she_turns_the_morning_summary_off(owner_client, shop, other_shop):
    response = owner_client.post(reverse("shops:notifications"), {"notify_orders": "on"})
    assert response.status_code == 302
    assert response.url == reverse("shops:pause") + "#e-mails"
    shop.refresh_from_db()
    other_shop.refresh_from_db()
    assert (shop.notify_orders, shop.notify_morning_summary) == (True, False)
    assert (other_shop.notify_orders, other_shop.notify_morning_summary) == (True, True)
    page = owner_client.get(reverse("shops:pause")).content.decode()
    assert "checked" in page.split('name="notify_orders"')[1].split(">")[0]
    assert "checked" not in page.split('name="notify_morning_summary"')[1].split(">")[0]


def test_only_a_signed_in_owner_with_a_shop_posts_and_only_by_post(owner_client):
    from django.test import Client

    assert owner_client.get(reverse("shops:notifications")).status_code == 405
    response = Client().post(reverse("shops:notifications"), {})
    assert response.status_code == 302 and "/compte/login/" in response.url
