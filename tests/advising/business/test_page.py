"""A business's page for its advisors: what it shows, its notes and reminders, who may use it."""

import html

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from advising.models import Assignment, Note, Reminder
from tests.advising.business.conftest import (
    ago,
    application,
    attempt,
    busy_history,
    enrol,
    lessons_of,
    note,
    order,
    product,
    shop,
)
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db

SECRET = "Dirigeante difficile à joindre le lundi."


def page_url(business):
    return reverse("advising:business", args=[business.pk])


def note_url(business):
    return reverse("advising:note_add", args=[business.pk])


def reminder_url(business):
    return reverse("advising:reminder_send", args=[business.pk])


REMINDER = {"subject": "Votre dossier de chèque numérique", "message": "Il manque la facture."}


# --- What the page shows ------------------------------------------------------------------------


def test_the_page_shows_progress_storefront_dossiers_notes_and_timeline(
    client, advisor, followed, home_page, course_with_quiz
):
    enrolment = enrol(followed.owner, course_with_quiz, at=ago(days=2))
    attempt(enrolment, lessons_of(course_with_quiz)[2], 85)
    store = shop(followed, published_at=ago(days=5))
    product(store)
    order(store, at=ago(days=1), total="42.00")
    dossier = application(followed, status="ready")
    note(followed, advisor, SECRET)

    client.force_login(advisor)
    response = client.get(page_url(followed))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Progression dans les formations" in content
    assert "Vendre sur internet" in content
    assert "85\u00a0%" in content
    assert "Boutique en ligne" in content
    assert "42,00\u00a0€" in content
    assert reverse("dossiers:detail", args=[dossier.pk]) + "#commentaires" in content
    assert "Actions du conseiller" in content
    assert SECRET in content
    assert "Historique" in content
    assert "Quiz « Leçon 3 » réussi : 85 %" in content
    # The two plain forms the browser test fills in.
    for label in ("Note privée", "Objet", "Message"):
        assert f">{label}</label>" in content
    assert "Enregistrer la note" in content and "Envoyer la relance" in content
    assert note_url(followed) in content and reminder_url(followed) in content


def test_the_page_costs_the_same_with_little_or_much_activity(
    client, advisor, home_page, course_with_quiz
):
    def cost(business) -> int:
        client.get(page_url(business))  # warm Wagtail's and the session's caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page_url(business))
        assert response.status_code == 200
        return len(queries)

    quiet = BusinessFactory(trade_name="Calme")
    busy = BusinessFactory(trade_name="Active")
    for business in (quiet, busy):
        Assignment.objects.create(advisor=advisor, business=business)
    busy_history(quiet, advisor, home_page, course_with_quiz, size=1, suffix="q")
    busy_history(busy, advisor, home_page, course_with_quiz, size=6, suffix="b")
    client.force_login(advisor)

    small, large = cost(quiet), cost(busy)

    assert small == large
    assert large <= 30


# --- Private notes ------------------------------------------------------------------------------


def test_an_advisor_writes_a_note_that_a_colleague_following_the_business_reads(
    client, advisor, other_advisor, followed, home_page
):
    client.force_login(advisor)
    response = client.post(note_url(followed), {"body": f"  {SECRET}  "})

    assert response.status_code == 302
    assert response["Location"] == page_url(followed) + "#notes"
    saved = Note.objects.get()
    assert (saved.business, saved.author, saved.body) == (followed, advisor, SECRET)

    Assignment.objects.create(advisor=other_advisor, business=followed)
    client.force_login(other_advisor)
    content = html.unescape(client.get(page_url(followed)).content.decode())
    assert SECRET in content
    # « de » or « d' », as the author's name asks (a generated name may start with a vowel,
    # and the page escapes the apostrophe).
    assert "Note privée de " in content or "Note privée d'" in content


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_an_empty_note_is_refused_with_a_400_and_nothing_saved(
    client, advisor, followed, home_page, body
):
    client.force_login(advisor)
    response = client.post(note_url(followed), {"body": body})

    assert response.status_code == 400
    assert "Écrivez votre note." in response.content.decode()
    assert not Note.objects.exists()


def test_the_owner_never_sees_the_notes(client, advisor, followed, home_page):
    note(followed, advisor, SECRET)
    owner = followed.owner
    client.force_login(owner)

    response = client.get(page_url(followed))
    assert response.status_code == 302
    assert response["Location"] == reverse("businesses:profile")
    for url in (reverse("businesses:profile"), reverse("onboarding:plan")):
        response = client.get(url, follow=True)
        assert response.status_code == 200
        assert SECRET not in response.content.decode()
    # Nor may she write one, or send herself a reminder.
    assert client.post(note_url(followed), {"body": "Moi aussi"}).status_code == 403
    assert client.post(reminder_url(followed), REMINDER).status_code == 403
    assert Note.objects.count() == 1
    assert not Reminder.objects.exists()


def test_an_owner_gets_404_on_another_business(client, owner, followed, home_page):
    client.force_login(owner)
    assert client.get(page_url(followed)).status_code == 404


# --- Reminders ----------------------------------------------------------------------------------


def test_a_reminder_is_emailed_after_commit_and_logged_on_the_timeline(
    client, advisor, followed, home_page, django_capture_on_commit_callbacks
):
    client.force_login(advisor)
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(reminder_url(followed), REMINDER)
        assert mail.outbox == []  # nothing leaves before the transaction commits

    assert response.status_code == 302
    assert response["Location"] == page_url(followed) + "#relance"
    assert len(callbacks) == 1
    for callback in callbacks:
        callback()
    (message,) = mail.outbox
    assert message.to == [followed.owner.email]
    assert message.reply_to == [advisor.email]
    assert message.subject == REMINDER["subject"]
    assert "Il manque la facture." in message.body
    assert f"Bonjour {followed.owner.get_short_name()}" in message.body
    assert "/mon-plan/" in message.body

    reminder = Reminder.objects.get()
    assert (reminder.business, reminder.sent_by) == (followed, advisor)
    assert (reminder.subject, reminder.message) == (REMINDER["subject"], REMINDER["message"])
    content = client.get(page_url(followed)).content.decode()
    assert "Relance envoyée par" in content
    assert f"« {REMINDER['subject']} »" in content


@pytest.mark.parametrize(
    "data, error",
    [
        ({"subject": "Votre boutique", "message": "  "}, "Écrivez le message de la relance."),
        ({"subject": "", "message": "Bonjour"}, "Indiquez l&#x27;objet de la relance."),
        (
            {"subject": "Ligne 1\nBcc: pirate@example.com", "message": "Bonjour"},
            "L&#x27;objet doit tenir sur une seule ligne.",
        ),
    ],
)
def test_a_bad_reminder_is_refused_with_a_400_keeping_what_was_typed(
    client, advisor, followed, home_page, django_capture_on_commit_callbacks, data, error
):
    client.force_login(advisor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reminder_url(followed), data)

    assert response.status_code == 400
    content = response.content.decode()
    assert error in content
    typed = data["subject"].split("\n")[0] or data["message"]
    assert typed in content
    assert not Reminder.objects.exists()
    assert mail.outbox == []


def test_a_reminder_to_an_owner_without_an_address_is_refused_by_the_service(
    client, advisor, followed, home_page, django_capture_on_commit_callbacks
):
    """The form is valid; the service refuses, and its error reaches the page."""
    type(followed.owner).objects.filter(pk=followed.owner.pk).update(email="")
    client.force_login(advisor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reminder_url(followed), REMINDER)

    assert response.status_code == 400
    content = response.content.decode()
    assert "Le dirigeant n&#x27;a pas d&#x27;adresse e-mail" in content
    assert REMINDER["subject"] in content
    assert not Reminder.objects.exists()
    assert mail.outbox == []


# --- Who may do what ----------------------------------------------------------------------------


def test_an_advisor_not_following_the_business_gets_404_everywhere(
    client, advisor, other_advisor, followed, home_page, django_capture_on_commit_callbacks
):
    note(followed, advisor, SECRET)
    client.force_login(other_advisor)

    with django_capture_on_commit_callbacks(execute=True):
        assert client.get(page_url(followed)).status_code == 404
        assert client.post(note_url(followed), {"body": "Intrus"}).status_code == 404
        assert client.post(reminder_url(followed), REMINDER).status_code == 404

    assert list(Note.objects.values_list("body", flat=True)) == [SECRET]
    assert not Reminder.objects.exists()
    assert mail.outbox == []


def test_staff_see_write_and_remind_for_any_business(
    client, staff, business, home_page, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    assert client.get(page_url(business)).status_code == 200
    assert client.post(note_url(business), {"body": SECRET}).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reminder_url(business), REMINDER).status_code == 302

    assert Note.objects.get().author == staff
    assert Reminder.objects.get().sent_by == staff
    assert len(mail.outbox) == 1
    assert SECRET in client.get(page_url(business)).content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client, business):
    for url in (note_url(business), reminder_url(business)):
        response = client.post(url, {"body": "x", **REMINDER})
        assert response.status_code == 302
        assert "/connexion/" in response["Location"] or "login" in response["Location"]
    assert not Note.objects.exists()
    assert not Reminder.objects.exists()


def test_the_forms_only_accept_post(client, advisor, followed):
    client.force_login(advisor)
    assert client.get(note_url(followed)).status_code == 405
    assert client.get(reminder_url(followed)).status_code == 405
