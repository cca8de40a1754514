"""The catalogue for an anonymous visitor and a lesson for a signed-in learner, each divided by
a bare Django view's requests per second, in one run.

Usage, from the project root once the demo database exists (`make run` once):

    .venv/bin/python bench/courses.py [--seconds 10] [--connections 16] [--workers 2]

Targets: catalogue ≥ 0.5 (whole-page cache for anonymous visitors), lesson ≥ 0.15 (a
signed-in learner's own cached copy, see core/page_cache.py). The lesson's full render, which
a learner gets on her first view and after each write about her, is printed too.
"""

from __future__ import annotations

import argparse
import http.client
import re
import sys
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.http_load import (  # noqa: E402
    BASELINE_SETTINGS,
    BASELINE_WSGI,
    MAX_ERROR_SHARE,
    PROJECT_WSGI,
    WARM_UP_SECONDS,
    BenchError,
    LoadResult,
    check_demo_database,
    collect_static,
    drive_load,
    format_table,
    project_env,
    serve,
)

CATALOGUE = "/formations/"
COURSE = "/formations/vendre-en-ligne/click-and-collect/"
LESSON = COURSE + "click-and-collect-pour-qui/"
LEARNER = ("commercante@demo.example", "Accelerateur-Demo-2026")
TARGETS = {"catalogue": 0.5, "lesson": 0.15}


class Browser:
    """Just enough of a browser to sign in: cookies, whatever their Secure flag, and CSRF."""

    def __init__(self, base_url: str):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.cookies: dict[str, str] = {}

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items())

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        headers = {"Cookie": self.cookie_header}
        body = None
        if form is not None:
            form = {**form, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response.status, text


def sign_in_learner(base_url: str) -> str:
    """Sign the demo shopkeeper in and enrol her in the course; returns her Cookie header."""
    browser = Browser(base_url)
    browser.request("GET", "/compte/login/")
    status, _ = browser.request(
        "POST", "/compte/login/", {"login": LEARNER[0], "password": LEARNER[1]}
    )
    if status != 302 or "sessionid" not in browser.cookies:
        raise BenchError(f"Could not sign the demo learner in (HTTP {status}): run load_demo.")
    _, course = browser.request("GET", COURSE)
    enrol = re.search(r'action="(/mon-parcours/formations/\d+/inscription/)"', course)
    if enrol:
        browser.request("POST", enrol.group(1), {})
    status, lesson = browser.request("GET", LESSON)
    if status != 200 or "Testez vos connaissances" not in lesson:
        raise BenchError(f"The lesson page is not what a learner sees (HTTP {status}).")
    return browser.cookie_header


def load(url: str, args, headers: dict[str, str] | None = None) -> LoadResult:
    drive_load(url, WARM_UP_SECONDS, args.connections, headers)
    return drive_load(url, args.seconds, args.connections, headers)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--settings", default="accelerateur.settings.production")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_demo_database()
        env = project_env()
        collect_static(args.settings, env)
        with serve(PROJECT_WSGI, args.settings, env, workers=args.workers) as base_url:
            catalogue = load(base_url + CATALOGUE, args)
            cookie = sign_in_learner(base_url)
            lesson = load(base_url + LESSON, args, {"Cookie": cookie})
            # A parameter the page does not accept bypasses the page cache: the full render.
            rendered = load(base_url + LESSON + "?rendu=1", args, {"Cookie": cookie})
        with serve(BASELINE_WSGI, BASELINE_SETTINGS, workers=args.workers) as base_url:
            baseline = load(base_url + "/", args)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    rows = [
        (f"catalogue {CATALOGUE}", catalogue),
        ("lesson (signed in)", lesson),
        ("lesson, full render", rendered),
        ("minimal /", baseline),
    ]
    print(
        f"{args.seconds} s per target, {args.connections} connections, "
        f"{args.workers} gunicorn workers, project settings {args.settings}"
    )
    print(format_table(rows))
    for (name, target), result in zip(TARGETS.items(), (catalogue, lesson), strict=True):
        ratio = result.rps / baseline.rps
        verdict = "met" if ratio >= target else "MISSED"
        print(f"{name}: {ratio:.3f} of the minimal Django view (target {target}: {verdict})")
    print(
        f"lesson without the page cache (first view, or after a write): "
        f"{rendered.rps / baseline.rps:.3f} of the minimal Django view"
    )
    if any(result.too_many_errors for _name, result in rows):
        print(f"error: more than {MAX_ERROR_SHARE:.0%} error responses.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
