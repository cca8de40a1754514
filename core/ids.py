"""Row ids read from addresses and forms, checked before they reach the database.

An id is a 64-bit integer in the database: a 25-digit number in an address made SQLite raise
OverflowError and PostgreSQL a DataError, a 500 where the page simply cannot exist. The ``id``
path converter (registered in ``CoreConfig.ready``, before any URLconf is read) only matches 1
to 18 ASCII digits, so a longer id is a 404 like any unknown one; :func:`parse_id` does the
same for ids typed in forms and query strings (``str.isdigit`` also accepts "²" and "٣").
"""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError

#: 18 digits always fit a signed 64-bit integer (9 223 372 036 854 775 807 has 19).
MAX_ID_DIGITS = 18
_ID = re.compile(rf"[0-9]{{1,{MAX_ID_DIGITS}}}")


class IdConverter:
    """``<id:pk>``: like ``<int:pk>``, but only ids a database row can have."""

    regex = f"[0-9]{{1,{MAX_ID_DIGITS}}}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


def parse_id(typed) -> int | None:
    """The id ``typed`` (surrounding spaces allowed), or None if it cannot be a row's id."""
    if not isinstance(typed, str):
        typed = str(typed) if isinstance(typed, int) else ""
    typed = typed.strip()
    return int(typed) if _ID.fullmatch(typed) else None


def parse_ids(values) -> list[int]:
    """The ids among ``values``, in order, leaving out those that cannot be one."""
    return [pk for pk in map(parse_id, values) if pk is not None]


class ModelIdsField(forms.ModelMultipleChoiceField):
    """Ticked rows posted by id: an id that cannot be a row's is refused like an unknown one
    (Django's own field sent it to the database, which overflowed)."""

    def _check_values(self, value):
        for typed in value:
            if parse_id(typed) is None:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": str(typed)[:20]},
                )
        return super()._check_values(value)
