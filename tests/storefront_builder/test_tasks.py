"""Slots are made ahead on the worker: when a shop goes online, when its pickup settings change,
and every night for every published shop, never by a page view."""

from datetime import datetime, time, timedelta

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone
from django_tasks import default_task_backend

from storefront_builder.models import ShopStatus, Slot
from storefront_builder.slots import PARIS
from storefront_builder.tasks import (
    extend_all_slots,
    extend_slots,
    schedule_next_night,
)
from storefront_builder.wizard import services
from tests.storefront_builder.storefront.factories import make_shop
from tests.storefront_builder.wizard.factories import complete_shop

pytestmark = pytest.mark.django_db
DEFERRING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
SLOTS_PER_DAY = 6  # 9:00 to 12:00 in slots of 30 minutes (the storefront factory's windows)


def test_every_published_shop_gets_its_horizon_and_a_spare_day():
    published = make_shop(booking_horizon_days=3)
    draft = make_shop(status=ShopStatus.DRAFT)
    extend_all_slots.call()
    assert Slot.objects.filter(shop=published).count() == (3 + 2) * SLOTS_PER_DAY
    assert not Slot.objects.filter(shop=draft).exists()
    assert extend_all_slots.call() == 0


def test_one_shop_is_extended_only_while_published():
    shop = make_shop(status=ShopStatus.DRAFT, booking_horizon_days=1)
    assert extend_slots.call(shop_id=shop.pk) == 0
    shop.status = ShopStatus.PUBLISHED
    shop.save()
    assert extend_slots.call(shop_id=shop.pk) == 3 * SLOTS_PER_DAY


def test_publishing_and_changing_the_pickup_settings_make_the_slots(
    django_capture_on_commit_callbacks,
):
    shop = complete_shop()
    assert not Slot.objects.filter(shop=shop).exists()
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(shop)
    assert Slot.objects.filter(shop=shop).exists()
    afternoons = [(weekday, time(14), time(15)) for weekday in range(7)]
    with django_capture_on_commit_callbacks(execute=True):
        services.save_pickup(shop, afternoons, {"booking_horizon_days": 14})
    last = timezone.localdate() + timedelta(days=14)
    assert Slot.objects.filter(
        shop=shop, starts_at=datetime.combine(last, time(14), tzinfo=PARIS)
    ).exists()


@override_settings(TASKS=DEFERRING)
def test_the_nightly_run_is_enqueued_once_a_night():
    cache.clear()
    afternoon = datetime(2030, 1, 7, 15, tzinfo=PARIS)
    assert schedule_next_night(afternoon)
    assert not schedule_next_night(afternoon + timedelta(hours=8))  # the same night
    assert schedule_next_night(afternoon + timedelta(days=1))
    runs = [result.task.run_after for result in default_task_backend.results]
    nights = [datetime(2030, 1, day, 0, 10, tzinfo=PARIS) for day in (8, 9)]
    assert runs == nights
