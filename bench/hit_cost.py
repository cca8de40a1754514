"""Microseconds per page served from the page cache, in one process, against the bare view.

``pages.py`` measures servers under load, where gunicorn, wrk and the noise of the machine sit
on both sides of each ratio. This calls each WSGI application directly, in a process of its
own, thousands of times, and keeps the best of five runs: a change of a few microseconds on
the path of a cached hit shows here before it can show there.

Usage, from the project root once the demo database exists (``make run`` once):

    .venv/bin/python bench/hit_cost.py [--requests 3000] [--paths /,/formations/]
                                       [--rounds 2] [--quiet-log]

Production settings on the demo database in ``var/``, the file cache (``REDIS_URL`` set in the
environment: Redis), the request log written to a file as under gunicorn (``--quiet-log``:
``LOG_LEVEL=WARNING``, to see what the log line costs). Each address is first requested until
it is a hit (``X-Page-Cache: hit``), as a browser asking for gzip would get it; anything else
ends the run with status 1.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.http_load import (  # noqa: E402
    BASELINE_SETTINGS,
    BenchError,
    check_demo_database,
    collect_static,
    project_env,
)

PROJECT_SETTINGS = "accelerateur.settings.production"
WARM_UP = 300
RUNS = 5


def _environ(path: str) -> dict:
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_ACCEPT_ENCODING": "gzip, deflate, br",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
    }


def child(kind: str, path: str, requests: int) -> dict:
    """In a process of its own (settings are per process): µs per request, best of RUNS."""
    import logging

    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    answers = []

    def start_response(status, headers, exc_info=None):
        answers.append((status, dict(headers)))

    def request():
        body = application(_environ(path), start_response)
        b"".join(body)
        body.close()

    with tempfile.TemporaryFile("w") as log:
        # As under gunicorn in pages.py, the log lines go to a file. Set after the application
        # is made, which configures logging.
        for handler in logging.getLogger().handlers:
            handler.setStream(log)
        for _ in range(WARM_UP):
            request()
        status, headers = answers[-1]
        cached = headers.get("X-Page-Cache")
        if not status.startswith("200") or (kind == "project" and cached != "hit"):
            raise BenchError(f"{path}: {status}, X-Page-Cache: {cached}")
        best = float("inf")
        for _ in range(RUNS):
            started = time.perf_counter()
            for _ in range(requests):
                request()
            best = min(best, (time.perf_counter() - started) / requests)
    return {"microseconds": best * 1e6}


def measure(kind: str, path: str, requests: int, quiet_log: bool) -> float:
    settings = PROJECT_SETTINGS if kind == "project" else BASELINE_SETTINGS
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings}
    if kind == "project":
        env.update(project_env())
        if quiet_log:
            env["LOG_LEVEL"] = "WARNING"
    completed = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--paths", path, "--requests", str(requests)],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if completed.returncode != 0:
        raise BenchError(completed.stderr.strip().splitlines()[-1])
    return json.loads(completed.stdout.strip().splitlines()[-1])["microseconds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=3000, help="per run (5 runs, best kept)")
    parser.add_argument("--paths", default="/,/formations/", help="comma-separated addresses")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds, best kept")
    parser.add_argument("--quiet-log", action="store_true", help="LOG_LEVEL=WARNING")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    paths = [path for path in args.paths.split(",") if path]
    if args.child:
        print(json.dumps(child(args.child, paths[0], args.requests)))
        return 0
    try:
        check_demo_database()
        collect_static(PROJECT_SETTINGS, project_env())
        best: dict[str, float] = {}
        for _ in range(args.rounds):
            for key, kind, path in [("bare", "bare", "/")] + [(p, "project", p) for p in paths]:
                figure = measure(kind, path, args.requests, args.quiet_log)
                best[key] = min(best.get(key, figure), figure)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    cache = "Redis" if os.environ.get("REDIS_URL") else "file"
    log = "LOG_LEVEL=WARNING" if args.quiet_log else "request log on"
    runs = f"{args.requests} requests × {RUNS} runs × {args.rounds} rounds, best kept"
    print(f"{runs}; {cache}, {log}")
    print("| address | µs per request | bare view ÷ this |")
    print("|---|---:|---:|")
    print(f"| bare view (bench/minimal) | {best['bare']:.1f} | 1.000 |")
    for path in paths:
        print(f"| {path} (page cache hit) | {best[path]:.1f} | {best['bare'] / best[path]:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
