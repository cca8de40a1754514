"""Webinar and bootcamp e-mails are written in each registrant's language (her account's),
whoever's request sends them."""

import pytest
from django.utils import translation

from courses.live import services
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db


def test_each_registrant_reads_her_own_language(
    webinar, mailoutbox, django_capture_on_commit_callbacks
):
    english = OwnerFactory(first_name="Grace", language="en")
    french = OwnerFactory(first_name="Inès", language="fr")
    # The page that triggers them is French (a French editor's page, a French worker).
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        services.register(english, webinar)
        services.register(french, webinar)
    to_english, to_french = mailoutbox
    assert to_english.to == [english.email]
    assert to_english.body.startswith("Hello Grace,")
    assert to_english.extra_headers["Content-Language"] == "en"
    assert to_french.body.startswith("Bonjour Inès,")
    assert to_french.subject == f"Inscription confirmée : {webinar.title}"
    assert to_french.extra_headers["Content-Language"] == "fr"


def test_an_english_page_does_not_turn_a_french_registrants_mail_english(
    webinar, mailoutbox, django_capture_on_commit_callbacks
):
    french = OwnerFactory(first_name="Inès")
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        services.register(french, webinar)
    [message] = mailoutbox
    assert message.body.startswith("Bonjour Inès,")
    assert "heure de Paris" in message.body
