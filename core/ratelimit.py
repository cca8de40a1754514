"""Fixed-window request counters per client, in the shared cache, exact under parallel requests.

A window's count is one cache key (scope, client, window number) counted with ``add`` then
``incr``. Each is atomic on every backend the project runs: Redis (``SET NX``, ``INCRBY``), the
local-memory cache of the tests (a lock), and the file cache of the embedded default through
``core.cache.FileBasedCache`` (an ``flock``; Django's own file cache reads then writes, and let
parallel requests through beyond the limit). ``incr`` hands each request its own number, so
exactly ``limit`` requests of a window get a number within the limit, however many arrive at
once.

The client is ``core.http.client_bucket``: behind ``TRUSTED_PROXY_COUNT`` proxies only the
entries they wrote are believed, so a forged ``X-Forwarded-For`` never opens a fresh window.
"""

import time
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass

from django.core.cache import cache

from core.http import client_bucket

#: Tries at counting when a key expires between ``add`` and ``incr`` (a window's very end).
COUNT_TRIES = 3


def allow(request, scope: str, *, limit: int, period: int) -> bool:
    """True while this client made at most ``limit`` requests in the current window; every
    request counts, those refused included."""
    return _hit(_key(request, scope, period), period) <= limit


@dataclass(frozen=True)
class Taken:
    """The hits a request took on its limits, to give back if what they allowed did not
    happen (an order refused), so that only what happened counts."""

    keys: tuple[str, ...]

    def give_back(self) -> None:
        for key in self.keys:
            # A window already over has nothing left to give back to.
            with suppress(ValueError):
                cache.decr(key)


def take(request, limits: Mapping[str, tuple[int, int]]) -> Taken | None:
    """One hit on each scope's window (``scope: (limit, period in seconds)``); ``None``, with
    every hit given back, as soon as one is over its limit.

    Giving back a refused hit keeps each count equal to what was allowed and not given back,
    so a client who was refused once is not refused longer than her own actions warrant.
    """
    keys: list[str] = []
    for scope, (limit, period) in limits.items():
        key = _key(request, scope, period)
        keys.append(key)
        if _hit(key, period) > limit:
            Taken(tuple(keys)).give_back()
            return None
    return Taken(tuple(keys))


def retry_after(limits: Mapping[str, tuple[int, int]]) -> int:
    """Seconds until the longest of these windows starts again: when to come back."""
    now = time.time()
    return max(int(period - now % period) + 1 for _limit, period in limits.values())


def _key(request, scope: str, period: int) -> str:
    return f"ratelimit:{scope}:{client_bucket(request)}:{int(time.time() // period)}"


def _hit(key: str, period: int) -> int:
    """The window's count once this request is in it."""
    for _try in range(COUNT_TRIES):
        cache.add(key, 0, period)
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr: the key is made again
            continue
    return 1
