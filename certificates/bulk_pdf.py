"""Many certificates at once (a whole cohort), each still its own standalone PDF/A-3b file.

Each certificate costs about a millisecond and a half of CPU through ``stamp`` (its texts, QR code
and file), against fifty or more for a whole WeasyPrint document; a cohort saves a little more:

- ``stamp`` draws a chunk of certificates as one ReportLab document, so the fonts are subset
  and compressed once per chunk rather than once per file;
- chunks are stamped by as many processes as CPUs, because all of that work is Python
  holding the GIL: the caller's own and forked workers. The workers are forked (on Linux)
  with the fonts already loaded and only receive finished sheets: they never touch the
  database or the settings.

Layouts, backgrounds and metadata are prepared here, in the caller's process (they need the
settings and translations), about a tenth of a millisecond per certificate, while the workers
stamp.
"""

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from certificates import stamp
from certificates.pdf import CertificateFacts, sheets_of

#: Certificates per ReportLab document. Fonts are subset per chunk, so a larger chunk saves a
#: little time but every file of the chunk carries the glyphs of all its holders' names.
CHUNK_SIZE = 25

#: Below this many certificates, starting worker processes costs more than it saves.
PARALLEL_FROM = 2 * CHUNK_SIZE


def render_many(
    items: Sequence[tuple[CertificateFacts, str]],
    *,
    chunk_size: int = CHUNK_SIZE,
    processes: int | None = None,
) -> list[bytes]:
    """One PDF per ``(facts, verify_url)``, in the order given. ``processes`` stamp them, this
    one included (one per CPU by default)."""
    return list(iter_rendered(items, chunk_size=chunk_size, processes=processes))


def iter_rendered(
    items: Iterable[tuple[CertificateFacts, str]],
    *,
    chunk_size: int = CHUNK_SIZE,
    processes: int | None = None,
) -> Iterator[bytes]:
    """``render_many``, one file at a time, so that a caller can store each as it comes."""
    if chunk_size < 1:
        raise ValueError("chunk_size doit valoir au moins 1.")
    items = list(items)
    # Sheets are prepared chunk by chunk, and the workers' chunks submitted at once (so a
    # cohort's sheets and files are all in memory together), but the workers start on the
    # first while this process prepares the next.
    chunks = (
        sheets_of(items[start : start + chunk_size]) for start in range(0, len(items), chunk_size)
    )
    workers = min(processes or os.cpu_count() or 1, -(-len(items) // chunk_size))
    if workers < 2 or len(items) < PARALLEL_FROM or not _can_fork():
        for chunk in chunks:
            yield from stamp.stamp(chunk)
        return
    # This process stamps every ``workers``-th chunk itself, forked ones the others: it would
    # otherwise only wait, and each process forked costs CPU time of its own (the pages it
    # copies on write, its exit), a tenth of what stamping a cohort of 200 does.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
        pending = [
            sheets if index % workers == 0 else pool.submit(stamp.stamp, sheets)
            for index, sheets in enumerate(chunks)
        ]
        for entry in pending:
            yield from stamp.stamp(entry) if isinstance(entry, list) else entry.result()


def _can_fork() -> bool:
    """Forking copies the loaded fonts for free; elsewhere, one process does it all.

    Cohorts are rendered by task workers (single-threaded processes), never inside a web
    request, so no other thread can hold a lock at the moment of the fork."""
    return "fork" in multiprocessing.get_all_start_methods()
