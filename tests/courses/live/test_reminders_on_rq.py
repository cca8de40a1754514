"""At scale, reminders wait in Redis and an RQ worker with its scheduler sends them on time."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.test import override_settings

from courses.live import services
from tests.accounts.factories import OwnerFactory
from tests.courses.live.factories import make_webinar
from tests.redis import NEEDS_REDIS, REDIS_URL

pytestmark = [
    NEEDS_REDIS,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_one_hour_reminder_leaves_when_its_time_comes(home_page):
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    webinar = make_webinar(home_page, starts_in=timedelta(hours=3))
    registration = services.register(OwnerFactory(), webinar)
    # The tasks go to the "default" queue, as in production, on a Redis database of the tests.
    with override_settings(
        RQ_QUEUES={"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 60}},
        TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
    ):
        queue = django_rq.get_queue("default", job_class=Job)
        queue.delete(delete_jobs=True)
        queue = django_rq.get_queue("default", job_class=Job)
        try:
            # The 24-hour reminder is already past; the 1-hour one waits in Redis.
            assert services.schedule_reminders(registration, webinar) == 1
            assert queue.count == 0 and queue.scheduled_job_registry.count == 1
            mail.outbox.clear()

            def work():
                SimpleWorker([queue], connection=queue.connection, job_class=Job).work(
                    burst=True, with_scheduler=True
                )

            with time_machine.travel(webinar.start - timedelta(hours=2), tick=False):
                work()  # too early: nothing leaves
            assert mail.outbox == []
            with time_machine.travel(webinar.start - timedelta(minutes=59), tick=False):
                work()  # moves the due job to the queue and runs it, then the e-mail task
                work()
            assert [m.subject for m in mail.outbox] == [f"Dans une heure : {webinar.title}"]
        finally:
            queue.delete(delete_jobs=True)
