"""Sign-up with an address that already has an account pays for a password hash too, so its
answer takes as long as a new account's (the timing itself: bench/signup_timing.py)."""

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.urls import reverse

from accounts.models import User
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Bouquets-de-saison-2026"  # noqa: S105


class RecordingHasher(MD5PasswordHasher):
    """The test hasher, noting each password it hashes."""

    algorithm = "recording_md5"
    hashed: list[str] = []

    def encode(self, password, salt):
        RecordingHasher.hashed.append(password)
        return super().encode(password, salt)


@pytest.fixture
def recorder(settings):
    settings.PASSWORD_HASHERS = [f"{__name__}.RecordingHasher"]
    RecordingHasher.hashed = []
    return RecordingHasher.hashed


def signup(client, email):
    return client.post(
        reverse("account_signup"),
        {
            "first_name": "Amélie",
            "last_name": "Durand",
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "accept_terms": "on",
        },
    )


def test_a_known_address_hashes_the_password_as_a_new_one_does(client, recorder, mailoutbox):
    OwnerFactory(email="deja@fleuriste.example")
    recorder.clear()
    response = signup(client, "deja@fleuriste.example")
    assert response.status_code == 302
    assert User.objects.filter(email="deja@fleuriste.example").count() == 1
    assert recorder.count(PASSWORD) == 1

    recorder.clear()
    assert signup(client, "nouvelle@fleuriste.example").status_code == 302
    assert recorder.count(PASSWORD) == 1
