"""Each test process gets a Redis database of its own (accelerateur/settings/test.py)."""

import pytest

from accelerateur.settings.test import redis_url_for_process


def test_each_process_takes_the_database_below_the_previous_one():
    assert redis_url_for_process("redis://127.0.0.1:6379/15", "gw0") == "redis://127.0.0.1:6379/15"
    assert redis_url_for_process("redis://127.0.0.1:6379/15", "gw1") == "redis://127.0.0.1:6379/14"
    assert redis_url_for_process(None, "gw1") is None


def test_one_process_alone_keeps_the_database_given():
    url = "redis://:secret@cache:6380/3"
    assert redis_url_for_process(url, None) == url


def test_too_many_processes_for_the_database_given_is_said_plainly():
    with pytest.raises(ValueError, match="database 1 leaves none for test process gw2"):
        redis_url_for_process("redis://127.0.0.1:6379/1", "gw2")
