"""The extract a result shows: a few lines around the words found, highlighted.

Computed in Python from the stored text, so both backends show the same lines; only for the
hits a page shows (``Hit.extract`` is a property).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.search.analysis import DEFAULT_LANGUAGE, iter_tokens

#: Words kept before and after the word the extract is centred on.
EXTRACT_BEFORE, EXTRACT_AFTER = 8, 22


@dataclass(frozen=True)
class Matcher:
    """Which terms a query found: ``prefixes`` (its words and synonyms), ``exact`` (longer
    words containing them, synonyms' phrases), ``typed`` (the words as typed)."""

    prefixes: tuple[str, ...]
    exact: frozenset[str]
    typed: tuple[str, ...] = ()

    def __call__(self, term: str) -> bool:
        return term in self.exact or (bool(self.prefixes) and term.startswith(self.prefixes))

    def is_typed(self, term: str) -> bool:
        return bool(self.typed) and term.startswith(self.typed)


def extract(text: str, matches: Matcher, language: str = DEFAULT_LANGUAGE) -> SafeString:
    """A few lines of ``text`` around its first word as typed (else its first matching word,
    a synonym), the matching words in ``<mark>``; empty when nothing in ``text`` matches."""
    found, hits, anchor = [], [], None
    for token in iter_tokens(text, language):
        if token.stop:
            continue
        index = len(found)
        found.append(token)
        if matches(token.term):
            hits.append(index)
            if anchor is None and matches.is_typed(token.term):
                anchor = index
        if anchor is not None and index >= anchor + EXTRACT_AFTER:
            break  # the lines are complete: the rest of a long lesson is not read
    if not hits:
        return mark_safe("")  # noqa: S308 (empty)
    if anchor is None:
        anchor = hits[0]
    first = max(0, anchor - EXTRACT_BEFORE)
    last = min(len(found) - 1, anchor + EXTRACT_AFTER)
    start, end = found[first].start, found[last].end
    marked = {index for index in hits if first <= index <= last}
    parts, cursor = [], start
    for index in range(first, last + 1):
        token = found[index]
        if index in marked and token.start >= cursor:
            parts.append(escape(text[cursor : token.start]))
            parts.append(f"<mark>{escape(text[token.start : token.end])}</mark>")
            cursor = token.end
    parts.append(escape(text[cursor:end]))
    html = "".join(parts)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{html}{suffix}")  # noqa: S308 (escaped above)
