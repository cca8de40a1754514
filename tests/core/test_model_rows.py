"""Rows read in SQL written once (core.model_rows): the instance the ORM would give, field
for field and type for type, on SQLite and PostgreSQL (the suite runs on both)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from core.model_rows import RowById
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db

NAMES = [field.attname for field in User._meta.concrete_fields]


def values(user):
    return [(getattr(user, name), type(getattr(user, name))) for name in NAMES]


@pytest.mark.parametrize("signed_in_before", [False, True])
def test_her_row_is_the_orms(signed_in_before):
    person = OwnerFactory(is_staff=True, language="en")
    OwnerFactory()  # another row, not hers
    if signed_in_before:
        User.objects.filter(pk=person.pk).update(
            last_login=timezone.now() - timedelta(hours=3),
            erased_at=timezone.now() - timedelta(minutes=5),
        )
    expected = User.objects.get(pk=person.pk)
    with CaptureQueriesContext(connection) as queries:
        found = RowById(User).get(person.pk)
    assert len(queries.captured_queries) == 1
    assert values(found) == values(expected)
    assert (found._state.db, found._state.adding) == (expected._state.db, False)
    if signed_in_before:
        assert timezone.is_aware(found.last_login) and found.erased_at is not None
    else:
        assert found.last_login is None


def test_an_unknown_key_reads_none():
    assert RowById(User).get(OwnerFactory().pk + 1000) is None


def test_the_statement_is_written_once(sql_written):
    reader = RowById(User)
    person = OwnerFactory()
    reader.get(person.pk)
    sql_written.clear()
    assert reader.get(person.pk).email == person.email
    assert sql_written == []
