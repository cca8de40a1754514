"""Pausing orders for the holidays; closing one slot and opening it again."""

from datetime import time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from storefront_builder.models import Order, Shop, Slot
from storefront_builder.ordering import OrderRefused, place_order
from storefront_builder.slots import extend_horizon
from tests.storefront_builder.backoffice.factories import make_window

pytestmark = pytest.mark.django_db


def test_pausing_and_resuming_orders(owner_client, shop):
    page = owner_client.get(reverse("shops:pause"))
    assert page.status_code == 200
    assert "prend actuellement des commandes" in page.content.decode()

    response = owner_client.post(
        reverse("shops:pause"),
        {"orders_paused": "on", "pause_message": "Fermé pour congés du 4 au 18 août."},
    )
    assert response.status_code == 302
    shop.refresh_from_db()
    assert shop.orders_paused is True
    assert shop.pause_message == "Fermé pour congés du 4 au 18 août."
    assert "en pause" in owner_client.get(reverse("shops:orders")).content.decode()

    owner_client.post(reverse("shops:pause"), {"pause_message": shop.pause_message})
    shop.refresh_from_db()
    assert shop.orders_paused is False


def test_a_too_long_pause_message_changes_nothing(owner_client, shop):
    message = "Nous sommes en vacances. " * 10
    response = owner_client.post(
        reverse("shops:pause"), {"orders_paused": "on", "pause_message": message}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Le message fait plus de 200 caractères." in page
    assert "Nous sommes en vacances." in page
    assert "checked" in page
    shop = Shop.objects.get(pk=shop.pk)
    assert shop.orders_paused is False
    assert shop.pause_message == ""


def test_closing_a_slot_keeps_its_orders(owner_client, order, morning):
    url = reverse("shops:slot_toggle", args=[morning.pk])
    response = owner_client.post(url, {"action": "fermer", "confirmation": "oui"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"?jour=2031-06-12#creneau-{morning.pk}")
    morning.refresh_from_db()
    assert morning.closed is True
    assert morning.booked == 1
    assert Order.objects.filter(slot=morning).count() == 1
    board = owner_client.get(reverse("shops:orders"), {"jour": "2031-06-12"}).content.decode()
    assert "fermé aux nouvelles commandes" in board
    assert "Rouvrir le créneau" in board
    assert order.customer_name in board

    owner_client.post(url, {"action": "rouvrir"})
    assert Slot.objects.get(pk=morning.pk).closed is False


def test_closing_a_slot_asks_first_and_an_unconfirmed_post_changes_nothing(
    owner_client, order, morning
):
    board = owner_client.get(reverse("shops:orders"), {"jour": "2031-06-12"}).content.decode()
    assert "Fermer le créneau de 09:00 ?" in board
    assert 'name="confirmation" value="oui"' in board
    response = owner_client.post(
        reverse("shops:slot_toggle", args=[morning.pk]), {"action": "fermer"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Le créneau n&#x27;est pas fermé : confirmez la fermeture." in page
    assert f'id="creneau-{morning.pk}-fermer" open' in page
    assert Slot.objects.get(pk=morning.pk).closed is False
    # Reopening gives back, it destroys nothing: one click is enough.
    Slot.objects.filter(pk=morning.pk).update(closed=True)
    owner_client.post(reverse("shops:slot_toggle", args=[morning.pk]), {"action": "rouvrir"})
    assert Slot.objects.get(pk=morning.pk).closed is False


def test_a_slot_action_that_does_not_exist_is_refused(owner_client, morning):
    response = owner_client.post(
        reverse("shops:slot_toggle", args=[morning.pk]), {"action": "supprimer"}
    )
    assert response.status_code == 400
    assert "fermer ou de rouvrir" in response.content.decode()
    assert Slot.objects.get(pk=morning.pk).closed is False


def test_the_slot_toggle_only_answers_posts(owner_client, morning):
    response = owner_client.get(reverse("shops:slot_toggle", args=[morning.pk]))
    assert response.status_code == 405


def test_a_paused_shop_takes_no_order(owner_client, shop, bread, morning):
    owner_client.post(reverse("shops:pause"), {"orders_paused": "on", "pause_message": ""})
    with pytest.raises(OrderRefused) as refused:
        place_order(
            Shop.objects.get(pk=shop.pk),
            lines={bread.pk: 1},
            slot_id=morning.pk,
            name="Claire Dubois",
            email="claire@client.example",
            phone="0612345678",
        )
    assert refused.value.code == "shop"


def test_a_closed_slot_takes_no_new_order(owner_client, shop, bread, morning):
    owner_client.post(
        reverse("shops:slot_toggle", args=[morning.pk]),
        {"action": "fermer", "confirmation": "oui"},
    )
    with pytest.raises(OrderRefused) as refused:
        place_order(
            shop,
            lines={bread.pk: 1},
            slot_id=morning.pk,
            name="Claire Dubois",
            email="claire@client.example",
            phone="0612345678",
        )
    assert refused.value.code == "slot"
    assert Slot.objects.get(pk=morning.pk).booked == 0


def test_a_future_slot_can_be_closed_before_anybody_booked_it(owner_client, shop):
    day = timezone.localdate() + timedelta(days=3)
    make_window(shop, weekday=day.weekday(), starts=time(9), ends=time(10))
    extend_horizon(shop)  # as the worker does after a change of pickup settings
    board = owner_client.get(reverse("shops:orders"), {"jour": f"{day:%Y-%m-%d}"})
    slots = [row.slot for row in board.context["board"].rows]
    assert [f"{timezone.localtime(slot.starts_at):%H:%M}" for slot in slots] == ["09:00", "09:30"]
    assert "Fermer le créneau" in board.content.decode()
    owner_client.post(
        reverse("shops:slot_toggle", args=[slots[0].pk]),
        {"action": "fermer", "confirmation": "oui"},
    )
    assert Slot.objects.get(pk=slots[0].pk).closed is True


def test_the_board_makes_no_slot_and_stops_at_the_horizon(owner_client, shop):
    today = timezone.localdate()
    for weekday in range(7):
        make_window(shop, weekday=weekday, starts=time(9), ends=time(10))
    last = today + timedelta(days=shop.booking_horizon_days)
    board = owner_client.get(reverse("shops:orders"), {"jour": f"{last:%Y-%m-%d}"})
    assert board.status_code == 200
    assert 'rel="next"' not in board.content.decode()

    far = owner_client.get(reverse("shops:orders"), {"jour": "2999-01-01"})
    assert far.status_code == 400
    assert "au-delà de vos créneaux" in far.content.decode()
    assert not Slot.objects.filter(shop=shop).exists()
