"""E-mails leave through django-tasks: the database worker here, RQ on Redis at scale."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from core.tasks import send_email
from tests.redis import NEEDS_REDIS

PAYLOAD = {
    "subject": "Votre commande est prête",
    "body": "À tout à l'heure !",
    "to": ["client@exemple.example"],
}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
)
def test_database_worker_sends_the_queued_email():
    from django_tasks_db.models import DBTaskResult

    result = send_email.enqueue(**PAYLOAD)
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(id=result.id, status="READY").exists()
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert [message.subject for message in mail.outbox] == [PAYLOAD["subject"]]
    assert DBTaskResult.objects.get(id=result.id).status == "SUCCESSFUL"


@NEEDS_REDIS
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_rq_worker_on_redis_runs_the_queued_task():
    """With REDIS_URL set, the settings install django_rq; a real worker drains the queue."""
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    # The "default" queue, as in production, in this test process's own Redis database (the
    # test settings). django_rq reads RQ_QUEUES once per process, so no other name is asked.
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
    ):
        queue = django_rq.get_queue("default", job_class=Job)
        queue.delete(delete_jobs=True)
        queue = django_rq.get_queue("default", job_class=Job)
        try:
            result = send_email.enqueue(**PAYLOAD)
            assert queue.count == 1
            assert mail.outbox == []
            SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
            assert [message.subject for message in mail.outbox] == [PAYLOAD["subject"]]
            result.refresh()
            assert result.status == "SUCCESSFUL"
        finally:
            queue.delete(delete_jobs=True)
