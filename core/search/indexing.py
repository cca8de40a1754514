"""Writing the search index: apps hand in :class:`Document` values, this module stores them.

Each app that has something to search registers a *source* in its ``AppConfig.ready`` (a
function yielding every document of one kind), and calls :func:`index_documents` /
:func:`remove_documents` when one of its things changes (a page published, a product saved).
``manage.py rebuild_search_index`` (and ``load_demo``) rebuilds everything from the sources.

The vocabulary (:class:`~core.search.models.SearchWord`), which corrects typos, grows with
every indexed document and is recounted by a rebuild.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction

from core.search import wagtail_index
from core.search.analysis import DEFAULT_LANGUAGE, terms, tokens
from core.search.models import SearchDocument, SearchWord

_SOURCES: dict[str, Callable[[], Iterable[Document]]] = {}
#: Words longer than this are not kept in the vocabulary (URLs, hashes).
MAX_WORD = 40
BATCH = 500
#: True while a bulk load writes: see :func:`paused`.
_PAUSED: ContextVar[bool] = ContextVar("search_indexing_paused", default=False)


@dataclass(frozen=True)
class Document:
    """One searchable thing as an app describes it; ``group_id`` scopes searches (a lesson's
    course, a product's shop)."""

    kind: str
    object_id: int
    title: str
    summary: str = ""
    body: str = ""
    language: str = DEFAULT_LANGUAGE
    group_id: int | None = None


def register_source(kind: str, documents: Callable[[], Iterable[Document]]) -> None:
    """``documents()`` yields every current document of ``kind``; a rebuild calls it."""
    _SOURCES[kind] = documents


def registered_kinds() -> list[str]:
    return sorted(_SOURCES)


def is_paused() -> bool:
    """True within :func:`paused`: a caller may skip building documents nobody will store."""
    return _PAUSED.get()


@contextmanager
def paused(then_rebuild: Iterable[str] = ()):
    """Within it, index writes are skipped, for a bulk load: publishing two hundred lessons
    would otherwise index each one, and its course again for each of its lessons. At the end,
    the ``then_rebuild`` kinds are rebuilt once; a pause inside another leaves that to the
    outer one (``load_demo`` rebuilds every kind when it is done). Wagtail's own index (the
    CMS's search) is held the same way: see :mod:`core.search.wagtail_index`."""
    outermost = not _PAUSED.get()
    token = _PAUSED.set(True)
    held = wagtail_index.hold() if outermost else None
    completed = False
    try:
        yield
        completed = True
    finally:
        _PAUSED.reset(token)
        if held is not None:
            wagtail_index.release(held, flush=completed)
    if outermost and then_rebuild:
        rebuild(then_rebuild)


def _row(document: Document) -> SearchDocument:
    language = document.language
    return SearchDocument(
        kind=document.kind,
        object_id=document.object_id,
        language=language,
        group_id=document.group_id,
        title=document.title,
        summary=document.summary,
        body=document.body,
        title_terms=" ".join(terms(document.title, language)),
        summary_terms=" ".join(terms(document.summary, language)),
        body_terms=" ".join(terms(document.body, language)),
    )


def _weighted_vector():
    return (
        SearchVector("title_terms", weight="A", config="simple")
        + SearchVector("summary_terms", weight="B", config="simple")
        + SearchVector("body_terms", weight="C", config="simple")
    )


def _words(documents: Iterable[Document]) -> dict[tuple[str, str], tuple[str, str, int]]:
    """(language, folded word) → (term, display, in how many documents)."""
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    counts: Counter = Counter()
    for document in documents:
        keys = set()
        for text in (document.title, document.summary, document.body):
            for token in tokens(text, document.language):
                if token.stop or not 2 <= len(token.folded) <= MAX_WORD:
                    continue
                key = (document.language, token.folded)
                keys.add(key)
                seen.setdefault(key, (token.term, token.surface.lower()))
        counts.update(keys)
    return {key: (*seen[key], counts[key]) for key in seen}


def _add_words(documents: list[Document]) -> None:
    SearchWord.objects.bulk_create(
        [
            SearchWord(language=language, word=word, term=term, display=display, documents=count)
            for (language, word), (term, display, count) in _words(documents).items()
        ],
        ignore_conflicts=True,
        batch_size=BATCH,
    )


@transaction.atomic
def index_documents(documents: Iterable[Document]) -> None:
    """Store ``documents``, replacing the stored ones of the same kind, id and language."""
    if _PAUSED.get():
        return
    documents = list(documents)
    if not documents:
        return
    stored: dict[tuple[str, str], list[int]] = {}
    for document in documents:
        stored.setdefault((document.kind, document.language), []).append(document.object_id)
    for (kind, language), object_ids in stored.items():
        SearchDocument.objects.filter(
            kind=kind, language=language, object_id__in=object_ids
        ).delete()
    rows = SearchDocument.objects.bulk_create(
        [_row(document) for document in documents], batch_size=BATCH
    )
    if connection.vendor == "postgresql":
        SearchDocument.objects.filter(pk__in=[row.pk for row in rows]).update(
            vector=_weighted_vector()
        )
    _add_words(documents)


def remove_documents(kind: str, object_ids: Iterable[int]) -> None:
    """Forget these things, in every language."""
    if _PAUSED.get():
        return
    SearchDocument.objects.filter(kind=kind, object_id__in=list(object_ids)).delete()


@transaction.atomic
def rebuild(kinds: Iterable[str] | None = None) -> int:
    """Index every document the sources yield (``kinds``: only those), recount the
    vocabulary, and return how many documents are indexed."""
    kinds = list(kinds) if kinds is not None else registered_kinds()
    total = 0
    for kind in kinds:
        SearchDocument.objects.filter(kind=kind).delete()
        documents = list(_SOURCES[kind]())
        for start in range(0, len(documents), BATCH):
            index_documents(documents[start : start + BATCH])
        total += len(documents)
    recount_words()
    analyse_tables()
    return total


def analyse_tables() -> None:
    """Fresh planner statistics after many rows changed at once: without them PostgreSQL
    may filter thousands of rows by kind rather than use the GIN index (40 ms instead of
    4 on 5,000 lessons). SQLite's FTS5 needs nothing."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {SearchDocument._meta.db_table}, {SearchWord._meta.db_table}")


def recount_words() -> None:
    """The vocabulary again from the stored documents: words no longer used go, counts are
    exact again."""
    stored = (
        Document(
            kind=row.kind,
            object_id=row.object_id,
            title=row.title,
            summary=row.summary,
            body=row.body,
            language=row.language,
        )
        for row in SearchDocument.objects.only(
            "kind", "object_id", "title", "summary", "body", "language"
        ).iterator(chunk_size=BATCH)
    )
    words = _words(stored)
    SearchWord.objects.all().delete()
    SearchWord.objects.bulk_create(
        [
            SearchWord(language=language, word=word, term=term, display=display, documents=count)
            for (language, word), (term, display, count) in words.items()
        ],
        batch_size=BATCH,
    )
