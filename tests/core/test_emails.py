"""One renderer for every feature's e-mail: the templates of a prefix, in the recipient's
language, with their attachments, ready for the worker."""

import pytest
from django.core import mail
from django.test import override_settings

from core.emails import email_payload, email_render, email_send_after_commit

TEMPLATES = {
    "note/hello_subject.txt": "{% load i18n %}\n{% translate 'Se connecter' %}\n à {{ name }}\n",
    "note/hello.txt": "{{ name }} — {{ site_url }}",
    "note/hello.html": "<p>{{ name }}</p>",
    "note/plain_subject.txt": "Sans HTML",
    "note/plain.txt": "Texte",
}


@pytest.fixture(autouse=True)
def templates():
    loader = ("django.template.loaders.locmem.Loader", TEMPLATES)
    backend = {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {"loaders": [loader]},
    }
    with override_settings(TEMPLATES=[backend], SITE_URL="https://accelerateur.example"):
        yield


def test_subject_body_and_html_come_from_the_prefix_in_the_asked_language():
    message = email_render(
        template_prefix="note/hello",
        context={"name": "Awa"},
        to=["awa@example.com"],
        language="en",
        reply_to=["conseil@example.com"],
    )
    assert message.subject == "Log in à Awa"
    assert message.body == "Awa — https://accelerateur.example"
    assert message.alternatives[0][0] == "<p>Awa</p>"
    assert message.to == ["awa@example.com"]
    assert message.reply_to == ["conseil@example.com"]


def test_the_sites_language_by_default():
    message = email_render(template_prefix="note/hello", context={"name": "Awa"}, to=["a@b.fr"])
    assert message.subject == "Se connecter à Awa"
    assert message.extra_headers["Content-Language"] == "fr"


def test_the_message_says_its_language_and_the_worker_keeps_it():
    message = email_render(
        template_prefix="note/hello", context={"name": "Awa"}, to=["a@b.fr"], language="en"
    )
    assert message.extra_headers["Content-Language"] == "en"
    assert email_payload(message)["headers"] == {"Content-Language": "en"}


def test_a_language_the_site_does_not_offer_falls_back_to_french():
    for language in ("de", "en-gb"):
        message = email_render(
            template_prefix="note/hello", context={"name": "Awa"}, to=["a@b.fr"], language=language
        )
        expected = "Log in à Awa" if language == "en-gb" else "Se connecter à Awa"
        assert message.subject == expected


def test_the_html_part_is_optional_and_attachments_travel_to_the_worker():
    message = email_render(
        template_prefix="note/plain",
        context={},
        to=["a@b.fr"],
        attachments=[("retrait.ics", b"BEGIN:VCALENDAR", "text/calendar; charset=utf-8")],
    )
    assert message.alternatives == []
    payload = email_payload(message)
    assert payload["html"] is None
    assert payload["attachments"] == [
        ["retrait.ics", "BEGIN:VCALENDAR", "text/calendar; charset=utf-8"]
    ]


@pytest.mark.django_db
def test_the_message_leaves_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        email_send_after_commit(
            email_render(template_prefix="note/plain", context={}, to=["a@b.fr"])
        )
        assert mail.outbox == []
    assert len(callbacks) == 1
    assert [sent.subject for sent in mail.outbox] == ["Sans HTML"]
