"""The client's address: the connection's without proxies, the proxies' word behind them, and
never the word of the client itself."""

import pytest
from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from core.http import client_ip
from core.ratelimit import allow


def request(remote="10.0.0.2", forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_without_trusted_proxies_the_connection_is_the_client():
    assert client_ip(request("203.0.113.7", forwarded="198.51.100.1")) == "203.0.113.7"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (1, "203.0.113.7", "203.0.113.7"),
        # Whatever the client wrote sits to the left of what the proxy appended.
        (1, "1.2.3.4, 203.0.113.7", "203.0.113.7"),
        (1, "1.2.3.4,203.0.113.7", "203.0.113.7"),
        (2, "1.2.3.4, 203.0.113.7, 10.0.0.1", "203.0.113.7"),
        (1, "2001:db8::7", "2001:db8::7"),
        (1, "[2001:db8::7]:443", "2001:db8::7"),
        (1, "203.0.113.7:50123", "203.0.113.7"),
    ],
)
def test_behind_proxies_the_nth_address_from_the_right_is_the_client(proxies, forwarded, expected):
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_ip(request(forwarded=forwarded)) == expected


@pytest.mark.parametrize("forwarded", [None, "", "203.0.113.7", "unknown, nonsense"])
def test_a_header_short_of_entries_or_addresses_falls_back_to_the_connection(forwarded):
    with override_settings(TRUSTED_PROXY_COUNT=2):
        assert client_ip(request("10.0.0.2", forwarded=forwarded)) == "10.0.0.2"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_forged_header_does_not_open_a_fresh_rate_limit_window():
    cache.clear()
    results = [
        allow(request(forwarded=f"198.51.100.{n}, 203.0.113.7"), "test", limit=3, period=60)
        for n in range(5)
    ]
    assert results == [True, True, True, False, False]
    assert allow(request(forwarded="203.0.113.8"), "test", limit=3, period=60)


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_allauths_rate_limits_use_the_same_address():
    assert get_adapter().get_client_ip(request(forwarded="1.2.3.4, 203.0.113.7")) == "203.0.113.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_an_ipv6_subscriber_counts_as_one_client_whatever_address_of_her_64():
    cache.clear()
    results = [
        allow(request(forwarded=f"2001:db8:0:1::{n:x}"), "test", limit=3, period=60)
        for n in range(1, 6)
    ]
    assert results == [True, True, True, False, False]
    assert allow(request(forwarded="2001:db8:0:2::1"), "test", limit=3, period=60)
