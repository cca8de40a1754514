"""The stamped QR code's modules against segno's, which the reference draws: the same symbol,
module by module, whatever the address's length, version or error level."""

import random

import pytest

from certificates import qr, stamp

#: The characters of an address, lower case included: byte mode, the fast way.
URL_CHARACTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&'()*+,;=%"
)


def segno_matrix(url: str) -> tuple[bytes, ...]:
    return tuple(bytes(row) for row in stamp.qr_code(url).matrix)


def test_the_same_symbol_as_segno_for_every_length_up_to_version_10_and_past():
    chance = random.Random(20261122)
    versions, levels = set(), set()
    for length in range(1, 240):
        for _ in range(2):
            url = "".join(chance.choice(URL_CHARACTERS) for _ in range(length))
            assert qr.matrix(url) == segno_matrix(url), url
            symbol = stamp.qr_code(url)
            versions.add(symbol.version)
            levels.add(symbol.error)
    # The comparison covered regular symbols with both sizes of character count (from version
    # 10 on), at medium level and raised to quartile (never to high: past 15 bytes, high only
    # fits in a larger version than medium).
    assert {1, 9, 10, 11} <= versions
    assert levels == {"M", "Q"}


def test_verification_addresses():
    for number in range(200):
        url = f"https://accelerateur.example/certificats/verifier/C{number:03d}-{number * 37:04d}/"
        assert qr.matrix(url) == segno_matrix(url)


@pytest.mark.parametrize(
    "url",
    [
        "HTTPS://ACCELERATEUR.EXAMPLE/V/K7QF",  # upper case: alphanumeric mode
        "12345678901234567890",  # numeric mode
        "https://accélérateur.example/certificats/",  # not ASCII
        "https://a.fr/",  # short enough for a Micro QR code
    ],
)
def test_what_the_fast_way_leaves_to_segno(url):
    assert qr.matrix(url) == segno_matrix(url)


def test_the_modules_are_zeros_and_ones_in_a_square():
    modules = qr.matrix("https://accelerateur.example/certificats/verifier/K7QF-9XPM/")
    assert len(modules) == 33  # version 4
    assert all(len(row) == 33 and set(row) <= {0, 1} for row in modules)
