"""Each test process gets a Redis database of its own (tests/redis.py)."""

import pytest

from tests.redis import _this_process


def test_each_process_takes_the_database_below_the_previous_one(monkeypatch):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    assert _this_process("redis://127.0.0.1:6379/15") == "redis://127.0.0.1:6379/15"
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    assert _this_process("redis://127.0.0.1:6379/15") == "redis://127.0.0.1:6379/14"
    assert _this_process(None) is None


def test_one_process_alone_keeps_the_database_given(monkeypatch):
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    assert _this_process("redis://:secret@cache:6380/3") == "redis://:secret@cache:6380/3"


def test_too_many_processes_for_the_database_given_is_said_plainly(monkeypatch):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw2")
    with pytest.raises(pytest.UsageError, match="database 1 leaves none for test process gw2"):
        _this_process("redis://127.0.0.1:6379/1")
