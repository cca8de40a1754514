"""The reminder e-mail greets the owner once: when the advisor's message opens with its own
« Bonjour Inès, », the template does not add another."""

import pytest

from advising.business import services

pytestmark = pytest.mark.django_db


def _send(followed, advisor, message, mailoutbox, capture):
    followed.owner.first_name = "Inès"
    followed.owner.save()
    with capture(execute=True):
        services.send_reminder(followed, sender=advisor, subject="Votre boutique", message=message)
    return mailoutbox[-1].body


def test_a_message_that_greets_is_not_greeted_twice(
    followed, advisor, mailoutbox, django_capture_on_commit_callbacks
):
    body = _send(
        followed,
        advisor,
        "Bonjour Inès,\n\nAvez-vous pu terminer le module sur les avis Google ?",
        mailoutbox,
        django_capture_on_commit_callbacks,
    )
    assert body.count("Bonjour") == 1
    assert "Avez-vous pu terminer" in body


def test_a_message_without_greeting_gets_the_templates(
    followed, advisor, mailoutbox, django_capture_on_commit_callbacks
):
    body = _send(
        followed,
        advisor,
        "Avez-vous pu terminer le module sur les avis Google ?",
        mailoutbox,
        django_capture_on_commit_callbacks,
    )
    assert body.count("Bonjour Inès,") == 1
