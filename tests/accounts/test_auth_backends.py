"""The backends read the signed-in person's row in SQL written once (accounts.auth_backends):
the same person, refused when inactive, and no SQL written by Django on each request."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, get_backends
from django.urls import reverse

from accounts import auth_backends
from tests.accounts.factories import PASSWORD, OwnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def backends():
    found = get_backends()
    assert [type(backend) for backend in found] == [
        auth_backends.ModelBackend,
        auth_backends.AuthenticationBackend,
    ]
    return found


def test_each_backend_finds_her_and_no_one_else(backends):
    person, inactive = OwnerFactory(), OwnerFactory(is_active=False)
    for backend in backends:
        assert backend.get_user(person.pk) == person
        assert backend.get_user(str(person.pk)).email == person.email
        assert backend.get_user(inactive.pk) is None
        assert backend.get_user(person.pk + 1000) is None
        assert backend.get_user("pas-un-nombre") is None


def test_her_signed_in_pages_load_her_without_django_writing_sql(client, backends, sql_written):
    person = OwnerFactory()
    response = client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session[BACKEND_SESSION_KEY].startswith("accounts.auth_backends.")
    sql_written.clear()
    response = client.get(reverse("accounts:personal_data"))
    assert response.status_code == 200
    assert response.wsgi_request.user == person
    assert type(person) not in sql_written
