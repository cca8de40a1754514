"""How a text becomes search terms, the same way for what is indexed and what is typed.

The analysis runs in Python, not in the database, so that SQLite's FTS5 (the embedded
default) and PostgreSQL's full text (at scale) index and query exactly the same terms and
find exactly the same documents. Each word is:

1. folded: lower case, accents dropped, ligatures opened (« Sécurité » → « securite »,
   « cœur » → « coeur »), because shopkeepers type on phones without accents;
2. dropped when it is a stop word of the language (« le », « de », « vos »…), unless the
   whole query is made of them;
3. stemmed with Snowball's stemmer for the language, then stripped of a final plural
   « s » / « x » that Snowball keeps after a vowel (« photos » → « photo »).

Folding before stemming loses a little of Snowball's French (it knows « -ité », not
« -ite »), but it is what makes « securite » and « sécurité » the same term.

Elisions split at the apostrophe and their first part is a stop word (« l'avis » → « avis »);
a hyphenated word gives its parts and then its joined
form (« e-mail » → « e », « mail », « email »), so both spellings find it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import snowballstemmer

#: Languages with a stemmer here; content in another language is analysed as French.
LANGUAGES = {"fr": "french", "en": "english"}
DEFAULT_LANGUAGE = "fr"

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
# Letters and digits, with inner hyphens kept so that « e-mail » can give its joined form.
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_STOPWORDS_DIR = Path(__file__).with_name("stopwords")


def fold(text: str) -> str:
    """Lower case, no accents, ligatures opened: what is compared, never what is shown."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def stopwords(language: str) -> frozenset[str]:
    """The language's stop words, folded, from ``stopwords/<language>.txt``."""
    path = _STOPWORDS_DIR / f"{language}.txt"
    if not path.exists():
        return frozenset()
    words = (line.split("#")[0].strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(fold(word) for word in words if word)


@cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(LANGUAGES.get(language, LANGUAGES[DEFAULT_LANGUAGE]))


@cache
def stem(folded_word: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The term of one folded word."""
    term = _stemmer(language).stemWord(folded_word)
    if len(term) > 3 and term[-1] in "sx":
        term = term[:-1]
    return term


class Token(NamedTuple):
    """One word of a text: as written (for extracts), folded, and its term. A tuple rather than
    a frozen dataclass: a page of search results reads thousands of them, and a frozen
    dataclass is several times slower to make."""

    surface: str
    start: int
    end: int
    folded: str
    term: str
    stop: bool


def tokens(text: str, language: str = DEFAULT_LANGUAGE) -> list[Token]:
    """Every word of ``text`` in order, stop words flagged rather than dropped (an extract
    shows them; the index and the queries skip them)."""
    return list(iter_tokens(text, language))


def iter_tokens(text: str, language: str = DEFAULT_LANGUAGE) -> Iterator[Token]:
    """``tokens``, one at a time: an extract stops reading once it has its lines."""
    for match in _TOKEN.finditer(text or ""):
        surface, start = match.group(), match.start()
        if "-" not in surface:
            yield Token(surface, start, match.end(), *_analyse(surface, language))
            continue
        pieces = surface.split("-")
        position = start
        for piece in pieces:
            yield Token(piece, position, position + len(piece), *_analyse(piece, language))
            position += len(piece) + 1
        folded, term, _stop = _analyse("".join(pieces), language)
        yield Token(surface, start, match.end(), folded, term, False)


@lru_cache(maxsize=100_000)
def _analyse(piece: str, language: str) -> tuple[str, str, bool]:
    """One word folded, its term and whether it is a stop word, in one lookup: texts repeat the
    same few thousand words, and analysing them was most of the time spent reading a lesson
    for its extract or the index."""
    folded = fold(piece)
    return folded, stem(folded, language), folded in stopwords(language)


def terms(text: str, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """The terms of ``text`` in order, stop words left out: what the index stores."""
    return [token.term for token in tokens(text, language) if not token.stop]


def query_terms(text: str, language: str = DEFAULT_LANGUAGE) -> list[Token]:
    """The words of a query that count: its stop words dropped, unless it has nothing else
    (« à vous » is still a search)."""
    found = tokens(text, language)
    kept = [token for token in found if not token.stop]
    return kept or found
