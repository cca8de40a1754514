"""Every account e-mail names the site: allauth's templates read ``current_site``, which
the project's adapter provides (the Sites framework is not installed)."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.accounts.test_signup import SIGNUP_DATA

pytestmark = pytest.mark.django_db


def _assert_names_the_site(body: str):
    assert "Accélérateur du numérique" in body
    assert "  !" not in body and "c'est !" not in body
    assert "sur ." not in body and "on ." not in body


def test_signup_verification_email_names_the_site(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), SIGNUP_DATA)
    (message,) = mailoutbox
    _assert_names_the_site(message.body)
    assert "Bonjour" in message.body


def test_password_reset_email_names_the_site(
    client, owner, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": owner.email})
    (message,) = mailoutbox
    _assert_names_the_site(message.body)
