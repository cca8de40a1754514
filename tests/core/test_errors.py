"""Error reporting: off without SENTRY_DSN; with it, a failing view is reported, without
anyone's personal data.

The DSN points at a small HTTP server started by the test, which keeps what the SDK sends; the
site runs in a fresh interpreter, where the settings start the SDK from the environment.
"""

import gzip
import json
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.settings.test_settings import _run

SCRIPT = """
import django, sentry_sdk
django.setup()
from django.conf import settings
from django.test import Client, override_settings
# No database in this interpreter: the middleware that looks the Wagtail site up stays out.
middleware = [name for name in settings.MIDDLEWARE if name != "core.routing.SiteCacheMiddleware"]
with override_settings(ROOT_URLCONF="tests.core.failing_urls", MIDDLEWARE=middleware):
    client = Client(raise_request_exception=False)
    client.cookies["preferences"] = "cookie-secret-4242"
    response = client.get("/boom/?email=amelie.durand@example.org", HTTP_HOST="localhost")
sentry_sdk.flush(10)
print(response.status_code, sentry_sdk.get_client().is_active())
"""


class Collector(BaseHTTPRequestHandler):
    received: list[bytes] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        encoding = self.headers.get("Content-Encoding", "")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "deflate":
            body = zlib.decompress(body)
        elif encoding == "br":
            import brotli

            body = brotli.decompress(body)
        self.received.append(body)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@pytest.fixture
def collector():
    Collector.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _events(received: list[bytes]) -> list[dict]:
    events = []
    for envelope in received:
        for line in envelope.splitlines()[1:]:
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict) and "exception" in item:
                events.append(item)
    return events


def test_a_failing_view_is_reported_without_personal_data(collector):
    port = collector.server_address[1]
    result = _run(
        SCRIPT,
        "accelerateur.settings.test",
        SENTRY_DSN=f"http://publickey@127.0.0.1:{port}/42",
        SENTRY_ENVIRONMENT="recette",
        SENTRY_RELEASE="accelerateur@1.2.3",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["500", "True"]
    (event,) = _events(Collector.received)
    assert "RuntimeError" in [value["type"] for value in event["exception"]["values"]]
    assert event["environment"] == "recette"
    assert event["release"] == "accelerateur@1.2.3"
    everything = b"".join(Collector.received).decode()
    assert "amelie.durand@example.org" not in everything
    assert "cookie-secret-4242" not in everything
    assert "user" not in event


def test_nothing_is_sent_without_a_dsn(collector):
    result = _run(SCRIPT, "accelerateur.settings.test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["500", "False"]
    assert Collector.received == []
