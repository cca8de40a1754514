"""The rate counter holds under parallel requests: of N requests at once from one client,
exactly the limit get through, on the file cache of the embedded default (processes and
threads) and on Redis when REDIS_URL is set."""

import multiprocessing
import os
import pickle
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from django.core.cache import cache
from django.test import RequestFactory, override_settings

from core import ratelimit
from tests.redis import NEEDS_REDIS, REDIS_URL

LIMIT, PARALLEL = 5, 24


def request():
    return RequestFactory().get("/", REMOTE_ADDR="203.0.113.7")


def file_cache(tmp_path):
    return override_settings(
        CACHES={"default": {"BACKEND": "core.cache.FileBasedCache", "LOCATION": tmp_path}}
    )


def _allowed_in_a_child(start, results) -> None:
    start.wait()
    results.put(ratelimit.allow(request(), "parallel", limit=LIMIT, period=3600))


def test_processes_on_the_file_cache_let_exactly_the_limit_through(tmp_path):
    with file_cache(tmp_path):
        cache.clear()
        context = multiprocessing.get_context("fork")
        start, results = context.Event(), context.Queue()
        children = [
            context.Process(target=_allowed_in_a_child, args=(start, results))
            for _ in range(PARALLEL)
        ]
        for child in children:
            child.start()
        start.set()
        allowed = [results.get(timeout=60) for _ in children]
        for child in children:
            child.join(30)
        assert allowed.count(True) == LIMIT


def run_threads(scope: str) -> list[bool]:
    barrier = threading.Barrier(PARALLEL)

    def one(_n):
        barrier.wait()
        return ratelimit.allow(request(), scope, limit=LIMIT, period=3600)

    with ThreadPoolExecutor(PARALLEL) as pool:
        return list(pool.map(one, range(PARALLEL)))


def test_threads_on_the_file_cache_let_exactly_the_limit_through(tmp_path):
    with file_cache(tmp_path):
        cache.clear()
        assert run_threads("threads").count(True) == LIMIT


def test_taking_and_giving_back_is_exact_under_threads(tmp_path):
    limits = {"a": (LIMIT, 3600), "b": (LIMIT * 2, 3600)}
    with file_cache(tmp_path):
        cache.clear()
        barrier = threading.Barrier(PARALLEL)

        def one(n):
            barrier.wait()
            taken = ratelimit.take(request(), limits)
            if taken is not None and n % 2:
                taken.give_back()  # an order refused: it does not count
            return taken is not None and not n % 2

        with ThreadPoolExecutor(PARALLEL) as pool:
            kept = sum(pool.map(one, range(PARALLEL)))
        assert kept <= LIMIT
        # Whatever was given back is free again: the count is exactly what was kept.
        more = [ratelimit.take(request(), limits) is not None for _ in range(LIMIT)]
        assert kept + more.count(True) == LIMIT


def test_the_file_cache_keeps_the_windows_expiry(tmp_path):
    with file_cache(tmp_path):
        cache.add("counter", 0, 3600)
        cache.incr("counter")
        assert cache.incr("counter") == 2
        # Django's incr rewrote the value with the default five minutes.
        with open(cache._key_to_file("counter"), "rb") as f:
            expiry = pickle.load(f)  # noqa: S301 - the test's own cache file
        assert expiry > time.time() + 3000


@NEEDS_REDIS
def test_threads_on_redis_let_exactly_the_limit_through():
    redis = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"test-ratelimit-{os.getpid()}",
        }
    }
    with override_settings(CACHES=redis):
        cache.clear()
        assert run_threads("redis").count(True) == LIMIT
