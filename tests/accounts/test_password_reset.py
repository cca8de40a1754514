"""Password reset and change: nothing reveals whether an address has an account."""

import re

import pytest
from django.urls import reverse

from tests.accounts.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _request_reset(client, email):
    return client.post(reverse("account_reset_password"), {"email": email})


def test_reset_answers_the_same_for_known_and_unknown_addresses(
    client, owner, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = _request_reset(client, owner.email)
        unknown = _request_reset(client, "personne@inconnue.example")
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == reverse("account_reset_password_done")
    # The account holder gets a reset link; the unknown address gets no link at all.
    known_mail, unknown_mail = mailoutbox
    assert known_mail.to == [owner.email]
    assert "/compte/password/reset/key/" in known_mail.body
    assert unknown_mail.to == ["personne@inconnue.example"]
    assert "/compte/password/reset/key/" not in unknown_mail.body


def test_reset_link_sets_a_new_password(
    client, owner, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _request_reset(client, owner.email)
    path = re.search(
        r"https?://[^/\s]+(/compte/password/reset/key/\S+/)", mailoutbox[0].body
    ).group(1)
    form_url = client.get(path).url  # allauth moves the key into the session
    new_password = "Nouvelle-vitrine-2026"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password(new_password)


def test_password_change_rejects_a_wrong_current_password(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": "pas-le-bon",
            "password1": "Nouveau-2026-ok",
            "password2": "Nouveau-2026-ok",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["oldpassword"]
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_login_failures_are_rate_limited(client, owner):
    for _ in range(5):
        client.post(reverse("account_login"), {"login": owner.email, "password": "faux"})
    response = client.post(reverse("account_login"), {"login": owner.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.context["form"].non_field_errors() == [
        "Trop de tentatives de connexion échouées. Veuillez réessayer ultérieurement."
    ]


def test_reset_with_a_malformed_address_explains_and_sends_nothing(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _request_reset(client, "pas-une-adresse")
    assert response.status_code == 200
    assert response.context["form"].errors["email"] == ["Saisissez une adresse de courriel valide."]
    assert 'value="pas-une-adresse"' in response.content.decode()
    assert mailoutbox == []
