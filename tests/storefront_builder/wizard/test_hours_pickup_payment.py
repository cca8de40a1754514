"""Steps 3 to 5: opening hours, pickup windows and slots, payment at pickup."""

import datetime
from html import unescape

import pytest

from storefront_builder.models import OpeningHours, PickupWindow
from tests.storefront_builder.wizard.factories import ShopFactory, add_hours, add_windows

pytestmark = pytest.mark.django_db
HOURS = "/ma-boutique/horaires/"
PICKUP = "/ma-boutique/retrait/"
PAYMENT = "/ma-boutique/paiement/"


def rows(model, start, end):
    return [(row.weekday, getattr(row, start), getattr(row, end)) for row in model.objects.all()]


def pickup_data(**overrides):
    data = {
        "d1_0_start": "10:00",
        "d1_0_end": "12:00",
        "d1_1_start": "16:00",
        "d1_1_end": "18:30",
        "d5_0_start": "09:00",
        "d5_0_end": "13:00",
        "slot_minutes": "20",
        "capacity_per_slot": "6",
        "lead_time_minutes": "120",
        "booking_horizon_days": "14",
        "pickup_instructions": "Sonnez à droite.",
    }
    data.update(overrides)
    return data


def test_hours_save_two_ranges_a_day_and_resume(client, owner):
    shop = ShopFactory(owner=owner)
    client.force_login(owner)
    data = {
        "d0_0_start": "08:30",
        "d0_0_end": "12:30",
        "d0_1_start": "14:00",
        "d0_1_end": "19:00",
        "d5_0_start": "8h",
        "d5_0_end": "13:00",
    }
    response = client.post(HOURS, data)
    assert response.status_code == 302
    assert response.url == PICKUP
    assert rows(OpeningHours, "opens", "closes") == [
        (0, datetime.time(8, 30), datetime.time(12, 30)),
        (0, datetime.time(14), datetime.time(19)),
        (5, datetime.time(8), datetime.time(13)),
    ]
    shop.refresh_from_db()
    assert "hours" in shop.completed_steps

    page = client.get(HOURS).content.decode()
    assert 'name="d0_1_start" value="14:00"' in page
    assert 'name="d5_0_start" value="08:00"' in page
    assert 'name="d3_0_start" id=' in page  # Thursday stays empty.

    # Saving again replaces the week.
    assert client.post(HOURS, {"d2_0_start": "09:00", "d2_0_end": "17:00"}).status_code == 302
    assert rows(OpeningHours, "opens", "closes") == [(2, datetime.time(9), datetime.time(17))]


@pytest.mark.parametrize(
    "data, message",
    [
        (
            {"d0_0_start": "18:00", "d0_0_end": "09:00"},
            "Lundi : l'heure de fin doit être après l'heure de début.",
        ),
        ({"d1_0_start": "09:00"}, "Mardi : indiquez l'heure de début et l'heure de fin."),
        (
            {
                "d2_0_start": "09:00",
                "d2_0_end": "13:00",
                "d2_1_start": "12:00",
                "d2_1_end": "18:00",
            },
            "Mercredi : les deux plages se chevauchent.",
        ),
        (
            {"d3_0_start": "9 heures", "d3_0_end": "12:00"},
            "Saisissez une heure, par exemple 09:30.",
        ),
        ({}, "Indiquez au moins une plage d'ouverture dans la semaine."),
    ],
)
def test_bad_hours_are_refused_and_nothing_changes(client, owner, data, message):
    shop = ShopFactory(owner=owner)
    add_hours(shop, weekdays=[4])
    before = rows(OpeningHours, "opens", "closes")
    client.force_login(owner)
    response = client.post(HOURS, data)
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert message in page
    assert "Rien n'a été enregistré" in page
    for name, value in data.items():
        assert f'value="{value}"' in page, name
    assert rows(OpeningHours, "opens", "closes") == before
    shop.refresh_from_db()
    assert "hours" not in shop.completed_steps


def test_pickup_saves_windows_and_slot_rules_then_resumes(client, owner):
    shop = ShopFactory(owner=owner)
    client.force_login(owner)
    response = client.post(PICKUP, pickup_data())
    assert response.status_code == 302
    assert response.url == PAYMENT
    assert rows(PickupWindow, "starts", "ends") == [
        (1, datetime.time(10), datetime.time(12)),
        (1, datetime.time(16), datetime.time(18, 30)),
        (5, datetime.time(9), datetime.time(13)),
    ]
    shop.refresh_from_db()
    assert (shop.slot_minutes, shop.capacity_per_slot) == (20, 6)
    assert (shop.lead_time_minutes, shop.booking_horizon_days) == (120, 14)
    assert shop.pickup_instructions == "Sonnez à droite."
    assert "pickup" in shop.completed_steps

    page = unescape(client.get(PICKUP).content.decode())
    assert 'name="d1_1_end" value="18:30"' in page
    assert '<option value="20" selected>' in page
    assert 'value="6"' in page and 'value="120"' in page and 'value="14"' in page
    assert "Sonnez à droite." in page


def test_pickup_can_start_from_the_opening_hours(client, owner):
    shop = ShopFactory(owner=owner)
    add_hours(shop, weekdays=[0, 2])
    client.force_login(owner)
    page = unescape(client.get(PICKUP + "?copier=horaires").content.decode())
    assert "Vos horaires d'ouverture ont été recopiés" in page
    assert 'name="d0_0_start" value="08:00"' in page
    assert 'name="d2_0_end" value="19:00"' in page
    assert not PickupWindow.objects.exists()  # Only saved when she submits.


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"slot_minutes": "25"}, "Sélectionnez un choix valide"),
        ({"capacity_per_slot": "51"}, "Au plus 50 commandes par créneau."),
        ({"capacity_per_slot": "0"}, "Au moins une commande par créneau."),
        ({"booking_horizon_days": "31"}, "Au plus 30 jours."),
        ({"booking_horizon_days": "0"}, "Au moins un jour."),
        ({"lead_time_minutes": "-5"}, "Le délai ne peut pas être négatif."),
        ({"d1_0_end": "09:00"}, "Mardi : l'heure de fin doit être après l'heure de début."),
        ({"slot_minutes": "60", "d1_0_end": "10:30"}, "est plus courte qu'un créneau (60 minutes)"),
    ],
)
def test_bad_pickup_settings_are_refused_and_nothing_changes(client, owner, overrides, message):
    shop = ShopFactory(owner=owner)
    add_windows(shop, weekdays=[3])
    before = rows(PickupWindow, "starts", "ends")
    client.force_login(owner)
    response = client.post(PICKUP, pickup_data(**overrides))
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert message in page
    assert "Sonnez à droite." in page
    assert rows(PickupWindow, "starts", "ends") == before
    shop.refresh_from_db()
    assert (shop.slot_minutes, shop.capacity_per_slot, shop.booking_horizon_days) == (30, 4, 7)
    assert shop.pickup_instructions == ""


def test_payment_explains_pay_at_pickup_and_records_the_step(client, owner):
    shop = ShopFactory(owner=owner)
    client.force_login(owner)
    page = client.get(PAYMENT).content.decode()
    assert "Paiement au retrait" in page
    assert "Bientôt" in page
    response = client.post(PAYMENT)
    assert response.status_code == 302
    assert response.url == "/ma-boutique/produits/"
    shop.refresh_from_db()
    assert shop.pay_at_pickup
    assert shop.completed_steps == ["identity", "payment"]
    client.post(PAYMENT)
    shop.refresh_from_db()
    assert shop.completed_steps == ["identity", "payment"]
