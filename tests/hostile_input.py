"""Input that robots send and people paste, shared by the tests that every search, form and
address must answer without a 500."""

#: What a search box may receive: quotes that SQLite's FTS5 reads as syntax, a NUL byte that
#: PostgreSQL refuses, other control characters, a page of text, punctuation alone.
HOSTILE_QUERIES = [
    '"',
    'a"b',
    '"pain',
    "\x00",
    "pa\x00in",
    "\x1f",
    "é" * 5000,
    "!!! ?? ...",
    "%_\\",
    "*",
    "(",
    "NEAR(",
    "-",
    ":",
]

#: An id no database row can have: 25 digits overflow a 64-bit integer.
HUGE_ID = "9" * 25
