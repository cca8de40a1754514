"""Each morning, every published shop that wants it gets the day's pickups slot by slot, once:
a second run, or a job enqueued again after a worker restarted, sends nothing more."""

from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django_tasks import default_task_backend

from storefront_builder.models import MerchantNotice, NoticeKind, OrderStatus, ShopStatus
from storefront_builder.slots import PARIS
from storefront_builder.tasks import schedule_next_morning, send_morning_summaries
from tests.accounts.factories import OwnerFactory
from tests.redis import NEEDS_REDIS, REDIS_URL
from tests.storefront_builder.backoffice.factories import (
    DAY,
    at,
    make_order,
    make_product,
    make_shop,
    make_slot,
)

pytestmark = pytest.mark.django_db
MORNING = datetime.combine(DAY, time(7), tzinfo=PARIS)


def run(capture, day=DAY):
    with time_machine.travel(MORNING, tick=False), capture(execute=True):
        return send_morning_summaries.call(day=day.isoformat())


def summaries():
    return [message for message in mail.outbox if "retrait" in message.subject]


@pytest.fixture
def day_orders(shop, bread, cake, morning):
    late = make_slot(shop, at(DAY, 11))
    return [
        make_order(morning, [(bread, 2), (cake, 1)], customer_name="Aïcha Benali"),
        make_order(late, [(bread, 1)], customer_name="Bruno Lefèvre"),
        make_order(late, [(bread, 6)], customer_name="Annulé Parti", status=OrderStatus.CANCELLED),
        make_order(make_slot(shop, at(DAY + timedelta(days=1), 9)), [(bread, 1)]),
    ]


def test_the_days_pickups_by_slot_once_however_often_it_runs(
    shop, day_orders, django_capture_on_commit_callbacks
):
    assert run(django_capture_on_commit_callbacks) == 1
    assert run(django_capture_on_commit_callbacks) == 0
    [message] = summaries()
    assert message.to == [shop.owner.email]
    assert "2 retraits" in message.subject
    body = message.body
    assert body.index("09:00") < body.index("Aïcha Benali") < body.index("11:00")
    assert body.index("11:00") < body.index("Bruno Lefèvre")
    assert "2 × Baguette tradition" in body and "1 × Tarte aux fraises" in body
    assert "Annulé Parti" not in body
    assert f"?jour={DAY:%Y-%m-%d}" in body
    assert MerchantNotice.objects.filter(
        shop=shop, kind=NoticeKind.MORNING_SUMMARY, key=DAY.isoformat()
    ).exists()


def test_nothing_for_a_day_without_pickups_a_draft_or_a_merchant_who_said_no(
    shop, django_capture_on_commit_callbacks
):
    quiet = make_shop(OwnerFactory(), notify_morning_summary=False)
    draft = make_shop(OwnerFactory(), status=ShopStatus.DRAFT)
    for other in (quiet, draft):
        bread = make_product(other, stock=None)
        make_order(make_slot(other, at(DAY, 10)), [(bread, 1)])
    assert run(django_capture_on_commit_callbacks) == 0
    assert summaries() == []


def test_a_run_after_its_day_sends_nothing(shop, day_orders, django_capture_on_commit_callbacks):
    later = time_machine.travel(MORNING + timedelta(days=1), tick=False)
    with later, django_capture_on_commit_callbacks(execute=True):
        assert send_morning_summaries.call(day=DAY.isoformat()) == 0
    assert summaries() == []


def test_queries_do_not_grow_with_orders_or_lines(
    shop, bread, cake, morning, django_capture_on_commit_callbacks
):
    make_order(morning, [(bread, 1)])

    def count(day):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            run(django_capture_on_commit_callbacks, day)
        return len(queries)

    few = count(DAY)
    other_day = DAY + timedelta(days=2)
    slots = [make_slot(shop, at(other_day, hour), capacity=4) for hour in (9, 10, 11)]
    for slot in slots:
        for _ in range(4):
            make_order(slot, [(bread, 2), (cake, 1)])
    with time_machine.travel(MORNING + timedelta(days=2), tick=False):
        cache.clear()
        with (
            CaptureQueriesContext(connection) as queries,
            django_capture_on_commit_callbacks(execute=True),
        ):
            send_morning_summaries.call(day=other_day.isoformat())
    assert len(queries) == few


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_the_next_morning_is_enqueued_once_a_day():
    cache.clear()
    dawn = datetime(2030, 1, 7, 5, 30, tzinfo=PARIS)
    assert schedule_next_morning(dawn)  # today at 7:00
    assert not schedule_next_morning(dawn + timedelta(minutes=30))
    assert schedule_next_morning(dawn + timedelta(hours=2))  # past 7:00: tomorrow
    runs = [(result.task.run_after, result.kwargs) for result in default_task_backend.results]
    assert runs == [
        (datetime(2030, 1, 7, 7, tzinfo=PARIS), {"day": "2030-01-07"}),
        (datetime(2030, 1, 8, 7, tzinfo=PARIS), {"day": "2030-01-08"}),
    ]


@NEEDS_REDIS
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_rq_a_job_enqueued_again_after_a_restart_sends_nothing_more(owner):
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    shop = make_shop(owner)
    bread = make_product(shop, "Baguette tradition", "1.30", stock=None)
    make_order(make_slot(shop, at(DAY, 9)), [(bread, 2)])
    with override_settings(
        RQ_QUEUES={"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 60}},
        TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
    ):
        queue = django_rq.get_queue("default", job_class=Job)
        queue.delete(delete_jobs=True)
        queue = django_rq.get_queue("default", job_class=Job)
        mail.outbox.clear()
        try:
            with time_machine.travel(MORNING, tick=False):
                # The 7:00 job, enqueued again by the chain after a worker restarted.
                send_morning_summaries.enqueue(day=DAY.isoformat())
                SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
                send_morning_summaries.enqueue(day=DAY.isoformat())
                SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
            assert [message.to for message in summaries()] == [[owner.email]]
        finally:
            # The run enqueued the next morning's: leave Redis as the other tests expect it.
            registry = queue.scheduled_job_registry
            for job_id in registry.get_job_ids():
                registry.remove(job_id, delete_job=True)
            queue.delete(delete_jobs=True)
