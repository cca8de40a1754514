"""Sign-up → verification e-mail → login, and what bad input does."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db

SIGNUP_DATA = {
    "first_name": "Amélie",
    "last_name": "Durand",
    "email": "Amelie.Durand@Fleuriste.example",
    "password1": "Bouquets-de-saison-2026",
    "password2": "Bouquets-de-saison-2026",
    "accept_terms": "on",
}


def _confirmation_path(body: str) -> str:
    match = re.search(r"https?://[^/\s]+(/compte/confirm-email/[^\s]+/)", body)
    assert match, body
    return match.group(1)


def test_signup_verify_login_lands_on_owner_plan(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), SIGNUP_DATA)
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")

    user = User.objects.get(email="amelie.durand@fleuriste.example")
    assert (user.first_name, user.last_name) == ("Amélie", "Durand")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["amelie.durand@fleuriste.example"]
    assert "Confirm" in mailoutbox[0].subject or "confirm" in mailoutbox[0].subject.lower()

    # The mandatory verification keeps the account closed until the link is followed.
    client.logout()
    response = client.post(
        reverse("account_login"),
        {"login": SIGNUP_DATA["email"], "password": SIGNUP_DATA["password1"]},
    )
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session

    path = _confirmation_path(mailoutbox[0].body)
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    response = client.post(
        reverse("account_login"),
        {"login": SIGNUP_DATA["email"], "password": SIGNUP_DATA["password1"]},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("onboarding:plan")
    assert "Bonjour Amélie" in response.content.decode()


def test_verification_mail_is_sent_only_after_commit(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(reverse("account_signup"), SIGNUP_DATA)
    assert mailoutbox == []
    for callback in callbacks:
        callback()
    assert len(mailoutbox) == 1


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"password2": "Autre-chose-2026"},
            "password2",
            "Vous devez saisir deux fois le même mot de passe.",
        ),
        ({"email": "pas-une-adresse"}, "email", "Saisissez une adresse de courriel valide."),
        ({"first_name": ""}, "first_name", "Champ requis."),
        (
            {"accept_terms": ""},
            "accept_terms",
            "Vous devez accepter les conditions pour créer un compte.",
        ),
        (
            {"password1": "12345678", "password2": "12345678"},
            "password1",
            "Ce mot de passe est trop court.",
        ),
    ],
)
def test_bad_signup_input_explains_in_french_and_creates_nothing(client, changes, field, message):
    data = {**SIGNUP_DATA, **changes}
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors[field])
    assert message in errors
    content = response.content.decode()
    # What the person typed is still there (except passwords, which are never echoed back).
    if field != "first_name":
        assert 'value="Amélie"' in content
    assert not User.objects.exists()


def test_signup_with_existing_email_reveals_nothing(
    client, owner, mailoutbox, django_capture_on_commit_callbacks
):
    data = {**SIGNUP_DATA, "email": owner.email.upper()}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), data)
    # Same answer as a fresh sign-up; the owner of the address is told by e-mail instead.
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert User.objects.filter(email__iexact=owner.email).count() == 1
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [owner.email]
