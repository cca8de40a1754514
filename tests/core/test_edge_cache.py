"""A real Varnish, with deploy/varnish/accelerateur.vcl, in front of the live server.

Public pages are answered by the edge the second time, a publication shows through it within
a second (core.edge purges once the change is committed), and a signed-in visitor, a page that
sets a cookie or a private page never go through a stored copy. Debian's varnishd is needed
(`apt-get install varnish`, which scripts/system-packages.sh installs for the tests).
"""

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.test import Client

from tests.courses.factories import make_catalog, make_course, make_track

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VARNISHD = Path(os.environ.get("VARNISHD_PATH") or "/usr/sbin/varnishd")
VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "accelerateur.vcl"
CATALOGUE = "/formations/"
NEW_TITLE = "Un titre tout neuf"


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def cache(self) -> str:
        return self.headers["X-Cache"]


class Edge:
    """Requests to Varnish, as a browser would send them (no cookie unless given)."""

    def __init__(self, port: int):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    def get(self, path: str, cookie: str = "") -> Answer:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
        try:
            connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
            response = connection.getresponse()
            return Answer(response.status, response.headers, response.read().decode())
        finally:
            connection.close()


def _vcl_for(host: str, port: int) -> str:
    """The deployed VCL, its backend pointed at the live server."""
    text = VCL.read_text()
    text, hosts = re.subn(r'(\.host = )"[^"]*"', rf'\g<1>"{host}"', text, count=1)
    text, ports = re.subn(r'(\.port = )"[^"]*"', rf'\g<1>"{port}"', text, count=1)
    assert hosts == ports == 1, "the VCL's backend has no .host/.port to set"
    return text


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_listening(process, port: int, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"varnishd stopped:\n{log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"varnishd is not listening after 30 s:\n{log.read_text()}")


def _stop(process) -> None:
    """The manager and its child are in their own process group, started by this fixture."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@pytest.fixture
def edge(live_server, settings):
    if not VARNISHD.exists():
        pytest.fail(f"varnishd is missing at {VARNISHD}: apt-get install varnish")
    backend = urlsplit(live_server.url)
    workdir = Path(tempfile.mkdtemp(prefix="accelerateur-varnish-"))
    vcl = workdir / "accelerateur.vcl"
    vcl.write_text(_vcl_for(socket.gethostbyname(backend.hostname), backend.port))
    log = workdir / "varnishd.log"
    port = _free_port()
    with log.open("w") as output:
        process = subprocess.Popen(
            [
                str(VARNISHD),
                "-F",
                "-j",
                "none",  # one user: no jail to reach the temporary directory through
                "-n",
                str(workdir / "instance"),
                "-a",
                f"127.0.0.1:{port}",
                "-f",
                str(vcl),
                "-s",
                "malloc,32m",
                "-p",
                "thread_pools=1",
                "-p",
                "thread_pool_min=5",
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_until_listening(process, port, log)
        edge = Edge(port)
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": edge.url,
            }
        }
        # Visitors reach the site through Varnish: purges name that address.
        settings.SITE_URL = edge.url
        yield edge
    finally:
        _stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def course(home_page):
    return make_course(make_track(make_catalog(home_page)), lessons=1)


def _warm(edge: Edge, path: str) -> Answer:
    assert edge.get(path).cache == "MISS"
    stored = edge.get(path)
    assert stored.cache == "HIT"
    return stored


def test_a_public_page_is_answered_by_the_edge_the_second_time(edge, course):
    first = edge.get(CATALOGUE)
    assert first.status == 200
    assert first.cache == "MISS"
    cache_control = first.headers["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=" in cache_control
    assert "Cookie" in first.headers["Vary"]
    second = edge.get(CATALOGUE)
    assert second.cache == "HIT"
    assert second.text == first.text
    # CSRF and analytics cookies do not split the copy; the language does.
    assert edge.get(CATALOGUE, cookie="csrftoken=abc; _ga=GA1.1.2").cache == "HIT"
    unknown_language = f"{django_settings.LANGUAGE_COOKIE_NAME}=xx"
    assert edge.get(CATALOGUE, cookie=unknown_language).cache == "HIT"
    english = f"{django_settings.LANGUAGE_COOKIE_NAME}=en; _ga=GA1.1.2"
    assert edge.get(CATALOGUE, cookie=english).cache == "MISS"
    answer = edge.get(CATALOGUE, cookie=english)
    assert answer.cache == "HIT"
    assert 'lang="en"' in answer.text


def test_a_publication_shows_through_the_edge_within_a_second(edge, course):
    assert NEW_TITLE not in _warm(edge, CATALOGUE).text
    course.title = NEW_TITLE
    course.save_revision().publish()
    published = time.monotonic()
    while NEW_TITLE not in (answer := edge.get(CATALOGUE)).text:
        assert time.monotonic() - published < 5, "the edge still serves the old catalogue"
        time.sleep(0.02)
    elapsed = time.monotonic() - published
    assert elapsed < 1, f"the publication showed after {elapsed:.2f} s"
    assert edge.get(CATALOGUE).cache == "HIT"  # stored again, new content
    assert answer.status == 200


def test_a_visitor_with_a_session_never_gets_a_stored_copy(edge, course, owner):
    anonymous = _warm(edge, CATALOGUE)
    client = Client()
    client.force_login(owner)
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    for _ in range(2):
        mine = edge.get(CATALOGUE, cookie=f"{django_settings.SESSION_COOKIE_NAME}={session}")
        assert mine.cache == "MISS"
        assert owner.get_short_name() in mine.text
        assert "private" in mine.headers["Cache-Control"]
    # Even a session the site does not know (expired, forged) goes to the site.
    assert edge.get(CATALOGUE, cookie="sessionid=unknown").cache == "MISS"
    again = edge.get(CATALOGUE)
    assert again.cache == "HIT"
    assert again.text == anonymous.text
    assert owner.get_short_name() not in again.text


def test_a_private_page_or_one_that_sets_a_cookie_is_not_stored(edge, course):
    from wagtail.models import PageViewRestriction

    # Unknown query parameters are not stored by the site: "private".
    tracked = f"{CATALOGUE}?utm_source=lettre"
    for _ in range(2):
        answer = edge.get(tracked)
        assert answer.cache == "MISS"
        assert "private" in answer.headers["Cache-Control"]
    # A password-protected page asks for the password with a form that sets a CSRF cookie.
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for _ in range(2):
        answer = edge.get(course.url)
        assert answer.cache == "MISS"
        assert django_settings.CSRF_COOKIE_NAME in answer.headers["Set-Cookie"]
