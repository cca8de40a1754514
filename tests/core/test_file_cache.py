"""The file cache of the embedded default makes room without losing what never expires."""

import time

from django.core.cache import cache
from django.test import override_settings


def test_culling_keeps_entries_without_expiry_and_drops_the_soonest_to_expire(tmp_path):
    """The page cache's versions are kept without expiry: culled, one would come back as a new
    version and every page depending on it would be rendered again."""
    options = {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}
    settings = {"BACKEND": "core.cache.FileBasedCache", "LOCATION": tmp_path, "OPTIONS": options}
    with override_settings(CACHES={"default": settings}):
        cache.set("version", 42, None)
        for number in range(9):
            cache.set(f"page-{number}", number, 100 + number)
        (tmp_path / "cut-short.djcache").write_bytes(b"")
        # Eleven entries: the next one makes room first, and five go: the empty file, then the
        # four expiring soonest.
        cache.set("page-new", "new", 50)
        assert cache.get("version") == 42
        assert cache.get("page-new") == "new"
        kept = [number for number in range(9) if cache.get(f"page-{number}") is not None]
        assert kept == [4, 5, 6, 7, 8]
        assert not (tmp_path / "cut-short.djcache").exists()
        cache.clear()


def test_expired_entries_go_before_any_other(tmp_path):
    options = {"MAX_ENTRIES": 4, "CULL_FREQUENCY": 4}
    settings = {"BACKEND": "core.cache.FileBasedCache", "LOCATION": tmp_path, "OPTIONS": options}
    with override_settings(CACHES={"default": settings}):
        cache.set("stale", 1, 1)
        cache.set("a", 1, 1000)
        cache.set("b", 1, 1000)
        cache.set("forever", 1, None)
        time.sleep(1.1)
        cache.set("c", 1, 1000)
        assert [key for key in ("a", "b", "c", "forever") if cache.get(key)] == [
            "a",
            "b",
            "c",
            "forever",
        ]
        assert cache.get("stale") is None
        cache.clear()
