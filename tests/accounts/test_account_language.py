"""The account keeps its language: chosen at sign-up, changed by the header's switcher or on
the account page, applied again at each sign-in, and used for every account e-mail, whoever's
request sends it."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts.models import User
from accounts.privacy import export_data
from accounts.selectors import email_language, user_language
from tests.accounts.factories import PASSWORD, OwnerFactory

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


@pytest.fixture(autouse=True)
def _default_language_afterwards():
    """Requests here leave English active in the thread: the next test starts afresh."""
    yield
    translation.deactivate()


SIGNUP_DATA = {
    "first_name": "Amélie",
    "last_name": "Durand",
    "email": "amelie@fleuriste.example",
    "password1": "Bouquets-de-saison-2026",
    "password2": "Bouquets-de-saison-2026",
    "accept_terms": "on",
}


def sign_up(client, capture, language=None):
    if language:
        client.cookies[COOKIE] = language
    with capture(execute=True):
        response = client.post(reverse("account_signup"), SIGNUP_DATA)
    assert response.status_code == 302
    return User.objects.get(email=SIGNUP_DATA["email"])


# --- Sign-up ------------------------------------------------------------------------------------


def test_signing_up_on_the_english_page_keeps_english_and_confirms_in_english(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    user = sign_up(client, django_capture_on_commit_callbacks, "en")
    assert user.language == "en"
    [message] = mailoutbox
    assert "Please Confirm Your Email Address" in message.subject
    assert message.extra_headers["Content-Language"] == "en"


def test_signing_up_on_the_french_page_keeps_french(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    user = sign_up(client, django_capture_on_commit_callbacks)
    assert user.language == "fr"
    [message] = mailoutbox
    assert "Confirmez votre adresse e-mail" in message.subject
    assert message.extra_headers["Content-Language"] == "fr"


# --- Account e-mails sent from someone else's page --------------------------------------------


def test_a_reset_asked_from_a_french_page_reaches_an_english_account_in_english(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    english = OwnerFactory(language="en")
    french = OwnerFactory(language="fr")
    client.cookies[COOKIE] = "fr"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": english.email})
        client.post(reverse("account_reset_password"), {"email": french.email.upper()})
    to_english, to_french = mailoutbox
    assert "Password Reset Email" in to_english.subject
    assert "E-mail de réinitialisation de mot de passe" in to_french.subject


def test_an_address_without_account_is_answered_in_the_pages_language(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    client.cookies[COOKIE] = "en"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": "personne@inconnue.example"})
    [message] = mailoutbox
    assert "Unknown Account" in message.subject


def test_the_language_of_an_address_is_its_accounts():
    user = OwnerFactory(language="en", email="ines@atelier.example")
    assert email_language("INES@atelier.example") == "en"
    assert email_language("personne@inconnue.example") is None
    assert user_language(user) == "en"
    assert user_language(OwnerFactory()) == "fr"


# --- The header's switcher -------------------------------------------------------------------


def switch(client, language, next_url="/compte/login/"):
    return client.post(reverse("set_language"), {"language": language, "next": next_url})


def test_switching_while_signed_in_keeps_the_choice_on_the_account(client, owner):
    client.force_login(owner)
    response = switch(client, "en")
    assert response.status_code == 302 and response.url == "/compte/login/"
    assert response.cookies[COOKIE].value == "en"
    owner.refresh_from_db()
    assert owner.language == "en"
    switch(client, "fr")
    owner.refresh_from_db()
    assert owner.language == "fr"


def test_switching_anonymously_or_to_an_unknown_language_stores_nothing(client, owner):
    assert switch(client, "en").cookies[COOKIE].value == "en"  # the cookie only
    client.force_login(owner)
    switch(client, "xx")
    owner.refresh_from_db()
    assert owner.language == "fr"


def test_a_switch_without_the_token_changes_the_cookie_not_the_account(owner):
    """A forged post (no CSRF token) may switch the page, not what the account keeps."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    response = switch(browser, "en")
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "en"
    owner.refresh_from_db()
    assert owner.language == "fr"


def test_the_switcher_carries_a_token_for_signed_in_people_only(client, owner):
    page = client.get(reverse("account_login")).content.decode()
    switcher = page[page.index('class="language-switcher') :]
    assert "csrfmiddlewaretoken" not in switcher[: switcher.index("</form>")]
    client.force_login(owner)
    page = client.get(reverse("account_email")).content.decode()
    switcher = page[page.index('class="language-switcher') :]
    assert "csrfmiddlewaretoken" in switcher[: switcher.index("</form>")]


def test_a_signed_in_switch_with_its_token_is_kept(owner):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    browser.get(reverse("account_email"))  # sets the CSRF cookie, as her page did
    token = browser.cookies[settings.CSRF_COOKIE_NAME].value
    response = browser.post(
        reverse("set_language"),
        {"language": "en", "next": "/", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.language == "en"


# --- Signing in -----------------------------------------------------------------------------


def test_signing_in_opens_the_site_in_the_accounts_language(client):
    user = OwnerFactory(language="en")
    client.cookies[COOKIE] = "fr"  # another device, left in French
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "en"
    page = client.get(reverse("account_email")).content.decode()
    assert '<html lang="en">' in page


def test_signing_in_to_a_french_account_from_an_english_device_switches_to_french(client):
    user = OwnerFactory()
    client.cookies[COOKIE] = "en"
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.cookies[COOKIE].value == "fr"


# --- The account page -------------------------------------------------------------------------


def test_the_account_page_shows_and_changes_the_language(client, owner):
    client.force_login(owner)
    page = client.get(reverse("accounts:language"))
    assert page.status_code == 200
    html = page.content.decode()
    assert re.search(r'<input[^>]*value="fr"[^>]*checked', html)
    assert not re.search(r'<input[^>]*value="en"[^>]*checked', html)
    assert reverse("accounts:language") in client.get(reverse("account_email")).content.decode()

    response = client.post(reverse("accounts:language"), {"language": "en"})
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "en"
    owner.refresh_from_db()
    assert owner.language == "en"
    assert '<html lang="en">' in client.get(reverse("accounts:language")).content.decode()


def test_the_account_page_refuses_a_language_the_site_does_not_offer(client, owner):
    client.force_login(owner)
    response = client.post(reverse("accounts:language"), {"language": "de"})
    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.language == "fr"


def test_the_account_page_is_for_signed_in_people(client):
    response = client.get(reverse("accounts:language"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_export_says_which_language_the_account_keeps():
    document, _files = export_data(OwnerFactory(language="en"))
    assert document["account"]["language"] == "en"
