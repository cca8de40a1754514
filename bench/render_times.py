"""Milliseconds per full render of the main pages, in one process, through Django's WSGI handler.

Where ``pages.py`` measures a server under load against a bare view, this measures where a
render's time goes, without gunicorn, wrk or other processes sharing the CPUs: what a change
to a view or a template saves, and (``--profile``) which functions cost.

Usage, from the project root once the demo database exists (``make run`` once):

    .venv/bin/python bench/render_times.py [--renders 200] [--only storefront,lesson]
                                           [--profile storefront] [--top 40]

Production settings with the page cache left out (``PAGE_CACHE=false``), the demo database in
``var/``; the signed-in lesson is the demo shopkeeper's, as in ``pages.py``. Each page is
requested three times first (the process fills its caches, as a server's would), then its
queries are counted on one request and ``--renders`` requests are timed.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import secrets
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.courses import LEARNER  # noqa: E402
from bench.http_load import collect_static, project_env  # noqa: E402
from bench.pages import PAGES  # noqa: E402


def setup_django() -> None:
    os.chdir(PROJECT_DIR)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="accelerateur.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATA_DIR=str(PROJECT_DIR / "var"),
        PAGE_CACHE="false",
        LOG_LEVEL="WARNING",  # one request line per render would be timed too
    )
    import django

    django.setup()


def requester(path: str, signed_in: bool):
    """A function making one request to ``path`` through the WSGI handler, with the learner's
    cookies when ``signed_in``; it returns the status line."""
    from django.core.wsgi import get_wsgi_application
    from django.test import Client
    from django.test.client import RequestFactory

    cookies = ""
    if signed_in:
        client = Client(HTTP_HOST="127.0.0.1")
        client.post("/compte/login/", {"login": LEARNER[0], "password": LEARNER[1]})
        # A first page shows (and so removes) the « signed in » message, as in a browser: kept,
        # its cookie would have every render show it, which no reader sees twice.
        client.get(path)
        cookies = "; ".join(
            f"{key}={morsel.value}" for key, morsel in client.cookies.items() if morsel.value
        )
    application = get_wsgi_application()
    factory = RequestFactory(HTTP_HOST="127.0.0.1")
    route, _, query = path.partition("?")
    answer = {}

    def start_response(status, _headers):
        answer["status"] = status

    def request() -> str:
        environ = factory._base_environ(PATH_INFO=route, QUERY_STRING=query, REQUEST_METHOD="GET")
        if cookies:
            environ["HTTP_COOKIE"] = cookies
        b"".join(application(environ, start_response))
        return answer["status"]

    return request


def measure(page, renders: int, profile: bool, top: int) -> tuple[float, int]:
    from django.db import connection

    request = requester(page.path, page.signed_in)
    for _ in range(3):
        status = request()
    if not status.startswith("200"):
        raise SystemExit(f"{page.path}: {status}")
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # Counted as they run: the handler's request_started empties Django's own query log.
    with connection.execute_wrapper(count):
        request()
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    for _ in range(renders):
        request()
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - started
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)
    return elapsed / renders * 1000, len(queries)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--only", default="", help="comma-separated page keys of pages.py")
    parser.add_argument("--profile", default="", help="a page key: print its cProfile")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    wanted = {key for key in args.only.split(",") if key} | ({args.profile} - {""})
    pages = [page for page in PAGES if not wanted or page.key in wanted]
    # Production settings render {% static %} from the manifest that collectstatic writes.
    collect_static("accelerateur.settings.production", project_env())
    setup_django()
    from bench.forty_products import add_products, remove_products

    add_products()
    try:
        report(pages, args)
    finally:
        remove_products()
    return 0


def report(pages, args) -> None:
    print(f"{args.renders} full renders per page, one process, production settings, no page cache")
    print("| page | ms per render | queries |\n|---|---:|---:|")
    for page in pages:
        ms, queries = measure(page, args.renders, page.key == args.profile, args.top)
        print(f"| {page.label} | {ms:.2f} | {queries} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
