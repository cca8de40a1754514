"""The nightly purge of erased accounts schedules itself, once a night."""

from datetime import datetime, timedelta

import pytest
from django.core.cache import cache
from django.test import override_settings
from django_tasks import default_task_backend

from accounts.tasks import PARIS, purge_erased_data, schedule_next_purge

pytestmark = pytest.mark.django_db
DEFERRING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@override_settings(TASKS=DEFERRING)
def test_the_purge_is_enqueued_once_a_night_at_half_past_three():
    cache.clear()
    evening = datetime(2030, 1, 7, 22, tzinfo=PARIS)
    assert schedule_next_purge(evening)
    assert not schedule_next_purge(evening + timedelta(hours=2))  # the same night
    early = datetime(2030, 1, 9, 1, tzinfo=PARIS)
    assert schedule_next_purge(early)  # before 03:30: this very night
    runs = [result.task.run_after for result in default_task_backend.results]
    assert runs == [
        datetime(2030, 1, 8, 3, 30, tzinfo=PARIS),
        datetime(2030, 1, 9, 3, 30, tzinfo=PARIS),
    ]


@override_settings(TASKS=DEFERRING)
def test_a_run_schedules_the_next_one():
    cache.clear()
    purge_erased_data.call()
    assert [result.task.func for result in default_task_backend.results] == [purge_erased_data.func]


def test_the_immediate_backend_gets_no_chain():
    assert not schedule_next_purge()
