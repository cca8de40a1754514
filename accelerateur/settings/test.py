"""Test settings: fast hasher, local cache, tasks run immediately, mail kept in memory.

The suite runs on SQLite by default and on PostgreSQL when DATABASE_URL points to one.
"""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import DATABASE_URL, DATABASES, REDIS_URL


def redis_url_for_process(url: str | None, worker: str | None) -> str | None:
    """The Redis database of one test process: ``REDIS_URL``'s, minus the process's number.

    ``make test`` runs one process per CPU (pytest-xdist: "gw0", "gw1"…), and the tests of the
    at-scale path empty the "default" queue and the page cache's keys of their database: two
    processes must not share one. 15 for the first, 14 for the second, and so on.
    """
    if not url:
        return url
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    database = base - int((worker or "gw0").removeprefix("gw"))
    if database < 0:
        raise ValueError(
            f"REDIS_URL's database {base} leaves none for test process {worker}: "
            "choose a higher one (15) or run fewer processes (PYTEST_WORKERS)"
        )
    return urlunsplit(parts._replace(path=f"/{database}"))


DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production-0123456789abcdef"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if not DATABASE_URL:
    # An in-memory database; the test runner makes it shareable with the live server.
    DATABASES["default"]["NAME"] = ":memory:"
    DATABASES["default"]["TEST"] = {"NAME": None}
if REDIS_URL:
    # Here rather than in each test: django_rq reads RQ_QUEUES once, when first imported.
    REDIS_URL = redis_url_for_process(REDIS_URL, os.environ.get("PYTEST_XDIST_WORKER"))
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
