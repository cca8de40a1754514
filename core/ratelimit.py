"""A fixed-window request counter per client address, in the shared cache."""

import time

from django.core.cache import cache


def allow(request, scope: str, *, limit: int, period: int) -> bool:
    """True while this address made at most ``limit`` requests in the current window.

    The address is REMOTE_ADDR: behind a proxy, the proxy must set it to the client's (the
    forwarded headers are not trusted here, as anyone can write them).
    """
    address = request.META.get("REMOTE_ADDR", "")
    key = f"ratelimit:{scope}:{address}:{int(time.time() // period)}"
    cache.add(key, 0, period)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr: a new window begins
        cache.set(key, 1, period)
        return True
