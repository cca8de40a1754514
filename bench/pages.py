"""The main pages rendered, page-cached (file, Redis) and behind Varnish, against a bare view.

Each page's requests per second is divided by a bare Django view's, measured in the same run.

Usage, from the project root once the demo database exists (`make run` once):

    .venv/bin/python bench/pages.py [--seconds 3] [--rounds 3] [--only storefront,home]
                                    [--connections 16] [--workers 2] [--no-queries]

Every server stays up for the whole run, and each round measures the bare view, then every
page in every mode: the ratio printed is the median of the rounds' ratios, so a machine that
slows down for a while weighs on both sides of the ratios of that round. Before a page is
measured, one request checks that it is what the row says: a 200 page, without an
``X-Page-Cache`` header for a full render, ``X-Page-Cache: hit`` for a cached copy,
``X-Cache: HIT`` (or Varnish's two transaction ids) through Varnish. A page that fails the
check is printed without figures; the run ends with status 1 when that is an error (not a 200,
a full render served from the cache, more than 1 % of error answers under load), and a page a
cache does not store is only printed as "not cached".
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.courses import LEARNER, LESSON, sign_in_learner  # noqa: E402
from bench.forty_products import SHOP as FORTY_PRODUCTS_SHOP  # noqa: E402
from bench.forty_products import forty_products  # noqa: E402
from bench.http_load import (  # noqa: E402
    BASELINE_SETTINGS,
    BASELINE_WSGI,
    MAX_ERROR_SHARE,
    PROJECT_DIR,
    PROJECT_WSGI,
    WARM_UP_SECONDS,
    BenchError,
    LoadResult,
    check_demo_database,
    child_env,
    collect_static,
    drive_load,
    fetch,
    project_env,
    serve,
    serve_varnish,
)

VCL = PROJECT_DIR / "deploy" / "varnish" / "accelerateur.vcl"
REDIS_URL = "redis://127.0.0.1:6379/14"
#: The demo bakery, given 40 products for the run (bench/forty_products.py): one full page.
STOREFRONT = f"/boutiques/{FORTY_PRODUCTS_SHOP}/"


@dataclass(frozen=True)
class Page:
    key: str
    label: str
    path: str
    signed_in: bool = False


PAGES = [
    Page("storefront", "storefront, 40 products", STOREFRONT),
    Page("lesson", "lesson, signed in", LESSON, signed_in=True),
    Page("home", "home", "/"),
    Page("webinars", "webinars", "/webinaires/"),
    Page("directory", "shop directory", "/boutiques/"),
    Page("catalogue", "course catalogue", "/formations/"),
    Page("catalogue-search", "catalogue search", "/formations/?q=avis+clients"),
]


@dataclass(frozen=True)
class Mode:
    key: str
    label: str
    env: dict[str, str]
    #: "render": no X-Page-Cache header; "page-cache": X-Page-Cache: hit; "varnish": X-Cache.
    expect: str


MODES = [
    Mode("render", "full render", {"PAGE_CACHE": "false"}, "render"),
    Mode("file", "page cache, file", {}, "page-cache"),
    Mode("redis", "page cache, Redis", {"REDIS_URL": REDIS_URL}, "page-cache"),
    Mode("varnish", "Varnish", {}, "varnish"),
]


@dataclass
class Row:
    page: Page
    mode: Mode
    ratios: list[float] = field(default_factory=list)
    results: list[LoadResult] = field(default_factory=list)
    refused: str = ""  # why this row has no figures
    #: False when the page answered well but not from the cache its mode measures (a page the
    #: cache does not store): printed as such, not an error.
    error: bool = True
    queries: int | None = None


# --- Checking that a page is what its row says ----------------------------------------------


def check_sample(url: str, headers: dict[str, str], mode: Mode) -> tuple[str, bool]:
    """("", _) when the page answers as its mode expects; otherwise what is wrong with it, and
    whether that is an error (a failing page, a cached full render) or only a page that this
    cache does not store.

    A cached mode may take the first request to store the copy: the second one must hit.
    """
    sample = fetch(url, headers)
    if mode.expect != "render":
        sample = fetch(url, headers)
    if sample.status != 200:
        return f"HTTP {sample.status}", True
    stored = sample.header("X-Page-Cache")
    if mode.expect == "render" and stored:
        return f"X-Page-Cache: {stored} on a full render", True
    if mode.expect == "page-cache" and stored != "hit":
        return f"not cached (X-Page-Cache: {stored or 'absent'})", False
    if mode.expect == "varnish" and not served_by_varnish_cache(sample):
        return (
            f"not cached by Varnish (X-Cache: {sample.header('X-Cache') or 'absent'}, "
            f"X-Varnish: {sample.header('X-Varnish') or 'absent'})"
        ), False
    return "", True


def served_by_varnish_cache(sample) -> bool:
    """``X-Cache: HIT`` when the VCL says so; otherwise Varnish's own sign of a hit, two ids in
    ``X-Varnish`` (this request's and the one that stored the object)."""
    if sample.header("X-Cache"):
        return sample.header("X-Cache").upper().startswith("HIT")
    return len(sample.header("X-Varnish").split()) == 2


# --- Queries of a warm render -----------------------------------------------------------------


QUERY_COUNTER = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

paths, signed_in, learner = json.loads(sys.argv[1])
counts = {}
for path, needs_sign_in in zip(paths, signed_in):
    client = Client(HTTP_HOST="127.0.0.1")
    if needs_sign_in:
        client.post("/compte/login/", {"login": learner[0], "password": learner[1]})
    client.get(path)  # the first request fills the process's caches (site, translations)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    counts[path] = len(queries) if status == 200 else None
print(json.dumps(counts))
"""


def count_queries(pages: list[Page], settings: str, env: dict[str, str]) -> dict[str, int | None]:
    """SQL queries of a warm full render of each page, through Django's test client in a
    child process with the same settings and ``PAGE_CACHE=false`` (the servers' logs do not
    count queries)."""
    argument = json.dumps(
        [[page.path for page in pages], [page.signed_in for page in pages], list(LEARNER)]
    )
    completed = subprocess.run(
        [sys.executable, "-c", QUERY_COUNTER, argument],
        cwd=PROJECT_DIR,
        env=child_env(settings, {**env, "PAGE_CACHE": "false"}),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if completed.returncode != 0:
        print(f"warning: queries not counted:\n{completed.stderr.strip()}", file=sys.stderr)
        return {}
    return json.loads(completed.stdout.strip().splitlines()[-1])


# --- The run ----------------------------------------------------------------------------------


def load(url: str, seconds: int, args, headers=None, *, warm_up: bool) -> LoadResult:
    if warm_up:
        drive_load(url, WARM_UP_SECONDS, args.connections, headers)
    result = drive_load(url, seconds, args.connections, headers)
    drain(url, headers, args.workers)
    return result


def drain(url: str, headers, workers: int) -> None:
    """Wait until the server has answered what the load left queued.

    The load tool stops on time, not when the server is done: a slow page (a search, half a
    second a request) leaves its workers busy for seconds, on the CPUs the next row measures.
    One request per worker, sent at once, comes back after everything queued before it."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(lambda _: fetch(url, headers), range(workers)))


def start_servers(stack: contextlib.ExitStack, modes: list[Mode], args, env) -> dict[str, str]:
    """Every server of the run, up until the stack closes; base URLs by mode key."""
    urls = {
        "baseline": stack.enter_context(
            serve(BASELINE_WSGI, BASELINE_SETTINGS, workers=args.workers)
        )
    }
    for mode in modes:
        if mode.key == "varnish":
            # Varnish in front of its own gunicorn, page cache on (file), as deployed.
            backend = stack.enter_context(
                serve(PROJECT_WSGI, args.settings, env, workers=args.workers)
            )
            urls[mode.key] = stack.enter_context(serve_varnish(VCL, backend))
        else:
            urls[mode.key] = stack.enter_context(
                serve(PROJECT_WSGI, args.settings, {**env, **mode.env}, workers=args.workers)
            )
    return urls


def plan(pages: list[Page], modes: list[Mode]) -> list[Row]:
    rows = []
    for mode in modes:
        for page in pages:
            if mode.key == "varnish" and page.signed_in:
                continue  # Varnish passes signed-in requests to the backend: nothing to measure
            rows.append(Row(page, mode))
    return rows


def run(rows: list[Row], urls: dict[str, str], args) -> list[LoadResult]:
    cookies = {}  # one signed-in session per server: sessions live in its cache
    baselines = []
    for number in range(args.rounds):
        first = number == 0
        baseline = load(urls["baseline"] + "/", args.seconds, args, warm_up=first)
        baselines.append(baseline)
        for row in rows:
            if row.refused:
                continue
            base_url = urls[row.mode.key]
            headers = {}
            if row.page.signed_in:
                if row.mode.key not in cookies:
                    cookies[row.mode.key] = sign_in_learner(base_url)
                headers = {"Cookie": cookies[row.mode.key]}
            url = base_url + row.page.path
            row.refused, row.error = check_sample(url, headers, row.mode)
            if row.refused:
                continue
            result = load(url, args.seconds, args, headers, warm_up=first)
            if result.too_many_errors:
                row.refused = f"{result.non_2xx}/{result.total} answers not 2xx/3xx"
                continue
            row.results.append(result)
            row.ratios.append(result.rps / baseline.rps)
        print(f"round {number + 1}/{args.rounds} done", file=sys.stderr)
    return baselines


def median_of(results: list[LoadResult], attribute: str) -> float:
    return statistics.median(getattr(result, attribute) for result in results)


def table(rows: list[Row], baselines: list[LoadResult]) -> str:
    lines = [
        "| page | mode | ratio | p50 ms | p99 ms | non-2xx | queries |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        queries = "" if row.queries is None else str(row.queries)
        if row.refused or not row.results:
            lines.append(
                f"| {row.page.label} | {row.mode.label} | — | — | — | "
                f"{row.refused or 'not measured'} | {queries} |"
            )
            continue
        errors = sum(r.non_2xx for r in row.results)
        total = sum(r.total for r in row.results)
        lines.append(
            f"| {row.page.label} | {row.mode.label} | {statistics.median(row.ratios):.3f} | "
            f"{median_of(row.results, 'p50_ms'):.1f} | {median_of(row.results, 'p99_ms'):.1f} | "
            f"{errors}/{total} | {queries} |"
        )
    total = sum(r.total for r in baselines)
    lines.append(
        f"| bare view (bench/minimal) | gunicorn | 1.000 | "
        f"{median_of(baselines, 'p50_ms'):.1f} | {median_of(baselines, 'p99_ms'):.1f} | "
        f"{sum(r.non_2xx for r in baselines)}/{total} | |"
    )
    return "\n".join(lines)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=3, help="load per page and round (3)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, median ratio kept (3)")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated pages and/or modes: "
        + ", ".join([*(page.key for page in PAGES), *(mode.key for mode in MODES)]),
    )
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--settings", default="accelerateur.settings.production")
    parser.add_argument("--no-queries", action="store_true", help="skip counting SQL queries")
    args = parser.parse_args(argv)
    if args.seconds < 1 or args.rounds < 1 or args.connections < 1 or args.workers < 1:
        parser.error("--seconds, --rounds, --connections and --workers must be at least 1")
    wanted = {key.strip() for key in args.only.split(",") if key.strip()}
    known = {p.key for p in PAGES} | {m.key for m in MODES}
    if wanted - known:
        parser.error(f"unknown in --only: {', '.join(sorted(wanted - known))}")
    args.pages = [p for p in PAGES if p.key in wanted] or PAGES
    args.modes = [m for m in MODES if m.key in wanted] or MODES
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    modes = list(args.modes)
    notes = []
    if any(mode.key == "varnish" for mode in modes):
        if not VCL.exists():
            notes.append(f"Varnish line skipped: {VCL.relative_to(PROJECT_DIR)} is missing.")
            modes = [mode for mode in modes if mode.key != "varnish"]
        elif not shutil.which("varnishd"):
            notes.append("Varnish line skipped: varnishd is not installed (apt install varnish).")
            modes = [mode for mode in modes if mode.key != "varnish"]
    rows = plan(args.pages, modes)
    try:
        check_demo_database()
        env = project_env()
        collect_static(args.settings, env)
        with contextlib.ExitStack() as stack:
            stack.enter_context(forty_products(child_env(args.settings, env)))
            if not args.no_queries:
                counts = count_queries(args.pages, args.settings, env)
                for row in rows:
                    if row.mode.key == "render":
                        row.queries = counts.get(row.page.path)
            urls = start_servers(stack, modes, args, env)
            baselines = run(rows, urls, args)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    loader = "wrk" if shutil.which("wrk") else "Python threads"
    print(
        f"{args.seconds} s per page and round, {args.rounds} rounds (median ratio), "
        f"{args.connections} connections ({loader}), {args.workers} gunicorn workers per "
        f"server, {args.settings}, demo database var/db.sqlite3, {os.cpu_count()} CPUs"
    )
    print(
        "ratio: requests/s ÷ the bare view's requests/s in the same round; "
        "queries: SQL queries of a warm full render"
    )
    print()
    print(table(rows, baselines))
    for note in notes:
        print(f"\n{note}")
    failing = [row for row in rows if row.refused and row.error]
    for row in failing:
        print(
            f"error: {row.page.label} ({row.mode.label}): {row.refused}; no figures for it "
            f"(more than {MAX_ERROR_SHARE:.0%} errors would measure error pages).",
            file=sys.stderr,
        )
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
