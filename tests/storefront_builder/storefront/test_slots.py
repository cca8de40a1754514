"""Slots made from the pickup windows, in Paris time, and which of them can be booked."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from storefront_builder.models import PickupWindow, ShopStatus, Slot
from storefront_builder.slots import (
    PARIS,
    available_slots,
    ensure_slots,
    extend_horizon,
    slots_on,
)
from tests.storefront_builder.storefront.factories import make_shop

MONDAY = date(2030, 1, 7)


def local(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS)


def test_a_window_is_cut_into_slots_of_the_shop_length(shop):
    assert ensure_slots(shop, start=MONDAY, days=1) == 6
    slots = list(Slot.objects.filter(shop=shop))
    assert [slot.starts_at for slot in slots] == [
        local(MONDAY, 9),
        local(MONDAY, 9, 30),
        local(MONDAY, 10),
        local(MONDAY, 10, 30),
        local(MONDAY, 11),
        local(MONDAY, 11, 30),
    ]
    assert all(slot.ends_at - slot.starts_at == timedelta(minutes=30) for slot in slots)
    assert {(slot.capacity, slot.booked, slot.closed) for slot in slots} == {(5, 0, False)}


def test_making_slots_twice_adds_nothing_and_keeps_their_counts(shop, django_assert_num_queries):
    ensure_slots(shop, start=MONDAY, days=7)
    Slot.objects.filter(shop=shop).update(booked=2)
    with django_assert_num_queries(2):  # the windows, the existing starts; no insert
        assert ensure_slots(shop, start=MONDAY, days=7) == 0
    assert Slot.objects.filter(shop=shop).count() == 42
    assert set(Slot.objects.values_list("booked", flat=True)) == {2}


def test_two_weeks_of_slots_cost_four_queries(shop, django_assert_num_queries):
    # The windows, the existing starts, the closures over the missing ones, one insert.
    with django_assert_num_queries(4):
        assert ensure_slots(shop, start=MONDAY, days=14) == 14 * 6


def test_slots_keep_their_wall_clock_time_across_daylight_saving(shop):
    # 29 March 2026: Paris moves from UTC+1 to UTC+2 at 2:00.
    ensure_slots(shop, start=date(2026, 3, 28), days=2)
    firsts = [slot.starts_at.astimezone(UTC) for slot in Slot.objects.filter(shop=shop)[::6]]
    assert firsts == [datetime(2026, 3, 28, 8, tzinfo=UTC), datetime(2026, 3, 29, 7, tzinfo=UTC)]
    assert {slot.starts_at.astimezone(PARIS).time() for slot in Slot.objects.all()[::6]} == {
        time(9)
    }


def test_a_local_time_that_does_not_exist_gives_no_slot(db):
    night = make_shop(windows=False)
    PickupWindow.objects.create(shop=night, weekday=6, starts=time(1, 30), ends=time(3, 30))
    ensure_slots(night, start=date(2026, 3, 29), days=1)
    starts = [slot.starts_at.astimezone(PARIS).time() for slot in Slot.objects.filter(shop=night)]
    assert starts == [time(1, 30), time(3)]  # 2:00 and 2:30 never happen that night
    first, second = Slot.objects.filter(shop=night)
    assert second.starts_at - first.starts_at == timedelta(minutes=30)  # real time


def test_available_slots_start_after_the_lead_time_and_end_at_the_horizon(shop):
    ensure_slots(shop, start=MONDAY, days=10)
    slots = available_slots(shop, now=local(MONDAY, 9, 10))
    assert slots[0].starts_at == local(MONDAY, 10, 30)  # 9:10 + 60 minutes of preparation
    assert slots[-1].starts_at == local(MONDAY + timedelta(days=7), 11, 30)
    assert len(slots) == 3 + 7 * 6


def test_closed_and_full_slots_are_not_offered(shop):
    ensure_slots(shop, start=MONDAY + timedelta(days=1), days=1)
    first, second, *rest = Slot.objects.filter(shop=shop)
    Slot.objects.filter(pk=first.pk).update(closed=True)
    Slot.objects.filter(pk=second.pk).update(booked=5)
    offered = available_slots(shop, now=local(MONDAY, 8))
    assert [slot.pk for slot in offered] == [slot.pk for slot in rest]


@pytest.mark.parametrize(
    "change", [{"orders_paused": True}, {"status": ShopStatus.DRAFT}], ids=["paused", "draft"]
)
def test_a_paused_or_unpublished_shop_offers_no_slot(shop, change):
    ensure_slots(shop, start=MONDAY, days=3)
    for name, value in change.items():
        setattr(shop, name, value)
    assert available_slots(shop, now=local(MONDAY, 6)) == []


def test_the_horizon_is_made_ahead_with_a_spare_day(shop):
    assert extend_horizon(shop, today=MONDAY) == 9 * 6  # today, 7 days, and a spare one
    assert len(available_slots(shop, now=local(MONDAY, 6))) == 8 * 6
    assert extend_horizon(shop, today=MONDAY) == 0
    # Midnight: the horizon moves on and its new last day is already there.
    assert len(available_slots(shop, now=local(MONDAY + timedelta(days=1), 0, 5))) == 8 * 6


def test_slots_on_a_day_include_full_and_closed_ones(shop):
    ensure_slots(shop, start=MONDAY, days=2)
    Slot.objects.filter(shop=shop).update(closed=True)
    assert len(slots_on(shop, MONDAY)) == 6
    assert {slot.starts_at.astimezone(PARIS).date() for slot in slots_on(shop, MONDAY)} == {MONDAY}
