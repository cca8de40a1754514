"""Advisors' e-mails reach owners in the owner's language: the reminder in her account's,
the invitation in the invited account's, or, for someone without an account yet, in the
language of the advisor who knows her."""

import pytest
from django.utils import translation

from advising.assignments import invite
from advising.business import services
from tests.accounts.factories import AdvisorFactory, OwnerFactory

pytestmark = pytest.mark.django_db


def _remind(followed, advisor, capture):
    with translation.override("fr"), capture(execute=True):
        services.send_reminder(
            followed, sender=advisor, subject="Votre boutique", message="Où en êtes-vous ?"
        )


def test_the_reminder_follows_the_owners_language(
    followed, advisor, mailoutbox, django_capture_on_commit_callbacks
):
    followed.owner.first_name = "Grace"
    followed.owner.language = "en"
    followed.owner.save()
    _remind(followed, advisor, django_capture_on_commit_callbacks)
    message = mailoutbox[-1]
    assert message.body.startswith("Hello Grace,")
    assert message.extra_headers["Content-Language"] == "en"

    followed.owner.language = "fr"
    followed.owner.save()
    _remind(followed, advisor, django_capture_on_commit_callbacks)
    message = mailoutbox[-1]
    assert message.body.startswith("Bonjour Grace,")
    assert message.extra_headers["Content-Language"] == "fr"


def test_an_invitation_to_an_account_follows_the_accounts_language(
    mailoutbox, django_capture_on_commit_callbacks
):
    advisor = AdvisorFactory(first_name="Paul", last_name="Girard")  # French
    owner = OwnerFactory(language="en")
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        invite(advisor, owner.email.upper())
    [message] = mailoutbox
    assert message.subject == "Paul Girard invites you to the Accélérateur"


def test_an_invitation_to_a_newcomer_follows_the_advisors_language(
    mailoutbox, django_capture_on_commit_callbacks
):
    english = AdvisorFactory(first_name="Ada", last_name="Byron", language="en")
    french = AdvisorFactory(first_name="Paul", last_name="Girard")
    with django_capture_on_commit_callbacks(execute=True):
        invite(english, "nouvelle@boutique.example")
        invite(french, "autre@boutique.example")
    to_english, to_french = mailoutbox
    assert to_english.subject == "Ada Byron invites you to the Accélérateur"
    assert to_french.subject == "Paul Girard vous invite sur l'Accélérateur"
