"""A person's data under the RGPD: what the platform holds about her (art. 15 and 20) and
what her account's erasure removes or keeps (art. 17).

``accounts`` knows nothing of the features above it. Each app registers a ``Section`` from
its ``AppConfig.ready`` (the pattern of ``accounts.navigation.NAVIGATION_HOOK``, without
Wagtail): how to export its part, how to erase it, what it must keep and why, and what
stops an erasure for now (an order still to collect). ``accounts.privacy`` puts the parts
together into the download and runs the erasure, in one transaction.

Every exporter reads with a constant number of queries whatever the number of rows, and
returns plain data (dates and decimals are serialised by ``DjangoJSONEncoder``).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import transaction

#: Reads a file's bytes when the archive is written, not before.
FileReader = Callable[[], bytes]


@dataclass
class Part:
    """One app's share of the export: JSON-able data and the files that go beside it."""

    data: Any
    #: (path inside the ZIP, reader). Paths are relative to ``fichiers/``.
    files: list[tuple[str, FileReader]] = field(default_factory=list)


@dataclass(frozen=True)
class Erasure:
    """What an eraser needs: the person, her address as it was (the account's own section
    replaces it last) and the moment, the same for every section."""

    user: Any
    email: str
    at: datetime


@dataclass(frozen=True)
class Kept:
    """Something the erasure keeps: what, why, and for how many years (None: for as long as
    the record exists, because nothing personal remains in it)."""

    what: str
    why: str
    years: int | None = None


@dataclass(frozen=True)
class Section:
    key: str
    #: Erasure order: lower first. The account's own section runs last (it replaces the
    #: e-mail address that others match orders and invitations by).
    order: int
    export: Callable[[Any], Part]
    erase: Callable[[Erasure], None] | None = None
    kept: Callable[[], list[Kept]] = list
    #: Reasons the erasure must wait (orders still to collect); empty when it may go ahead.
    blockers: Callable[[Any], list[str]] = lambda user: []
    #: Deletes what an erasure kept once its period is over (``now`` given); returns how
    #: many rows went. Run nightly by ``manage.py purge_erased_accounts``.
    purge: Callable[[datetime], int] | None = None


_SECTIONS: dict[str, Section] = {}


def register(section: Section) -> None:
    """Called from an app's ``AppConfig.ready``; registering the same key again replaces it."""
    _SECTIONS[section.key] = section


def sections() -> list[Section]:
    return sorted(_SECTIONS.values(), key=lambda section: (section.order, section.key))


def retention(name: str) -> int:
    """A retention period in the unit its name says, from ``settings.RGPD_RETENTION``."""
    return settings.RGPD_RETENTION[name]


def years_before(moment, years: int):
    """The same day and time ``years`` earlier (28 February for a 29th)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def delete_files_after_commit(files) -> None:
    """Remove stored files once the erasure is committed: a rollback keeps them."""
    named = [(file.storage, file.name) for file in files if file]

    def remove():
        for storage, name in named:
            storage.delete(name)

    transaction.on_commit(remove)


def file_reader(file) -> FileReader:
    """A reader for a stored ``FieldFile``; the storage is read when the ZIP is written."""

    def read() -> bytes:
        with file.open("rb") as handle:
            return handle.read()

    return read
