"""A fixed-window request counter per client address, in the shared cache."""

import time

from django.core.cache import cache

from core.http import client_ip


def allow(request, scope: str, *, limit: int, period: int) -> bool:
    """True while this address made at most ``limit`` requests in the current window.

    The address is ``core.http.client_ip``'s: behind proxies, only the entries they wrote are
    believed, so a forged header never opens a fresh window.
    """
    address = client_ip(request)
    key = f"ratelimit:{scope}:{address}:{int(time.time() // period)}"
    cache.add(key, 0, period)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr: a new window begins
        cache.set(key, 1, period)
        return True
