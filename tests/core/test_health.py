"""/healthz: each dependency reported by name, 503 when one fails, no session or cookie."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.redis import NEEDS_REDIS, REDIS_URL

pytestmark = pytest.mark.django_db
UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def test_all_dependencies_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "tasks"}
    assert all(check["status"] == "ok" for check in body["checks"].values())
    assert response.cookies == {}
    assert response["Cache-Control"] == "no-store"


def test_any_host_is_answered_without_opening_allowed_hosts(client):
    """Load balancers call with the instance's IP address as Host."""
    response = client.get("/healthz", HTTP_HOST="10.0.3.17:8000")
    assert response.status_code == 200
    assert client.get("/", HTTP_HOST="10.0.3.17:8000").status_code == 400


def test_no_session_and_a_handful_of_queries(client):
    client.cookies["sessionid"] = "whatever"
    with CaptureQueriesContext(connection) as context:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert "Vary" not in response and response.cookies == {}
    assert len(context.captured_queries) == 1  # SELECT 1; the test settings run tasks at once


def test_an_unreachable_cache_gives_503_naming_it(client):
    broken = {"default": {"BACKEND": "core.cache.RedisCache",
                          "LOCATION": UNREACHABLE_REDIS}}  # fmt: skip
    with override_settings(CACHES=broken):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["cache"]["status"] == "error"
    assert body["checks"]["cache"]["error"] == "ConnectionError"
    assert body["checks"]["database"]["status"] == "ok"
    assert "127.0.0.1" not in response.content.decode()  # the class only, never the message


def test_an_unreachable_task_queue_gives_503_naming_it(client):
    with override_settings(
        RQ_QUEUES={"default": {"URL": UNREACHABLE_REDIS}},
        TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["tasks"]["status"] == "error"


def test_the_database_queue_reports_its_oldest_ready_task(client):
    from django_tasks_db.models import DBTaskResult

    from core.tasks import send_email

    with override_settings(TASKS=DATABASE_TASKS):
        send_email.enqueue(to=["a@example.org"], subject="s", body="b")
        DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=5))
        response = client.get("/healthz")
    tasks = response.json()["checks"]["tasks"]
    assert response.status_code == 200  # a backlog is reported, never a failure
    assert tasks["backend"] == "database" and tasks["ready"] == 1
    assert 299 <= tasks["oldest_ready_seconds"] <= 330


@NEEDS_REDIS
def test_against_the_real_redis(client):
    from redis import Redis
    from rq import Queue

    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "core.cache.RedisCache",
                "LOCATION": REDIS_URL,
            }
        },  # fmt: skip
        RQ_QUEUES={"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 60}},
        TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
    ):
        response = client.get("/healthz")
    with Redis.from_url(REDIS_URL) as connection:
        expected = Queue("default", connection=connection).count
    assert response.status_code == 200, response.content
    tasks = response.json()["checks"]["tasks"]
    assert tasks["backend"] == "rq" and tasks["queued"] == expected
