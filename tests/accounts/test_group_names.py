"""A person's group names, which decide her role on every signed-in page, read in SQL: the
same names the ORM reads, hers alone, in one query."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import _GROUP_NAMES_SQL, User
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db


def test_her_group_names_are_the_orms_and_read_once():
    person, other = OwnerFactory(), OwnerFactory()
    person.groups.add(Group.objects.create(name="Réseau Lyon"))
    other.groups.add(Group.objects.create(name="Réseau Brest"))
    person = User.objects.get(pk=person.pk)
    with CaptureQueriesContext(connection) as queries:
        names = person.group_names
        assert person.group_names is names
    assert len(queries.captured_queries) == 1
    assert names == frozenset(person.groups.values_list("name", flat=True))
    assert "Réseau Lyon" in names and "Réseau Brest" not in names


def test_the_statement_names_the_models_tables():
    assert f" {Group._meta.db_table} " in _GROUP_NAMES_SQL
    assert f" {User.groups.through._meta.db_table} " in _GROUP_NAMES_SQL
