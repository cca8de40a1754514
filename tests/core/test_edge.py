"""Edge cache purges leave after the commit, for every address of the site, and never fail a
change: a recording HTTP server on the loopback stands where Varnish would."""

import http.server
import logging
import socket
import threading

import pytest
from django.db import transaction
from django_tasks.backends.base import BaseTaskBackend

from core.edge import REPEAT_AFTER, purge_paths

HTTP_BACKEND = "wagtail.contrib.frontend_cache.backends.HTTPBackend"


class _Recorder(http.server.BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.requests.append((self.command, self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def edge(settings):
    """A loopback server recording the requests it receives, configured as the edge cache."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": HTTP_BACKEND, "LOCATION": f"http://127.0.0.1:{server.server_port}"}
    }
    settings.SITE_URL = "https://www.example.fr"
    yield server.requests
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RefusingTaskBackend(BaseTaskBackend):
    """A task queue that cannot be reached (Redis down, say)."""

    def enqueue(self, task, args, kwargs):
        raise ConnectionError("the queue is unreachable")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_purges_leave_once_the_transaction_commits(edge):
    with transaction.atomic():
        purge_paths(["/formations/", "/formations/le-click-and-collect/", "boutiques/"])
        assert edge == []
    # Each path on every address of the site: the default Site and SITE_URL. A path below
    # another one is covered by its prefix ban.
    assert sorted(edge) == [
        ("PURGE", "localhost", "/boutiques/"),
        ("PURGE", "localhost", "/formations/"),
        ("PURGE", "www.example.fr", "/boutiques/"),
        ("PURGE", "www.example.fr", "/formations/"),
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_rolled_back_change_purges_nothing(edge):
    with pytest.raises(RuntimeError), transaction.atomic():
        purge_paths(["/formations/"])
        raise RuntimeError
    assert edge == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_many_changes_in_one_transaction_make_one_purge_per_path(edge):
    with transaction.atomic():
        for _ in range(20):
            purge_paths(["/aides/"])
        purge_paths(["/"])
    assert sorted(edge) == [("PURGE", "localhost", "/"), ("PURGE", "www.example.fr", "/")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_path_given_alone_is_one_path(edge):
    purge_paths("/formations/")
    assert sorted(edge) == [
        ("PURGE", "localhost", "/formations/"),
        ("PURGE", "www.example.fr", "/formations/"),
    ]


@pytest.mark.django_db
def test_nothing_is_sent_without_an_edge_cache(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks() as callbacks:
        purge_paths(["/formations/"])
    assert callbacks == []


@pytest.mark.django_db
def test_an_edge_cache_that_is_down_is_logged_not_raised(
    edge, settings, caplog, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": HTTP_BACKEND, "LOCATION": f"http://127.0.0.1:{_closed_port()}"}
    }
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        purge_paths(["/formations/"])
    assert edge == []
    failures = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("https://www.example.fr/formations/" in r.getMessage() for r in failures)


@pytest.mark.django_db
def test_a_queue_that_is_down_is_logged_not_raised(
    edge, settings, caplog, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": f"{__name__}.RefusingTaskBackend"}}
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        purge_paths(["/formations/"])
    assert edge == []
    [record] = [r for r in caplog.records if r.name == "core.edge"]
    assert record.levelno == logging.WARNING
    assert "ConnectionError" in record.getMessage()
    assert "/formations/" in record.getMessage()


@pytest.mark.django_db
def test_a_queue_that_can_wait_purges_again_after_the_renders_in_flight(
    edge, settings, django_capture_on_commit_callbacks
):
    from django.utils import timezone
    from django_tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        purge_paths(["/aides/"])
    urls = ["http://localhost/aides/", "https://www.example.fr/aides/"]
    now, later = default_task_backend.results
    assert now.args[0] == later.args[0] == urls
    assert now.task.run_after is None
    assert later.task.run_after - before >= REPEAT_AFTER
