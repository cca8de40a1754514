"""The Redis of ``REDIS_URL``, which the tests of the at-scale path talk to.

Those tests empty the "default" queue and the page cache's keys of the database they use, so
two test processes must not share one (``make test`` runs one per CPU with pytest-xdist). Each
process takes the database of ``REDIS_URL`` minus its number: 15, then 14 for the second
process, and so on. Django's own settings keep ``REDIS_URL`` as given: the tests that reach
Redis pass this address themselves.
"""

import os
from urllib.parse import urlsplit, urlunsplit

import pytest


def _this_process(url: str | None) -> str | None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")  # "gw0", "gw1"... under xdist
    if not url:
        return url
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    database = base - int(worker.removeprefix("gw"))
    if database < 0:
        raise pytest.UsageError(
            f"REDIS_URL's database {base} leaves none for test process {worker}: "
            "choose a higher one (15) or run fewer processes (PYTEST_WORKERS)"
        )
    return urlunsplit(parts._replace(path=f"/{database}"))


REDIS_URL = _this_process(os.environ.get("REDIS_URL"))
NEEDS_REDIS = pytest.mark.skipif(not REDIS_URL, reason="REDIS_URL is not set")
