"""Requests per second on a page of the project, divided by a bare Django view's, in one run.

A raw requests-per-second figure depends on the machine, its load and the Python build, so it
cannot be compared from one laptop or CI runner to another. The same figure divided by that of
a minimal Django project (bench/minimal: one view returning a fixed 10 KB page, no database),
served by the same gunicorn on the same machine a few seconds later, mostly cancels those out:
the ratio says how much the project costs on top of Django itself, and it is the number to
watch across changes.

Usage, from the project root once the demo database exists (see bench/README.md):

    .venv/bin/python bench/http_load.py [--url /] [--seconds 10] [--connections 16]
                                        [--workers 2] [--settings accelerateur.settings.production]

Later benchmarks reuse `serve(wsgi_app, settings, env)` and `drive_load(url, seconds,
connections)`. Load comes from wrk when it is installed, otherwise from Python threads.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import math
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_DIR = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
PROJECT_WSGI = "accelerateur.wsgi:application"
BASELINE_WSGI = "bench.minimal.wsgi:application"
BASELINE_SETTINGS = "bench.minimal.settings"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}

STARTUP_TIMEOUT_S = 30
STOP_TIMEOUT_S = 10
REQUEST_TIMEOUT_S = 10
# The first requests of each worker import templates and fill caches; they are not measured.
WARM_UP_SECONDS = 1
# A benchmark of error pages says nothing about the real pages, so it must not pass quietly.
MAX_ERROR_SHARE = 0.01


class BenchError(RuntimeError):
    """The benchmark could not produce a figure worth printing."""


@dataclass(frozen=True)
class LoadResult:
    """What one load run measured; latencies in milliseconds."""

    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    total: int
    socket_errors: int = 0

    @property
    def too_many_errors(self) -> bool:
        return self.total == 0 or self.non_2xx > MAX_ERROR_SHARE * self.total


# --- Serving a WSGI application with gunicorn -------------------------------------------------


def free_port() -> int:
    """A port the kernel just handed out on loopback, free unless someone grabs it meanwhile."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def project_env() -> dict[str, str]:
    """What production settings need to start on loopback against the local demo database."""
    return {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATA_DIR": str(PROJECT_DIR / "var"),
    }


def child_env(settings: str, env: dict[str, str] | None) -> dict[str, str]:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": settings, **(env or {})}


def collect_static(settings: str, env: dict[str, str] | None = None) -> None:
    """Write the static manifest, without which production settings cannot render {% static %}."""
    completed = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=PROJECT_DIR,
        env=child_env(settings, env),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if completed.returncode != 0:
        raise BenchError(f"collectstatic failed:\n{completed.stderr.strip()}")


def answers_http(host: str, port: int) -> bool:
    connection = http.client.HTTPConnection(host, port, timeout=2)
    try:
        connection.request("GET", "/")
        connection.getresponse().read()
        return True
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def read_log(log) -> str:
    log.seek(0)
    return log.read().decode(errors="replace").strip() or "(nothing on stderr)"


def wait_until_up(process: subprocess.Popen, port: int, log, name: str = "gunicorn") -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"{name} exited with code {process.returncode}:\n{read_log(log)}")
        if answers_http("127.0.0.1", port):
            return
        time.sleep(0.2)
    raise BenchError(f"{name} did not answer within {STARTUP_TIMEOUT_S} s:\n{read_log(log)}")


def stop(process: subprocess.Popen) -> None:
    """SIGTERM lets the workers finish; SIGKILL only if they do not within the timeout."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def serve(
    wsgi_app: str, settings: str, env: dict[str, str] | None = None, *, workers: int = 2
) -> Iterator[str]:
    """Run gunicorn on a free loopback port for the block; yields the base URL, no final slash."""
    port = free_port()
    command = [
        str(GUNICORN),
        wsgi_app,
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        "--chdir",
        str(PROJECT_DIR),
        "--log-level",
        "warning",
        "--graceful-timeout",
        str(STOP_TIMEOUT_S // 2),
    ]
    # A file rather than a pipe: a chatty server can never block on a pipe nobody reads.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command,
            cwd=PROJECT_DIR,
            env=child_env(settings, env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(process, port, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop(process)


# --- Driving load -----------------------------------------------------------------------------


def check_loopback(url: str) -> None:
    if urlsplit(url).hostname not in LOOPBACK_HOSTS:
        raise ValueError(f"Load is only ever sent to loopback addresses, not {url!r}.")


#: What every browser sends and the load tools do not by themselves: a page compressed for
#: browsers (core.page_cache) is measured as browsers receive it.
BROWSER_HEADERS = {"Accept-Encoding": "gzip, deflate, br"}


def drive_load(
    url: str, seconds: int, connections: int, headers: dict[str, str] | None = None
) -> LoadResult:
    """Load `url` for `seconds` over `connections` connections, with wrk when it is there.

    `headers` go with every request, after a browser's own (``BROWSER_HEADERS``): a session
    cookie measures a signed-in person's page.
    """
    check_loopback(url)
    headers = {**BROWSER_HEADERS, **(headers or {})}
    wrk = shutil.which("wrk")
    if wrk:
        return wrk_load(wrk, url, seconds, connections, headers)
    return python_load(url, seconds, connections, headers)


def wrk_load(
    wrk: str, url: str, seconds: int, connections: int, headers: dict[str, str]
) -> LoadResult:
    threads = min(2, connections)
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    # wrk drops replies slower than its 2 s default as timeouts; a slow page must be measured.
    command += ["--timeout", f"{REQUEST_TIMEOUT_S}s", url]
    completed = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + REQUEST_TIMEOUT_S + 30
    )
    if completed.returncode != 0:
        raise BenchError(f"wrk failed:\n{completed.stderr.strip() or completed.stdout}")
    return parse_wrk(completed.stdout)


TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def wrk_number(pattern: str, output: str, default: str | None = None) -> str:
    match = re.search(pattern, output, re.MULTILINE)
    if match:
        return match.group(1)
    if default is not None:
        return default
    raise BenchError(f"Could not find {pattern!r} in wrk's output:\n{output}")


def wrk_percentile_ms(percent: int, output: str) -> float:
    match = re.search(rf"^\s*{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.MULTILINE)
    if not match:
        raise BenchError(f"No {percent}% latency in wrk's output (was --latency given?):\n{output}")
    return float(match.group(1)) * TIME_UNITS_MS[match.group(2)]


def parse_wrk(output: str) -> LoadResult:
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return LoadResult(
        rps=float(wrk_number(r"^Requests/sec:\s+([\d.]+)", output)),
        p50_ms=wrk_percentile_ms(50, output),
        p99_ms=wrk_percentile_ms(99, output),
        non_2xx=int(wrk_number(r"Non-2xx or 3xx responses:\s+(\d+)", output, default="0")),
        total=int(wrk_number(r"^\s*(\d+) requests in", output)),
        socket_errors=sum(int(n) for n in socket_errors.groups()) if socket_errors else 0,
    )


@dataclass
class Tally:
    """One client thread's counts, merged once every thread has stopped."""

    latencies_s: list[float] = field(default_factory=list)
    non_2xx: int = 0
    socket_errors: int = 0


def client_loop(url: str, deadline: float, tally: Tally, headers: dict[str, str]) -> None:
    """Keep-alive GETs until the deadline; http.client reconnects when the server closes."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=REQUEST_TIMEOUT_S)
    try:
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                connection.close()
                tally.socket_errors += 1
                continue
            tally.latencies_s.append(time.perf_counter() - started)
            if not 200 <= response.status < 400:
                tally.non_2xx += 1
    finally:
        connection.close()


def percentile_ms(sorted_latencies_s: list[float], percent: float) -> float:
    """Nearest-rank percentile, the same definition whatever the number of samples."""
    if not sorted_latencies_s:
        return math.nan
    rank = max(1, math.ceil(percent / 100 * len(sorted_latencies_s)))
    return sorted_latencies_s[rank - 1] * 1000


def python_load(url: str, seconds: int, connections: int, headers: dict[str, str]) -> LoadResult:
    """The fallback when wrk is missing: slower, so it saturates a server less, but bounded."""
    deadline = time.monotonic() + seconds
    tallies = [Tally() for _ in range(connections)]
    threads = [
        threading.Thread(target=client_loop, args=(url, deadline, tally, headers), daemon=True)
        for tally in tallies
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + REQUEST_TIMEOUT_S + 5)
    elapsed = time.perf_counter() - started
    latencies = sorted(latency for tally in tallies for latency in tally.latencies_s)
    return LoadResult(
        rps=len(latencies) / elapsed,
        p50_ms=percentile_ms(latencies, 50),
        p99_ms=percentile_ms(latencies, 99),
        non_2xx=sum(tally.non_2xx for tally in tallies),
        total=len(latencies),
        socket_errors=sum(tally.socket_errors for tally in tallies),
    )


# --- Shared by later benchmarks: one sample request, and Varnish in front -------------------------

VARNISHD = "varnishd"
VARNISH_CACHE = "malloc,64m"


@dataclass(frozen=True)
class Sample:
    """One request's answer, read whole: to check what a load run is about to measure."""

    status: int
    headers: dict[str, str]
    body: str

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def fetch(url: str, headers: dict[str, str] | None = None) -> Sample:
    """One GET on a loopback URL, without following redirects (a 302 must show as one)."""
    check_loopback(url)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=REQUEST_TIMEOUT_S)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return Sample(
            response.status, {name.lower(): value for name, value in response.getheaders()}, body
        )
    finally:
        connection.close()


def varnish_vcl(vcl_text: str, host: str, port: int) -> str:
    """The VCL with every backend pointed at ``host:port`` (the gunicorn under test)."""
    text = re.sub(r'(\.host\s*=\s*)"[^"]*"', rf'\g<1>"{host}"', vcl_text)
    return re.sub(r'(\.port\s*=\s*)(?:"[^"]*"|\d+)', rf'\g<1>"{port}"', text)


@contextlib.contextmanager
def serve_varnish(vcl: Path, backend_url: str) -> Iterator[str]:
    """Varnish in the foreground on a free loopback port, in front of ``backend_url``, for the
    block; yields its base URL. The project's VCL is copied with the backend substituted, the
    cache is 64 MB of memory, and everything (working directory, compiled VCL) lives in a
    temporary directory removed at the end. ``-j none``: no jail, so varnishd reads that
    private directory as the user who started it instead of dropping to its own user."""
    backend = urlsplit(backend_url)
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="bench-varnish-") as workdir:
        copy = Path(workdir) / "bench.vcl"
        copy.write_text(varnish_vcl(vcl.read_text(), backend.hostname, backend.port))
        command = [
            VARNISHD, "-F", "-j", "none", "-n", str(Path(workdir) / "n"),
            "-a", f"127.0.0.1:{port}", "-f", str(copy), "-s", VARNISH_CACHE,
        ]  # fmt: skip
        with tempfile.TemporaryFile() as log:
            process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
            try:
                wait_until_up(process, port, log, "varnishd")
                yield f"http://127.0.0.1:{port}"
            finally:
                stop(process)


# --- The run ----------------------------------------------------------------------------------


def measure(
    wsgi_app: str, settings: str, env: dict[str, str] | None, path: str, args
) -> LoadResult:
    with serve(wsgi_app, settings, env, workers=args.workers) as base_url:
        url = base_url + path
        drive_load(url, WARM_UP_SECONDS, args.connections)
        return drive_load(url, args.seconds, args.connections)


def check_demo_database() -> None:
    """Without the demo site the home page is an error page, and so is the figure."""
    if os.environ.get("DATABASE_URL"):
        return
    database = PROJECT_DIR / "var" / "db.sqlite3"
    if not database.exists():
        raise BenchError(
            f"{database} is missing: run `make run` once, or "
            "`manage.py migrate && manage.py load_demo`."
        )


def format_table(rows: list[tuple[str, LoadResult]]) -> str:
    lines = [f"{'target':<24} {'requests/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx/3xx':>14}"]
    for name, result in rows:
        errors = f"{result.non_2xx}/{result.total}"
        lines.append(
            f"{name:<24} {result.rps:>10.1f} {result.p50_ms:>8.1f} {result.p99_ms:>8.1f} "
            f"{errors:>14}"
        )
    return "\n".join(lines)


def report(project: LoadResult, baseline: LoadResult, args) -> None:
    loader = "wrk" if shutil.which("wrk") else "Python threads"
    print(
        f"{args.seconds} s per target, {args.connections} connections ({loader}), "
        f"{args.workers} gunicorn workers, project settings {args.settings}"
    )
    print(format_table([(f"project {args.url}", project), ("minimal /", baseline)]))
    for name, result in (("project", project), ("minimal", baseline)):
        if result.socket_errors:
            print(f"{name}: {result.socket_errors} socket errors (connect, read, write, timeout)")
    # Three decimals: a heavy page sits well below 0.1, where two would hide a real change.
    print(f"ratio: {project.rps / baseline.rps:.3f} of the minimal Django view")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="/", help="path on the project, e.g. / (default)")
    parser.add_argument("--seconds", type=int, default=10, help="load per target (default 10)")
    parser.add_argument("--connections", type=int, default=16, help="open connections (16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--settings", default="accelerateur.settings.production")
    args = parser.parse_args(argv)
    if not args.url.startswith("/"):
        parser.error("--url is a path on the project and starts with /")
    if args.seconds < 1 or args.connections < 1 or args.workers < 1:
        parser.error("--seconds, --connections and --workers must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_demo_database()
        env = project_env()
        collect_static(args.settings, env)
        project = measure(PROJECT_WSGI, args.settings, env, args.url, args)
        baseline = measure(BASELINE_WSGI, BASELINE_SETTINGS, None, "/", args)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    report(project, baseline, args)
    failed = [
        name for name, r in (("project", project), ("minimal", baseline)) if r.too_many_errors
    ]
    if failed:
        print(
            f"error: no responses, or more than {MAX_ERROR_SHARE:.0%} not 2xx/3xx, for "
            f"{', '.join(failed)}; these figures measure error pages.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
