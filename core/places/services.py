"""Writes of the list of communes: loaded whole from the data package, never edited by hand.

``@etalab/decoupage-administratif`` (npm, pinned in package-lock.json) publishes INSEE's
communes with La Poste's postcodes as one JSON file. Loading it again brings the table to the
file: names and postcodes updated, new communes added, those gone (merged into another)
removed, postcodes no longer listed removed. Everything is done in bulk, in one transaction,
so that a reader never sees half a list. New rows go in with one ``executemany`` per table
rather than ``bulk_create``: ~35,000 communes and their postcodes load in about a second,
which the tests that check addresses pay once each.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction

from core.places.matching import commune_key
from core.places.models import Commune, CommuneKind, CommunePostcode

BATCH = 2000
_FIELDS = ("name", "key", "department", "kind")


@dataclass(frozen=True)
class LoadReport:
    communes: int
    created: int
    updated: int
    removed: int
    postcodes: int
    postcodes_added: int
    postcodes_removed: int


def read_communes(path: Path) -> dict[str, dict]:
    """The file's communes and arrondissements, by INSEE code, as the table stores them.

    Delegated and associated communes (merged into another, which has their postcodes) are
    left out: an address in one of them is written with the commune it belongs to.
    """
    kinds = set(CommuneKind.values)
    rows = json.loads(Path(path).read_text("utf-8"))
    return {
        row["code"]: {
            "name": row["nom"],
            "key": commune_key(row["nom"]),
            "department": row.get("departement", ""),
            "kind": row["type"],
            "postcodes": set(row.get("codesPostaux", ())),
        }
        for row in rows
        if row.get("type") in kinds
    }


def _insert(model, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Plain rows into the model's table, without building a model instance for each."""
    if not rows:
        return
    quote = connection.ops.quote_name
    names = ", ".join(quote(model._meta.get_field(column).column) for column in columns)
    placeholders = ", ".join(["%s"] * len(columns))
    with connection.cursor() as cursor:
        cursor.executemany(
            # Names from the model, quoted; the values are parameters.
            f"INSERT INTO {quote(model._meta.db_table)} ({names}) VALUES ({placeholders})",  # noqa: S608
            rows,
        )


def _analyse() -> None:
    """Fresh planner statistics after thousands of rows changed at once (the first load, or a
    test's, inside its transaction: PostgreSQL counts the rows its own transaction wrote).
    Without them the planner takes both tables for nearly empty. SQLite needs nothing."""
    if connection.vendor == "postgresql":
        tables = (Commune._meta.db_table, CommunePostcode._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE " + ", ".join(map(connection.ops.quote_name, tables)))


@transaction.atomic
def load_communes(path: Path) -> LoadReport:
    wanted = read_communes(path)
    existing = {
        row["insee_code"]: row
        for row in Commune.objects.values("id", "insee_code", *_FIELDS).iterator(BATCH)
    }

    created = [
        (code, *(data[name] for name in _FIELDS))
        for code, data in wanted.items()
        if code not in existing
    ]
    _insert(Commune, ("insee_code", *_FIELDS), created)
    changed = [
        Commune(id=row["id"], **{name: wanted[code][name] for name in _FIELDS})
        for code, row in existing.items()
        if code in wanted and any(row[name] != wanted[code][name] for name in _FIELDS)
    ]
    Commune.objects.bulk_update(changed, _FIELDS, batch_size=BATCH)
    gone = [row["id"] for code, row in existing.items() if code not in wanted]
    for start in range(0, len(gone), BATCH):
        Commune.objects.filter(id__in=gone[start : start + BATCH]).delete()

    ids = dict(Commune.objects.values_list("insee_code", "id").iterator(BATCH))
    wanted_pairs = {
        (ids[code], postcode) for code, data in wanted.items() for postcode in data["postcodes"]
    }
    present = {
        (commune_id, postcode): pk
        for pk, commune_id, postcode in CommunePostcode.objects.values_list(
            "id", "commune_id", "postcode"
        ).iterator(BATCH)
    }
    stale = [pk for pair, pk in present.items() if pair not in wanted_pairs]
    for start in range(0, len(stale), BATCH):
        CommunePostcode.objects.filter(id__in=stale[start : start + BATCH]).delete()
    added = sorted(wanted_pairs - present.keys())
    _insert(CommunePostcode, ("commune", "postcode"), added)
    if created or changed or gone or stale or added:
        _analyse()

    return LoadReport(
        communes=len(wanted),
        created=len(created),
        updated=len(changed),
        removed=len(gone),
        postcodes=len(wanted_pairs),
        postcodes_added=len(added),
        postcodes_removed=len(stale),
    )
