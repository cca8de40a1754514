"""core.search: the one cleaning of every search box's text."""

import pytest

from core.search import MAX_QUERY_LENGTH, has_words, search_query


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  pain   de mie ", "pain de mie"),
        ('"', ""),
        ('a"b', "a b"),
        ('"pain complet"', "pain complet"),
        ("pain\x00mie", "pain mie"),
        ("\x00", ""),
        ("\x1f\x7f\x85", ""),
        ("l'épicerie", "l'épicerie"),
        (None, ""),
        (["liste"], ""),
    ],
)
def test_search_query_keeps_the_words_and_drops_the_rest(raw, expected):
    assert search_query(raw) == expected


def test_a_long_query_is_cut_without_a_trailing_space():
    assert search_query("é" * 5000) == "é" * MAX_QUERY_LENGTH
    assert search_query("a" * 99 + " bcd", limit=100) == "a" * 99
    assert len(search_query("mot " * 1000)) <= MAX_QUERY_LENGTH


@pytest.mark.parametrize(
    "query, expected", [("!!! ?", False), ("", False), ("a", True), ("7", True), ("é", True)]
)
def test_has_words(query, expected):
    assert has_words(query) is expected
