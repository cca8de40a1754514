"""The page cache on the real Redis of the at-scale path (``REDIS_URL``): the production backend
(core.cache.RedisCache, one client per pool), and the in-process tier kept right by versions
that another process changes in Redis."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from core import page_cache
from core.page_cache import HEADER
from tests.courses.factories import make_catalog, make_course, make_track
from tests.redis import NEEDS_REDIS, REDIS_URL

pytestmark = [
    pytest.mark.django_db,
    NEEDS_REDIS,
]


@pytest.fixture
def redis_cache():
    settings = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "test-page-cache",
        }
    }
    with override_settings(CACHES=settings):
        cache = caches["default"]
        cache.clear()
        page_cache.local_tier.clear()
        yield cache
        cache.clear()
        page_cache.local_tier.clear()


def test_the_backend_keeps_one_client_and_answers_like_djangos(redis_cache):
    redis_cache.set("a", {"x": 1})
    assert redis_cache.get("a") == {"x": 1}
    assert redis_cache.get_many(["a", "missing"]) == {"a": {"x": 1}}
    assert redis_cache.add("n", 1) and not redis_cache.add("n", 5)
    assert redis_cache.incr("n", 2) == 3
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client(write=True) is client


def test_a_version_changed_by_another_process_ends_the_local_copy(client, home_page, redis_cache):
    make_course(make_track(make_catalog(home_page)), lessons=1)
    assert client.get("/formations/")[HEADER] == "miss"
    assert client.get("/formations/")[HEADER] == "hit"
    # The shared copy is gone from Redis: the process's own tier still answers.
    for key in redis_cache._cache.get_client().keys("test-page-cache:*page-cache:anon:*"):
        redis_cache._cache.get_client().delete(key)
    assert client.get("/formations/")[HEADER] == "hit"
    # Another process publishes: it writes only the version, in Redis.
    other_process = redis_cache._cache.get_client()
    version_key = redis_cache.make_key(page_cache.CONTENT_VERSION_KEY)
    other_process.set(version_key, redis_cache._cache._serializer.dumps(12345))
    assert client.get("/formations/")[HEADER] == "miss"
