"""Read the attendance report a staff member uploads after a webinar.

Video tools (Zoom, Teams, Google Meet, Livestorm…) each export attendance in their own flavour
of CSV: different encodings, delimiters, column names, duration formats, and sometimes a block of
summary lines above the participant table. This module turns any of those into a clean list of
``(e-mail, minutes)`` rows plus a list of per-line problems the staff member can fix by hand.

It is deliberately pure (bytes in, dataclasses out, no database, no models) so that it can be
tested exhaustively without fixtures and reused by the view, a management command or a task;
matching the rows to registrations happens elsewhere.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

# An attendance report for even a very large webinar is a few hundred kilobytes; anything bigger
# is the wrong file, and refusing it early keeps a request from chewing memory and CPU.
MAX_BYTES = 2 * 1024 * 1024
MAX_LINES = 20_000
# No webinar lasts a day: a larger value almost certainly comes from a column counted in seconds,
# and silently crediting it as minutes would hand out attendance that never happened.
MAX_MINUTES = 24 * 60
RAW_MAX_CHARS = 200
DELIMITERS = (";", ",", "\t")
# The sniffer only needs the top of the file; a bounded sample keeps its regexes cheap.
SNIFF_SAMPLE_CHARS = 16 * 1024

MSG_TOO_BIG = "Fichier trop volumineux : la taille maximale est de 2 Mo."
MSG_TOO_MANY_LINES = "Fichier trop long : il ne doit pas dépasser 20 000 lignes."
MSG_EMPTY = "Le fichier est vide."
MSG_SPREADSHEET = (
    "Ce fichier est un classeur Excel et non un fichier CSV : "
    "enregistrez-le au format CSV puis recommencez."
)
MSG_UNREADABLE = "Fichier illisible : ce n'est pas un fichier CSV valide."
MSG_NO_COLUMNS = (
    "Colonnes introuvables : le fichier doit contenir une colonne e-mail et une colonne minutes."
)


@dataclass(frozen=True)
class AttendanceRow:
    """One participant: e-mail and total minutes present, summed over reconnections."""

    line: int  # line number in the file (first line is 1); the first line for merged rows
    email: str  # stripped, lower-case
    minutes: int  # whole minutes, >= 0


@dataclass(frozen=True)
class RowProblem:
    """A line that could not be used, with a French message for the staff member."""

    line: int
    raw: str  # the original line text, shortened to RAW_MAX_CHARS characters
    message: str


@dataclass
class ParsedAttendance:
    rows: list[AttendanceRow]
    problems: list[RowProblem]


class AttendanceFileError(ValueError):
    """The file as a whole cannot be read; the message is in French, ready for the user."""


class _BadValue(ValueError):
    """A cell could not be used; the message is the French text reported for its line."""


def parse_attendance(data: bytes) -> ParsedAttendance:
    """Parse an attendance export into per-participant rows and per-line problems.

    Bad lines do not reject the file: the staff member gets every usable row plus a list of
    the lines to check, which is far more useful than "error on line 37" and nothing imported.
    Only problems with the file as a whole (size, encoding, missing columns) raise
    ``AttendanceFileError``.
    """
    if len(data) > MAX_BYTES:
        raise AttendanceFileError(MSG_TOO_BIG)
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        # .xlsx (a ZIP archive) or legacy .xls: a common mix-up, worth a precise message.
        raise AttendanceFileError(MSG_SPREADSHEET)
    text = _decode(data)
    lines = _split_lines(text)
    if len(lines) > MAX_LINES:
        raise AttendanceFileError(MSG_TOO_MANY_LINES)
    if not text.strip():
        raise AttendanceFileError(MSG_EMPTY)

    for delimiter in _delimiter_candidates(lines):
        records = _read_records(lines, delimiter)
        header = _find_header(records)
        if header is not None:
            break
    else:
        raise AttendanceFileError(MSG_NO_COLUMNS)

    header_index, email_col, minutes_col = header
    by_email: dict[str, AttendanceRow] = {}
    problems: list[RowProblem] = []
    for start, end, cells in records[header_index + 1 :]:
        if not any(cell.strip() for cell in cells):
            continue  # blank line, or a row of bare delimiters as Excel likes to add
        messages = []
        try:
            email = _parse_email(_cell(cells, email_col))
        except _BadValue as exc:
            messages.append(str(exc))
        try:
            minutes = _parse_minutes(_cell(cells, minutes_col))
        except _BadValue as exc:
            messages.append(str(exc))
        if messages:
            raw = "".join(lines[start - 1 : end]).rstrip("\r\n")
            problems.append(RowProblem(line=start, raw=_shorten(raw), message=" ".join(messages)))
            continue
        previous = by_email.get(email)
        if previous is None:
            by_email[email] = AttendanceRow(line=start, email=email, minutes=minutes)
        else:
            # The person left and came back (or the tool logs one row per connection): the
            # attendance that matters is the total time, reported on the first line seen.
            by_email[email] = AttendanceRow(
                line=previous.line, email=email, minutes=previous.minutes + minutes
            )
    return ParsedAttendance(rows=list(by_email.values()), problems=problems)


def _decode(data: bytes) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 with a BOM (Teams), else cp1252 (Excel on Windows).

    cp1252 comes last because nearly any byte string decodes as cp1252, whereas a valid UTF-8
    text is almost never an accident. Its few undefined bytes become U+FFFD rather than an
    error: they can only sit in a cell, which is then reported on its own line.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise AttendanceFileError(MSG_UNREADABLE) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _split_lines(text: str) -> list[str]:
    r"""Split on \n, \r\n or lone \r, keeping the endings, as the csv module expects.

    ``str.splitlines`` would also split on characters such as U+2028 that may legitimately
    appear inside a cell, and then line numbers would no longer match what the user sees.
    """
    return list(io.StringIO(text, newline=""))


def _delimiter_candidates(lines: list[str]) -> list[str]:
    """Delimiters to try, most likely first.

    An explicit ``sep=`` line (written by Excel) wins, then ``csv.Sniffer``'s guess; the summary
    lines some tools put above the table can fool the sniffer, so the other delimiters follow,
    most frequent first. The caller keeps the first one that yields a recognisable header.
    """
    candidates: list[str] = []
    first = lines[0].strip() if lines else ""
    if first.lower().startswith("sep=") and first[4:] in DELIMITERS:
        candidates.append(first[4:])
    sample = "".join(lines)[:SNIFF_SAMPLE_CHARS]
    with contextlib.suppress(csv.Error):  # raised when it cannot decide: the fallback follows
        candidates.append(csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter)
    candidates.extend(sorted(DELIMITERS, key=lambda d: -sample.count(d)))
    return list(dict.fromkeys(c for c in candidates if c in DELIMITERS))


def _read_records(lines: list[str], delimiter: str) -> list[tuple[int, int, list[str]]]:
    """Return ``(first line, last line, cells)`` per CSV record.

    A quoted cell may span several physical lines, so each record carries both ends: the first
    line is what the user is told, the range is what ``RowProblem.raw`` shows.
    """
    reader = csv.reader(lines, delimiter=delimiter, skipinitialspace=True)
    records = []
    previous_end = 0
    try:
        for cells in reader:
            records.append((previous_end + 1, reader.line_num, cells))
            previous_end = reader.line_num
    except csv.Error:
        # NUL bytes (typically UTF-16 without a BOM) or a cell over the csv field size limit.
        raise AttendanceFileError(MSG_UNREADABLE) from None
    return records


def _normalise_header(cell: str) -> list[str]:
    """Lower-case, accent-free words: "Durée (minutes)" becomes ``["duree", "minutes"]``."""
    decomposed = unicodedata.normalize("NFKD", cell)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", " ", stripped).split()


_EMAIL_HEADER = re.compile(r"\b(?:e ?mails?|mails?|courriels?)\b|\badresse electronique\b")
_MINUTE_WORDS = {"min", "mins", "minute", "minutes", "mn"}
_DURATION_HEADER = re.compile(
    r"\b(?:duree|duration|temps de presence|temps de connexion|time in session|time in call)\b"
)
_OTHER_UNIT_WORDS = {
    "s",
    "sec",
    "secs",
    "second",
    "seconds",
    "seconde",
    "secondes",
    "h",
    "hr",
    "hrs",
    "hour",
    "hours",
    "heure",
    "heures",
}


def _is_email_header(words: list[str]) -> bool:
    return bool(_EMAIL_HEADER.search(" ".join(words)))


def _minutes_header_rank(words: list[str]) -> int:
    """2 for a column that says it counts minutes, 1 for a generic duration column, else 0.

    A column that names another unit (seconds, hours) is rejected: reading seconds as minutes
    would multiply everyone's attendance by sixty.
    """
    if _MINUTE_WORDS & set(words):
        return 2
    if _OTHER_UNIT_WORDS & set(words):
        return 0
    return 1 if _DURATION_HEADER.search(" ".join(words)) else 0


def _header_columns(cells: list[str]) -> tuple[int, int] | None:
    """``(email column, minutes column)`` if this row looks like the table header."""
    if any("@" in cell for cell in cells):
        return None  # a data row, whatever its other cells say
    words = [_normalise_header(cell) for cell in cells]
    email_cols = [i for i, w in enumerate(words) if _is_email_header(w)]
    for email_col in email_cols:
        ranked = [
            (rank, -i)
            for i, w in enumerate(words)
            if i != email_col and (rank := _minutes_header_rank(w))
        ]
        if ranked:
            return email_col, -max(ranked)[1]
    return None


def _find_header(records: list[tuple[int, int, list[str]]]) -> tuple[int, int, int] | None:
    """Locate the participant table's header: ``(record index, email col, minutes col)``.

    The *last* header-like row wins. Zoom puts a meeting summary above the participants whose
    own header already has "User Email" and "Duration (Minutes)"; Zoom webinar reports and
    Teams list several sections (host, panelists, then attendees; or participants, then every
    connection) each with its own header. In all these the table to read is the last one.
    """
    found = None
    for index, (_start, _end, cells) in enumerate(records):
        columns = _header_columns(cells)
        if columns is not None:
            found = (index, *columns)
    return found


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _parse_email(value: str) -> str:
    if not value:
        raise _BadValue("Adresse e-mail manquante.")
    email = value.lower()
    try:
        validate_email(email)
    except ValidationError:
        raise _BadValue(f"Adresse e-mail invalide : « {_shorten(value, 100)} ».") from None
    return email


_DECIMAL = re.compile(r"(\d{1,7})(?:[.,](\d{1,6}))?")
_CLOCK = re.compile(r"(\d{1,5}):(\d{1,2})(?::(\d{1,2}))?")
_UNITS = re.compile(
    r"(?:(\d{1,5})\s*(?:h|hr|hrs|hours?|heures?))?\s*"
    r"(?:(\d{1,5})\s*(?:m|mn|min|mins|minutes?))?\s*"
    r"(?:(\d{1,5})\s*(?:s|sec|secs|seconds?|secondes?))?",
    re.IGNORECASE,
)


def _parse_minutes(value: str) -> int:
    """Whole minutes from the formats tools export, rounded half up.

    Accepted: ``42``, ``42.5``, ``42,5`` (French decimal comma), ``1:05:30`` (h:m:s),
    ``65:30`` (m:s), ``1h 5m 30s`` (Teams). A lone dash means the person never joined (Zoom
    writes ``--`` for absent registrants) and counts as zero minutes.
    """
    if not value:
        raise _BadValue("Durée manquante.")
    shown = _shorten(value, 100)
    if value in {"-", "--", "–", "—"}:
        return 0
    if re.fullmatch(r"-\s*\d.*", value):
        raise _BadValue(f"Durée négative : « {shown} ».")
    if match := _DECIMAL.fullmatch(value):
        minutes = Decimal(f"{match[1]}.{match[2] or '0'}")
        total = int(minutes.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    elif match := _CLOCK.fullmatch(value):
        if match[3] is None:
            hours, mins, secs = 0, int(match[1]), int(match[2])
        else:
            hours, mins, secs = int(match[1]), int(match[2]), int(match[3])
            if mins >= 60:
                raise _BadValue(f"Durée illisible : « {shown} ».")
        if secs >= 60:
            raise _BadValue(f"Durée illisible : « {shown} ».")
        total = _round_seconds(hours * 3600 + mins * 60 + secs)
    elif (match := _UNITS.fullmatch(value)) and any(match.groups()):
        hours, mins, secs = (int(group or 0) for group in match.groups())
        total = _round_seconds(hours * 3600 + mins * 60 + secs)
    else:
        raise _BadValue(f"Durée illisible : « {shown} ».")
    if total > MAX_MINUTES:
        raise _BadValue(f"Durée invraisemblable : « {shown} » (plus de 24 heures).")
    return total


def _round_seconds(seconds: int) -> int:
    """Seconds to whole minutes, half up: 29 s is nothing, 30 s counts as a minute."""
    return (seconds + 30) // 60


def _shorten(text: str, limit: int = RAW_MAX_CHARS) -> str:
    """Cut ``text`` to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
