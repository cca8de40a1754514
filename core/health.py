"""``/healthz``: is this web process able to serve? For load balancers and monitoring.

Answered by a middleware placed first in ``settings.MIDDLEWARE``, before host validation,
sessions, CSRF and the page cache: load balancers often call with the instance's IP address as
Host, and Django advises against opening ``ALLOWED_HOSTS`` to every host to let them in. The
answer sets no cookie and is never stored.

Each dependency is checked cheaply and reported by name, as JSON: the database (``SELECT 1``),
the cache (a key written and read back) and the task queue (RQ: Redis answers and how many jobs
wait; the database backend: its table answers, how many tasks are ready and how long the oldest
has waited). 200 when all answer, 503 naming the one that failed. Errors are reported by their
class only: the page is public, and a message may hold a host name or a password in a URL.
A backlog of tasks is reported, never a failure: a stopped worker must not take the web
processes out of the load balancer.
"""

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Min, Q
from django.http import JsonResponse
from django.utils import timezone

PATH = "/healthz"


def check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {}


def check_cache() -> dict:
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    try:
        if cache.get(key) != "ok":
            raise LookupError("the cache did not return the value just written")
    finally:
        cache.delete(key)
    return {}


def check_tasks() -> dict:
    backend = settings.TASKS["default"]["BACKEND"]
    if backend == "django_tasks_rq.RQBackend":
        return _check_rq()
    if backend == "django_tasks_db.DatabaseBackend":
        return _check_task_table()
    return {"backend": backend.rsplit(".", 1)[-1]}


def _check_rq() -> dict:
    """Read from settings.RQ_QUEUES on each call (django_rq keeps its first reading)."""
    from django_rq.connection_utils import get_redis_connection
    from rq import Queue

    connection = get_redis_connection(settings.RQ_QUEUES["default"])
    try:
        connection.ping()
        return {"backend": "rq", "queued": Queue("default", connection=connection).count}
    finally:
        connection.close()


def _check_task_table() -> dict:
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = timezone.now()
    never_delayed = Q(run_after=get_date_max())
    due = Q(run_after__lte=now)
    ready = DBTaskResult.objects.filter(status=TaskResultStatus.READY).aggregate(
        count=Count("id", filter=never_delayed | due),
        enqueued=Min("enqueued_at", filter=never_delayed),
        due=Min("run_after", filter=due & ~never_delayed),
    )
    waiting_since = min((d for d in (ready["enqueued"], ready["due"]) if d), default=None)
    age = round((now - waiting_since).total_seconds()) if waiting_since else 0
    return {"backend": "database", "ready": ready["count"], "oldest_ready_seconds": age}


CHECKS = {"database": check_database, "cache": check_cache, "tasks": check_tasks}


def health_report() -> tuple[bool, dict]:
    """Run every check; one failing never stops the others from being reported."""
    results = {}
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            result = {"status": "ok", **check()}
        except Exception as exc:  # any failure is the answer, never a crash
            result = {"status": "error", "error": type(exc).__name__}
        result["ms"] = round((time.perf_counter() - started) * 1000, 1)
        results[name] = result
    healthy = all(result["status"] == "ok" for result in results.values())
    return healthy, results


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") != PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            response = JsonResponse({"status": "error", "error": "method not allowed"}, status=405)
            response["Allow"] = "GET, HEAD"
            return response
        healthy, checks = health_report()
        response = JsonResponse(
            {"status": "ok" if healthy else "error", "checks": checks},
            status=200 if healthy else 503,
        )
        response["Cache-Control"] = "no-store"
        return response
