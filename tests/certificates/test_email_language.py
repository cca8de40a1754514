"""The certificate's e-mail is written in its holder's language, whoever issues it."""

import pytest
from django.utils import timezone, translation

from certificates.models import Certificate
from certificates.services import issue
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db


def _issue(holder, source):
    return issue(
        holder=holder,
        kind=Certificate.Kind.COURSE,
        source=source,
        title="Vendre en ligne",
        completed_on=timezone.localdate(),
    )


def test_each_holder_reads_her_own_language(mailoutbox, django_capture_on_commit_callbacks):
    english = OwnerFactory(first_name="Grace", last_name="Hopper", language="en")
    french = OwnerFactory(first_name="Inès", last_name="Moreau")
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        _issue(english, "manual:en")
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        _issue(french, "manual:fr")
    to_english, to_french = (m for m in mailoutbox if m.subject)
    assert to_english.to == [english.email]
    assert to_english.body.startswith("Hello Grace Hopper,")
    assert to_english.extra_headers["Content-Language"] == "en"
    assert to_french.body.startswith("Bonjour Inès Moreau,")
    assert "est prêt." in to_french.body
    assert to_french.extra_headers["Content-Language"] == "fr"
