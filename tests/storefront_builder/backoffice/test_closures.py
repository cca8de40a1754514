"""Dated closures: what they close and reopen, the slots made later, validation, access, and
where they are announced."""

from datetime import date, datetime, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from storefront_builder.backoffice import services
from storefront_builder.closures import PARIS, describe, part_of_day, whole_days
from storefront_builder.models import Order, OrderStatus, ShopClosure, Slot
from storefront_builder.slots import ensure_slots
from tests.storefront_builder.backoffice.factories import (
    at,
    make_order,
    make_slot,
    make_window,
)

pytestmark = pytest.mark.django_db

SOON = timezone.localdate() + timedelta(days=10)  # the first day of the holidays in the tests


def holidays(first: date, last: date, label="Congés d'été") -> dict:
    return {
        "kind": "conges",
        "first_day": f"{first:%Y-%m-%d}",
        "last_day": f"{last:%Y-%m-%d}",
        "label": label,
    }


def closure(shop, bounds, label=""):
    """A closure saved through the service, from ``whole_days`` or ``part_of_day``."""
    starts_at, ends_at = bounds
    return services.closure_create(shop=shop, starts_at=starts_at, ends_at=ends_at, label=label)


def closed_starts(shop) -> set[datetime]:
    return set(Slot.objects.filter(shop=shop, closed=True).values_list("starts_at", flat=True))


def test_holidays_close_the_slots_inside_them_and_only_those(owner_client, shop, other_shop):
    before = make_slot(shop, at(SOON - timedelta(days=1), 23, 30))
    first = make_slot(shop, at(SOON, 0))
    last = make_slot(shop, at(SOON + timedelta(days=2), 18))
    after = make_slot(shop, at(SOON + timedelta(days=3), 0))
    theirs = make_slot(other_shop, at(SOON, 9))
    response = owner_client.post(
        reverse("shops:closures"), holidays(SOON, SOON + timedelta(days=2)), follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("shops:closures")
    closure = ShopClosure.objects.get(shop=shop)
    assert closure.starts_at == datetime.combine(SOON, time(0), tzinfo=PARIS)
    assert closure.ends_at == datetime.combine(SOON + timedelta(days=3), time(0), tzinfo=PARIS)
    assert closure.label == "Congés d'été"
    assert closed_starts(shop) == {first.starts_at, last.starts_at}
    assert not Slot.objects.get(pk=before.pk).closed and not Slot.objects.get(pk=after.pk).closed
    assert not Slot.objects.get(pk=theirs.pk).closed
    page = response.content.decode()
    assert "2 créneaux fermés aux nouvelles commandes" in page
    assert "Fermeture exceptionnelle du" in page and "Congés d&#x27;été" in page


def test_orders_already_booked_are_kept_and_the_merchant_is_told(owner_client, shop, bread, cake):
    slot = make_slot(shop, at(SOON + timedelta(days=1), 10))
    waiting = [make_order(slot, [(bread, 1)]), make_order(slot, [(cake, 1)])]
    make_order(slot, [(bread, 1)], status=OrderStatus.CANCELLED, book=False)
    response = owner_client.post(
        reverse("shops:closures"), holidays(SOON, SOON + timedelta(days=5)), follow=True
    )
    page = response.content.decode()
    assert "2 commandes déjà passées tombent pendant cette fermeture" in page
    board = f"{reverse('shops:orders')}?jour={SOON + timedelta(days=1):%Y-%m-%d}"
    assert f'href="{board}"' in page
    assert {order.status for order in Order.objects.filter(pk__in=[o.pk for o in waiting])} == {
        OrderStatus.NEW
    }
    assert Slot.objects.get(pk=slot.pk).booked == 2


def test_exceptional_hours_close_part_of_one_day(owner_client, shop):
    morning, noon, afternoon = (make_slot(shop, at(SOON, hour)) for hour in (10, 14, 16))
    response = owner_client.post(
        reverse("shops:closures"),
        {"kind": "horaires", "day": f"{SOON:%Y-%m-%d}", "closes": "13:30", "reopens": "16:00"},
        follow=True,
    )
    assert response.status_code == 200
    assert closed_starts(shop) == {noon.starts_at}
    assert not Slot.objects.get(pk=morning.pk).closed
    assert not Slot.objects.get(pk=afternoon.pk).closed
    assert "de 13:30 à 16:00" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            holidays(SOON, SOON - timedelta(days=1)),
            "last_day",
            "Le dernier jour précède le premier.",
        ),
        (
            holidays(timezone.localdate() - timedelta(days=1), SOON),
            "first_day",
            "Cette date est passée",
        ),
        ({"kind": "conges", "first_day": "", "last_day": ""}, "first_day", "Indiquez le premier"),
        (
            {"kind": "conges", "first_day": "24/12/2031", "last_day": "2031-12-31"},
            "first_day",
            "Indiquez une date au format AAAA-MM-JJ.",
        ),
        (holidays(SOON, SOON + timedelta(days=400)), "last_day", "366 jours au plus"),
        (
            {"kind": "horaires", "day": f"{SOON:%Y-%m-%d}", "closes": "16:00", "reopens": "14:00"},
            "reopens",
            "L&#x27;heure de réouverture doit suivre",
        ),
        (
            {"kind": "horaires", "day": f"{SOON:%Y-%m-%d}", "closes": "14h", "reopens": ""},
            "closes",
            "Indiquez une heure au format HH:MM",
        ),
        ({"kind": "", "label": "Inventaire"}, "kind", "Choisissez le type de fermeture."),
    ],
)
def test_bad_input_is_refused_with_a_french_message_and_kept(
    owner_client, shop, data, field, message
):
    slot = make_slot(shop, at(SOON, 10))
    response = owner_client.post(reverse("shops:closures"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert field in response.context["form"].errors
    assert "Rien n'a été enregistré" in page
    for name, value in data.items():
        if value and name != "kind":
            assert f'value="{escape(value)}"' in page, name
    assert not ShopClosure.objects.exists()
    assert not Slot.objects.get(pk=slot.pk).closed


def test_exceptional_hours_already_over_are_refused(owner_client, shop):
    now = timezone.localtime()
    if now.hour < 1:
        pytest.skip("needs an hour of today behind us")
    response = owner_client.post(
        reverse("shops:closures"),
        {"kind": "horaires", "day": f"{now:%Y-%m-%d}", "closes": "00:00", "reopens": "00:30"},
    )
    assert response.status_code == 400
    assert "Cette plage horaire est déjà passée." in response.content.decode()


def test_deleting_asks_first_then_reopens_only_what_no_other_closure_covers(owner_client, shop):
    by_hand = make_slot(shop, at(SOON - timedelta(days=2), 10), closed=True)
    alone = make_slot(shop, at(SOON, 10))
    shared = make_slot(shop, at(SOON + timedelta(days=2), 10))
    summer = closure(shop, whole_days(SOON, SOON + timedelta(days=3))).closure
    closure(shop, whole_days(SOON + timedelta(days=2), SOON + timedelta(days=6)), "Inventaire")
    url = reverse("shops:closure_delete", args=[summer.pk])
    confirm = owner_client.get(url)
    assert confirm.status_code == 200
    assert "Supprimer cette fermeture ?" in confirm.content.decode()
    assert ShopClosure.objects.filter(pk=summer.pk).exists()

    response = owner_client.post(url, follow=True)
    assert "Fermeture supprimée : 1 créneau rouvert aux commandes." in response.content.decode()
    assert not ShopClosure.objects.filter(pk=summer.pk).exists()
    assert not Slot.objects.get(pk=alone.pk).closed
    assert Slot.objects.get(pk=shared.pk).closed  # still inside the inventory
    assert Slot.objects.get(pk=by_hand.pk).closed  # closed by hand, outside any closure


def test_a_slot_closed_by_hand_inside_a_closure_stays_closed_when_it_is_deleted(shop):
    """She closed it herself on the orders board: deleting the holidays must not reopen it."""
    by_hand = services.set_slot_closed(make_slot(shop, at(SOON, 10)), closed=True)
    other = make_slot(shop, at(SOON, 11))
    holidays = closure(shop, whole_days(SOON, SOON)).closure
    assert services.closure_delete(closure=holidays) == 1
    assert Slot.objects.get(pk=by_hand.pk).closed
    assert not Slot.objects.get(pk=other.pk).closed


def test_slots_made_later_inside_a_closure_are_made_closed(shop, django_assert_num_queries):
    for weekday in range(7):
        make_window(shop, weekday=weekday, starts=time(9), ends=time(12))
    closure(shop, whole_days(SOON, SOON))
    closure(shop, part_of_day(SOON + timedelta(days=1), time(10), time(11)))
    with django_assert_num_queries(4):  # windows, existing starts, closures, one insert
        assert ensure_slots(shop, start=SOON - timedelta(days=1), days=3) == 18
    closed = sorted(timezone.localtime(moment) for moment in closed_starts(shop))
    assert [(moment.date(), moment.time()) for moment in closed] == [
        *((SOON, time(hour, minute)) for hour in (9, 10, 11) for minute in (0, 30)),
        (SOON + timedelta(days=1), time(10)),
        (SOON + timedelta(days=1), time(10, 30)),
    ]


def test_another_owner_can_neither_see_nor_delete_a_closure(client, shop, other_owner, other_shop):
    secret = closure(shop, whole_days(SOON, SOON), "Secret").closure
    client.force_login(other_owner)
    url = reverse("shops:closure_delete", args=[secret.pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert ShopClosure.objects.filter(pk=secret.pk).exists()
    assert "Secret" not in client.get(reverse("shops:closures")).content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, shop):
    saved = closure(shop, whole_days(SOON, SOON)).closure
    for url in (reverse("shops:closures"), reverse("shops:closure_delete", args=[saved.pk])):
        response = client.get(url)
        assert response.status_code == 302 and "next=" in response["Location"]
    response = client.post(reverse("shops:closures"), holidays(SOON, SOON))
    assert response.status_code == 302
    assert client.post(reverse("shops:closure_delete", args=[saved.pk])).status_code == 302
    assert ShopClosure.objects.count() == 1


def test_the_storefront_announces_the_closures_to_come_only(client, shop):
    now = timezone.now()
    closure(shop, (now - timedelta(days=3), now - timedelta(days=1)), "Passée")
    closure(shop, whole_days(SOON, SOON + timedelta(days=3)), "Congés")
    page = client.get(reverse("shops:storefront", args=[shop.slug])).content.decode()
    assert "Fermetures à venir" in page
    assert describe(ShopClosure.objects.get(label="Congés")).sentence in page
    assert "Passée" not in page


@pytest.mark.parametrize(
    ("starts_at", "ends_at", "period"),
    [
        (*whole_days(date(2031, 12, 24), date(2031, 12, 31)), "du 24 au 31 décembre"),
        (*whole_days(date(2031, 7, 28), date(2031, 8, 3)), "du 28 juillet au 3 août"),
        (
            *whole_days(date(2031, 12, 29), date(2032, 1, 2)),
            "du 29 décembre 2031 au 2 janvier 2032",
        ),
        (*whole_days(date(2031, 12, 24), date(2031, 12, 24)), "le mercredi 24 décembre"),
        (
            *part_of_day(date(2031, 12, 24), time(14), time(16, 30)),
            "le mercredi 24 décembre de 14:00 à 16:30",
        ),
    ],
)
def test_a_closure_reads_as_a_french_sentence(starts_at, ends_at, period):
    closure = ShopClosure(pk=1, starts_at=starts_at, ends_at=ends_at, label="Congés")
    with translation.override("fr"):
        described = describe(closure)
        assert described.period == period
        assert described.sentence == f"Fermeture exceptionnelle {period} : Congés"
