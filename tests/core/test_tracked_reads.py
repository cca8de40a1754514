"""Values read from Redis and kept in the process between changes (core.tracked_reads), on the
real Redis of the at-scale path: held without a round trip, and never past a change made by
another connection, a flush, a lost connection or the trust period."""

import time
import uuid

import pytest
import redis

import core.cache
from core.cache import RedisCache
from core.tracked_reads import TrackedReads
from tests.redis import NEEDS_REDIS, REDIS_URL

pytestmark = NEEDS_REDIS


class CountingConnection(redis.Connection):
    """Counts the commands the tracker sends: a read served from memory sends none."""

    sent: list[tuple] = []

    def send_command(self, *args, **kwargs):
        CountingConnection.sent.append(args)
        return super().send_command(*args, **kwargs)


@pytest.fixture
def other():
    """Another process's connection to the same database."""
    client = redis.Redis.from_url(REDIS_URL)
    client.delete("a", "b")
    yield client
    client.delete("a", "b")
    client.close()


def tracker(trust_seconds: float = 60, name: str = "tracked-reads-test") -> TrackedReads:
    kwargs = redis.ConnectionPool.from_url(REDIS_URL).connection_kwargs
    CountingConnection.sent = []
    return TrackedReads(CountingConnection, {**kwargs, "client_name": name}, trust_seconds)


def reads() -> int:
    return sum(1 for command in CountingConnection.sent if command[0] == "MGET")


def seen_within(tracked: TrackedReads, key: str, value: bytes, seconds: float = 0.5) -> bool:
    """Redis writes its message right after the change: the next read nearly always sees it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if tracked.get_many([key]).get(key) == value:
            return True
    return False


def test_a_value_read_once_is_served_again_without_a_round_trip(other):
    other.set("a", b"1")
    tracked = tracker()
    assert tracked.get_many(["a", "b"]) == {"a": b"1"}
    assert reads() == 1
    for _ in range(5):
        assert tracked.get_many(["a"]) == {"a": b"1"}
    assert reads() == 1
    # A missing key is asked for again: it may have been created since.
    tracked.get_many(["b"])
    assert reads() == 2


def test_a_change_by_another_connection_ends_the_kept_value(other):
    other.set("a", b"1")
    tracked = tracker()
    tracked.get_many(["a"])
    other.set("a", b"2")
    assert seen_within(tracked, "a", b"2")
    other.delete("a")
    assert seen_within(tracked, "a", None)
    other.set("a", b"3")
    assert seen_within(tracked, "a", b"3")


def test_a_flushed_database_ends_every_kept_value(other):
    other.set("a", b"1")
    tracked = tracker()
    tracked.get_many(["a"])
    other.flushdb()
    assert seen_within(tracked, "a", None)


def test_a_lost_connection_forgets_everything_and_reads_again(other):
    other.set("a", b"1")
    name = f"tracked-reads-test-{uuid.uuid4().hex}"  # found in Redis's list of clients
    tracked = tracker(name=name)
    tracked.get_many(["a"])
    (mine,) = [client for client in other.client_list() if client["name"] == name]
    other.client_kill_filter(_id=mine["id"])
    # Changed while nobody could tell this process.
    other.set("a", b"2")
    assert tracked.get_many(["a"]) == {"a": b"2"}
    (again,) = [client for client in other.client_list() if client["name"] == name]
    assert again["id"] != mine["id"]


def test_a_value_is_read_again_after_its_trust_period(other):
    other.set("a", b"1")
    tracked = tracker(trust_seconds=0.05)
    tracked.get_many(["a"])
    time.sleep(0.1)
    tracked.get_many(["a"])
    assert reads() == 2


@pytest.fixture
def redis_cache():
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": "tracked-test"})
    cache.clear()
    yield cache
    cache.clear()


def test_the_cache_reads_its_own_writes_at_once(redis_cache):
    redis_cache.set("version", 1, None)
    assert redis_cache.get_many_tracked(["version", "missing"]) == {"version": 1}
    # No waiting for Redis's message: the write forgot the value before it returned.
    redis_cache.set("version", 2, None)
    assert redis_cache.get_many_tracked(["version"]) == {"version": 2}
    redis_cache.delete("version")
    assert redis_cache.get_many_tracked(["version"]) == {}
    assert redis_cache.add("version", 3, None)
    assert redis_cache.get_many_tracked(["version"]) == {"version": 3}
    assert redis_cache.incr("version") == 4
    assert redis_cache.get_many_tracked(["version"]) == {"version": 4}


class RefusingConnection(redis.Connection):
    """A server that cannot track reads: its ``CLIENT TRACKING`` answers an error."""

    def send_command(self, *args, **kwargs):
        if args[:2] == ("CLIENT", "TRACKING"):
            args = ("CLIENT", "TRACKING", "NOT-A-MODE")
        return super().send_command(*args, **kwargs)


def test_a_server_that_cannot_track_is_read_the_usual_way(other, monkeypatch):
    kwargs = redis.ConnectionPool.from_url(REDIS_URL).connection_kwargs
    refused = TrackedReads(RefusingConnection, kwargs)
    assert refused.get_many(["a"]) is None
    assert refused.unsupported
    # The cache then reads from Redis on every call, and still answers.
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": "tracked-test"})
    monkeypatch.setitem(core.cache._trackers, REDIS_URL, refused)
    cache.set("version", 7, None)
    assert cache.get_many_tracked(["version", "missing"]) == {"version": 7}
    other.set(cache.make_key("version"), 8)  # another process, seen at once
    assert cache.get_many_tracked(["version"]) == {"version": 8}
    cache.delete("version")
