"""Model rows read in SQL written once, for the few reads made on every request.

Django's ORM writes a query's SQL anew each time it runs: for ``User.objects.get(pk=…)``, which
the session authentication makes on each signed-in request, that is about 0.3 ms of Python for
a few microseconds of database work. What is read here is the same instance the ORM would give
(the same values, converted by the same converters, built by ``Model.from_db``), from a
statement written once per database connection alias.
"""

from __future__ import annotations

from typing import Any

from django.db import connections, router
from django.db.models import Model


def as_read_by_django(model: type[Model], name: str, value: Any, connection) -> Any:
    """A column's value as the ORM gives it: SQLite, for one, answers dates as text."""
    column = model._meta.get_field(name).get_col(model._meta.db_table)
    for convert in _converters(column, connection):
        value = convert(value, column, connection)
    return value


def _converters(column, connection) -> list:
    """What the ORM applies to the column's values: the database's converters, then the
    field's."""
    return connection.ops.get_db_converters(column) + column.get_db_converters(connection)


class RowById:
    """A model's instance by primary key, with all its concrete fields, or None.

    The ORM's managers are bypassed: only for models whose default manager filters nothing
    (``User``'s does not), which the tests compare with the ORM.
    """

    def __init__(self, model: type[Model]):
        self.model = model
        self._fields = model._meta.concrete_fields
        self._names = [field.attname for field in self._fields]
        self._statements: dict[str, tuple[str, list[tuple[Any, list]]]] = {}

    def get(self, pk: Any, using: str | None = None) -> Model | None:
        using = using or router.db_for_read(self.model)
        connection = connections[using]
        sql, columns = self._statement(connection)
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.model._meta.pk.get_prep_value(pk)])
            row = cursor.fetchone()
        if row is None:
            return None
        values = []
        for value, (column, converters) in zip(row, columns, strict=True):
            for convert in converters:  # on every value, None too, as the ORM does
                value = convert(value, column, connection)
            values.append(value)
        return self.model.from_db(using, self._names, values)

    def _statement(self, connection) -> tuple[str, list[tuple[Any, list]]]:
        """The SELECT and each column's converters, for this connection's database."""
        found = self._statements.get(connection.alias)
        if found is None:
            quote = connection.ops.quote_name
            table = self.model._meta.db_table
            # Names from the model's own options, quoted by the database's rules; the key is a
            # parameter.
            sql = "SELECT {} FROM {} WHERE {} = %s".format(  # noqa: S608
                ", ".join(quote(field.column) for field in self._fields),
                quote(table),
                quote(self.model._meta.pk.column),
            )
            columns = []
            for field in self._fields:
                column = field.get_col(table)
                columns.append((column, _converters(column, connection)))
            found = self._statements[connection.alias] = (sql, columns)
        return found
