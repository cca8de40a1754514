"""What every search box of the site reads from ``?q=``: one cleaning for all of them.

A search is typed, pasted or sent by robots, and each database chokes on something different:
SQLite's FTS5 reads a lone ``"`` as an unterminated string, PostgreSQL refuses a NUL byte in
any text parameter, and a page of text makes a slow query. So every search reads its text
through :func:`search_query`, which keeps the words and drops what no one searches for.
"""

from __future__ import annotations

import re

from django import forms

#: The longest search kept; beyond, the rest is dropped (nobody types 100 characters).
MAX_QUERY_LENGTH = 100

# C0 and C1 control characters (NUL included) and DEL, and the double quote: FTS5 wraps
# each word in quotes without escaping the ones inside.
_DROPPED = re.compile(r'[\x00-\x1f\x7f-\x9f"]')
_WORD = re.compile(r"\w")


def search_query(raw, *, limit: int = MAX_QUERY_LENGTH) -> str:
    """``raw`` as a search: control characters and double quotes become spaces, runs of
    spaces one, and at most ``limit`` characters are kept. Never raises."""
    text = _DROPPED.sub(" ", raw if isinstance(raw, str) else "")
    return " ".join(" ".join(text.split())[:limit].split())


def has_words(query: str) -> bool:
    """Whether ``query`` holds a letter or a digit: a full-text search of punctuation alone
    finds nothing, so it is not run."""
    return bool(_WORD.search(query))


class SearchField(forms.CharField):
    """A form's search box: what is typed is read through :func:`search_query`, so a pasted
    NUL or a page of text is cleaned rather than refused."""

    def __init__(self, *, limit: int = MAX_QUERY_LENGTH, **kwargs):
        self.limit = limit
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", limit)  # the input's maxlength; never refused
        super().__init__(**kwargs)

    def to_python(self, value):
        return search_query(super().to_python(value), limit=self.limit)
