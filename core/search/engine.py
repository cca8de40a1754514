"""Reading the search index: what a shopkeeper typed, to ranked documents with an extract.

A query is analysed like the texts (:mod:`core.search.analysis`), then each word becomes a
*slot* that a document must fill, with every way to fill it:

- the word itself as a prefix (« factur » finds « facturation »);
- the longer words of the vocabulary that contain it (« sécurité » finds « cybersécurité »);
- the editors' synonyms (« marketplace » finds « place de marché », as a phrase);
- when the word is nowhere in the vocabulary, the closest word by trigram similarity
  (« facturaton » → « facturation »), which the page offers as « vouliez-vous dire ».

A document must fill every slot; when no document does, the query is run again with any
slot (ranked by how many it fills). Titles weigh ten times a body, summaries four times.

The same slots become an FTS5 expression on SQLite and a ``tsquery`` on PostgreSQL, over the
same terms, so both backends find the same documents. The query count is constant: the
synonyms, the vocabulary, the corrections if needed, the match, the documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db import connection
from django.utils.safestring import SafeString

from core.search.analysis import DEFAULT_LANGUAGE, fold, query_terms, terms
from core.search.extracts import Matcher, extract
from core.search.models import SearchDocument, SearchSynonym, SearchWord

#: Weights of title, summary and body.
WEIGHTS = (10.0, 4.0, 1.0)
#: A query word this long or longer also finds the longer words that contain it.
COMPOUND_MIN = 5
#: At most this many longer words per query word.
MAX_EXPANSIONS = 20
#: pg_trgm's default threshold: below it, two words are not alike.
SIMILARITY = 0.3
#: On SQLite, the words compared with a mistyped one: those sharing the most trigrams.
TRIGRAM_CANDIDATES = 200


@dataclass
class Slot:
    """One word (or synonym phrase) of the query and every sequence of terms that fills it:
    a one-term sequence is matched as a prefix, a longer one as a phrase."""

    text: str
    sequences: list[tuple[str, ...]]
    expansions: list[str] = field(default_factory=list)
    #: The terms as typed (or as corrected): a document matching them ranks above one that
    #: matches a synonym or a longer word only.
    typed: tuple[str, ...] = ()

    def __post_init__(self):
        self.typed = self.typed or self.sequences[0]

    @property
    def single_terms(self) -> list[str]:
        return [sequence[0] for sequence in self.sequences if len(sequence) == 1]


@dataclass
class Hit:
    kind: str
    object_id: int
    group_id: int | None
    language: str
    title: str
    score: float
    texts: tuple[str, str] = ("", "")
    matches: Matcher | None = None

    @property
    def extract(self) -> SafeString:
        """Lines of the body (else the summary) around the first word found, highlighted;
        computed only for the hits a page shows."""
        body, summary = self.texts
        return extract(body, self.matches, self.language) or extract(
            summary, self.matches, self.language
        )


@dataclass
class SearchOutcome:
    query: str
    hits: list[Hit]
    #: The query as corrected, when a word was mistyped (« facturation électronique »).
    correction: str = ""

    def __bool__(self) -> bool:
        return bool(self.hits)


def search(
    query: str,
    *,
    kinds: list[str],
    languages: list[str] | tuple[str, ...] = (DEFAULT_LANGUAGE,),
    group_ids: list[int] | None = None,
    limit: int = 200,
) -> SearchOutcome:
    """Documents of ``kinds`` (within ``group_ids`` if given) matching ``query``, best first.

    Several ``languages``: the query is analysed in each and the hits merged, a thing found
    in several languages keeping its best (documents in the first language win ties).
    """
    best: dict[tuple[str, int], Hit] = {}
    corrections = []
    for language in languages:
        outcome = _search_language(query, kinds, language, group_ids, limit)
        corrections.append(outcome.correction)
        for hit in outcome.hits:
            key = (hit.kind, hit.object_id)
            if key not in best or hit.score > best[key].score:
                best[key] = hit
    hits = sorted(best.values(), key=lambda hit: (-hit.score, hit.kind, hit.object_id))
    correction = next((text for text in corrections if text), "") if hits else ""
    return SearchOutcome(query=query, hits=hits[:limit], correction=correction)


def _search_language(query, kinds, language, group_ids, limit) -> SearchOutcome:
    words = query_terms(query, language)
    if not words:
        return SearchOutcome(query=query, hits=[])
    slots = _slots(words, _synonyms(language), language)
    known = _expand(slots, language)
    correction = ""
    unknown = [slot for slot in slots if not known.get(id(slot))]
    replaced = _correct(unknown, language) if unknown else {}
    if replaced:
        correction = _corrected_text(query, replaced)
    scored = _match(slots, kinds, language, group_ids, limit, require_all=True)
    if not scored and len(slots) > 1:
        scored = _match(slots, kinds, language, group_ids, limit, require_all=False)
    if not scored:
        return SearchOutcome(query=query, hits=[])
    return SearchOutcome(query=query, hits=_hits(scored, slots, language), correction=correction)


# --- slots -----------------------------------------------------------------------------------


def _synonyms(language: str) -> list[list[tuple[str, ...]]]:
    """The editors' synonym groups, each as the term sequences of its expressions."""
    groups = []
    for synonym in SearchSynonym.objects.filter(language=language).only("terms"):
        sequences = [tuple(terms(text, language)) for text in synonym.expressions]
        sequences = list(dict.fromkeys(sequence for sequence in sequences if sequence))
        if len(sequences) > 1:
            groups.append(sequences)
    return groups


def _slots(words, groups, language) -> list[Slot]:
    """The query's terms cut into slots; a run of terms that is one expression of a synonym
    group (the longest first) becomes one slot filled by any expression of the group."""
    query = [word.term for word in words]
    slots, position = [], 0
    while position < len(query):
        found = None
        for group in groups:
            for sequence in group:
                end = position + len(sequence)
                if tuple(query[position:end]) == sequence and (
                    found is None or len(sequence) > found[0]
                ):
                    found = (len(sequence), group)
        if found:
            length, group = found
            text = " ".join(word.surface for word in words[position : position + length])
            typed = tuple(query[position : position + length])
            slots.append(Slot(text=text, sequences=list(group), typed=typed))
            position += length
        else:
            slots.append(Slot(text=words[position].surface, sequences=[(query[position],)]))
            position += 1
    return slots


def _expand(slots: list[Slot], language: str) -> dict[int, bool]:
    """Add to each slot the vocabulary's longer words containing its terms, in one query, and
    tell which slots the vocabulary knows at all (by ``id(slot)``)."""
    wanted = {term for slot in slots for term in slot.single_terms}
    phrases = {id(slot) for slot in slots if any(len(s) > 1 for s in slot.sequences)}
    if not wanted:
        return dict.fromkeys(phrases, True)
    conditions, params = [], [language]
    for term in sorted(wanted):
        conditions.append("term LIKE %s")
        params.append(f"%{term}%" if len(term) >= COMPOUND_MIN else f"{term}%")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT term, MAX(documents) FROM {SearchWord._meta.db_table} "  # noqa: S608
            f"WHERE language = %s AND ({' OR '.join(conditions)}) "
            "GROUP BY term ORDER BY MAX(documents) DESC, term",
            params,
        )
        vocabulary = [row[0] for row in cursor.fetchall()]
    known = {}
    for slot in slots:
        found = False
        for term in slot.single_terms:
            matches = [
                word
                for word in vocabulary
                if word.startswith(term) or (len(term) >= COMPOUND_MIN and term in word)
            ]
            found = found or bool(matches)
            for word in matches:
                if not word.startswith(term) and word not in slot.expansions:
                    slot.expansions.append(word)
        slot.expansions = slot.expansions[:MAX_EXPANSIONS]
        known[id(slot)] = found or id(slot) in phrases
    return known


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one folded word: two spaces before, one after."""
    padded = f"  {word} "
    return {padded[index : index + 3] for index in range(len(padded) - 2)}


def similarity(first: str, second: str) -> float:
    """pg_trgm's ``similarity()``: shared trigrams over all trigrams of the two words."""
    a, b = trigrams(first), trigrams(second)
    return len(a & b) / len(a | b) if a or b else 0.0


def _correct(slots: list[Slot], language: str) -> dict[str, str]:
    """Replace each unknown one-word slot by its closest vocabulary word; returns what was
    typed → the word shown instead."""
    replaced = {}
    for slot in slots:
        if len(slot.sequences) != 1 or len(slot.sequences[0]) != 1:
            continue
        candidate = _closest(fold(slot.text), language)
        if candidate:
            term, display = candidate
            replaced[slot.text] = display
            slot.sequences = [(term,)]
            slot.typed = (term,)
    return replaced


def _closest(word: str, language: str) -> tuple[str, str] | None:
    """The vocabulary word most like ``word`` (similarity ≥ 0.3, then the most used)."""
    table = SearchWord._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"SELECT word, term, display, documents FROM {table} "  # noqa: S608
                "WHERE language = %s AND word %% %s",
                [language, word],
            )
        else:
            grams = sorted(
                {word[index : index + 3] for index in range(len(word) - 2)}
            )  # FTS5's trigram tokenizer matches substrings of 3 or more characters
            if not grams:
                return None
            expression = " OR ".join(f'"{gram}"' for gram in grams)
            # The words sharing the most (and the rarest) trigrams first, as FTS5 ranks
            # them; the exact similarity is computed below on those only.
            cursor.execute(
                f"SELECT w.word, w.term, w.display, w.documents FROM {table}_fts "  # noqa: S608
                f"JOIN {table} w ON w.id = {table}_fts.rowid "
                f"WHERE {table}_fts MATCH %s AND w.language = %s "
                f"ORDER BY {table}_fts.rank LIMIT %s",
                [expression, language, TRIGRAM_CANDIDATES],
            )
        rows = cursor.fetchall()
    scored = [
        (similarity(word, found), documents, found, term, display)
        for found, term, display, documents in rows
    ]
    scored = [row for row in scored if row[0] >= SIMILARITY and row[2] != word]
    if not scored:
        return None
    scored.sort(key=lambda row: (-row[0], -row[1], row[2]))
    return scored[0][3], scored[0][4]


def _corrected_text(query: str, replaced: dict[str, str]) -> str:
    """The query with each mistyped word replaced by the vocabulary's spelling."""
    for typed, display in replaced.items():
        query = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", display, query, count=1)
    return query


# --- matching --------------------------------------------------------------------------------

_SAFE_TERM = re.compile(r"^[^\W_]+$")


def _alternatives(slot: Slot) -> list[tuple[tuple[str, ...], str]]:
    """(terms, mode) for every way to fill the slot: ``prefix`` (one term, or longer words
    starting with it), ``exact`` (a longer word containing it), ``phrase`` (a synonym of
    several words, in order) and ``all`` (the words typed, in any order: « avis clients »
    also finds « les avis de vos clients »)."""
    found = [
        (sequence, "prefix" if len(sequence) == 1 else "phrase") for sequence in slot.sequences
    ]
    found += [((word,), "exact") for word in slot.expansions]
    if len(slot.typed) > 1:
        found.append((slot.typed, "all"))
    return [
        (sequence, mode)
        for sequence, mode in found
        if all(_SAFE_TERM.match(term) for term in sequence)
    ]


def _fts5_alternative(sequence: tuple[str, ...], mode: str) -> str:
    if mode == "all":
        return "(" + " AND ".join(f'"{term}"*' for term in sequence) + ")"
    phrase = '"' + " ".join(sequence) + '"'
    return phrase + "*" if mode == "prefix" else phrase


def _tsquery_alternative(sequence: tuple[str, ...], mode: str) -> str:
    if mode == "all":
        return "(" + " & ".join(f"{term}:*" for term in sequence) + ")"
    if mode == "prefix":
        return f"{sequence[0]}:*"
    return "(" + " <-> ".join(sequence) + ")"


def _expression(slots: list[Slot], require_all: bool, alternative, ors: str, ands: str) -> str:
    groups = []
    for slot in slots:
        parts = [alternative(sequence, mode) for sequence, mode in _alternatives(slot)]
        if parts:
            groups.append("(" + ors.join(parts) + ")")
    return (ands if require_all else ors).join(groups)


def _fts5_expression(slots: list[Slot], require_all: bool) -> str:
    return _expression(slots, require_all, _fts5_alternative, " OR ", " AND ")


def _tsquery_expression(slots: list[Slot], require_all: bool) -> str:
    return _expression(slots, require_all, _tsquery_alternative, " | ", " & ")


def _match(slots, kinds, language, group_ids, limit, *, require_all) -> list[tuple[int, float]]:
    """(document id, score) of the matching documents, best first."""
    table = SearchDocument._meta.db_table
    filters = ["d.language = %s", f"d.kind IN ({', '.join(['%s'] * len(kinds))})"]
    params: list = [language, *kinds]
    if group_ids is not None:
        if not group_ids:
            return []
        filters.append(f"d.group_id IN ({', '.join(['%s'] * len(group_ids))})")
        params += list(group_ids)
    where = " AND ".join(filters)
    if connection.vendor == "postgresql":
        expression = _tsquery_expression(slots, require_all)
        if not expression:
            return []
        title, summary, body = WEIGHTS
        weights = "{0, %s, %s, %s}" % (body / title, summary / title, 1.0)  # noqa: UP031
        sql = (
            f"SELECT d.id, ts_rank(%s::float4[], d.vector, q.query) AS score "  # noqa: S608
            f"FROM {table} d, to_tsquery('simple', %s) AS q(query) "
            f"WHERE d.vector @@ q.query AND {where} ORDER BY score DESC, d.id LIMIT %s"
        )
        params = [weights, expression, *params, limit]
    else:
        expression = _fts5_expression(slots, require_all)
        if not expression:
            return []
        sql = (
            f"SELECT d.id, -bm25({table}_fts, %s, %s, %s) AS score "  # noqa: S608
            f"FROM {table}_fts JOIN {table} d ON d.id = {table}_fts.rowid "
            f"WHERE {table}_fts MATCH %s AND {where} ORDER BY score DESC, d.id LIMIT %s"
        )
        params = [*WEIGHTS, expression, *params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(row[0], float(row[1])) for row in cursor.fetchall()]


# --- hits and extracts -----------------------------------------------------------------------


def _hits(scored, slots, language) -> list[Hit]:
    """The documents of ``scored``, ranked again: the database's relevance (BM25 on SQLite,
    ``ts_rank`` on PostgreSQL) scaled to 0–1, plus a bonus per query word found in the title
    (2, or 1 through a synonym) or the summary (0.6, or 0.3). Titles and summaries decide
    first, the bodies' relevance between equals; both backends rank alike."""
    documents = SearchDocument.objects.only(
        "kind",
        "object_id",
        "group_id",
        "language",
        "title",
        "summary",
        "body",
        "title_terms",
        "summary_terms",
    ).in_bulk([pk for pk, _ in scored])
    top = max((score for _, score in scored), default=0) or 1.0
    wanted = _matcher(slots)
    hits = []
    for pk, score in scored:
        document = documents.get(pk)
        if document is None:
            continue
        bonus = _bonus(slots, document.title_terms.split(), 2.0) + _bonus(
            slots, document.summary_terms.split(), 0.6
        )
        hits.append(
            Hit(
                kind=document.kind,
                object_id=document.object_id,
                group_id=document.group_id,
                language=document.language,
                title=document.title,
                score=max(score, 0.0) / top + bonus,
                texts=(document.body, document.summary),
                matches=wanted,
            )
        )
    hits.sort(key=lambda hit: (-hit.score, hit.kind, hit.object_id))
    return hits


def _contains(words: list[str], sequence: tuple[str, ...], mode: str) -> bool:
    if mode == "all":
        return all(_contains(words, (term,), "prefix") for term in sequence)
    if len(sequence) == 1:
        term = sequence[0]
        return any(word.startswith(term) if mode == "prefix" else word == term for word in words)
    size = len(sequence)
    return any(tuple(words[i : i + size]) == sequence for i in range(len(words) - size + 1))


def _bonus(slots: list[Slot], words: list[str], weight: float) -> float:
    """``weight`` per slot whose typed words are in ``words``, half through another way."""
    total = 0.0
    for slot in slots:
        if _contains(words, slot.typed, "prefix" if len(slot.typed) == 1 else "all"):
            total += weight
        elif any(_contains(words, sequence, mode) for sequence, mode in _alternatives(slot)):
            total += weight / 2
    return total


def _matcher(slots) -> Matcher:
    return Matcher(
        prefixes=tuple(term for slot in slots for term in (*slot.single_terms, *slot.typed)),
        exact=frozenset(
            {term for slot in slots for term in slot.expansions}
            | {term for slot in slots for seq in slot.sequences if len(seq) > 1 for term in seq}
        ),
        typed=tuple(term for slot in slots for term in slot.typed),
    )
