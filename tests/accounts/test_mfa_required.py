"""Advisors and staff must set up an authenticator app before anything else."""

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from tests.accounts.factories import PASSWORD, AdvisorFactory, StaffFactory, current_code

pytestmark = pytest.mark.django_db


def _password_login(client, user):
    """A real login (not force_login): allauth records it, so set-up needs no re-auth."""
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return response


def _confirm_password(client, user):
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize("factory", [AdvisorFactory, StaffFactory])
def test_privileged_user_without_totp_is_sent_to_set_it_up(client, factory):
    user = factory()
    response = _password_login(client, user)
    assert client.get(response.url).url.startswith(reverse("mfa_activate_totp"))
    for path in ("/", reverse("advising:portfolio"), "/cms/", reverse("account_change_password")):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.url.startswith(reverse("mfa_activate_totp")), path
    # allauth asks for the password again before a second factor is added.
    response = client.get(reverse("mfa_activate_totp"))
    assert response.url.startswith(reverse("account_reauthenticate"))
    assert client.get(response.url).status_code == 200
    _confirm_password(client, user)
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert "Activer" in response.content.decode()


def test_setting_up_totp_opens_the_workspace(client):
    user = AdvisorFactory()
    _password_login(client, user)
    _confirm_password(client, user)
    client.get(reverse("mfa_activate_totp"))
    code = current_code(client.session["mfa.totp.secret"])
    response = client.post(reverse("mfa_activate_totp"), {"code": code})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert client.get(reverse("advising:portfolio")).status_code == 200


def test_owner_is_not_forced_but_may_use_mfa(client, owner):
    _password_login(client, owner)
    assert client.get(reverse("onboarding:plan")).status_code == 200
    _confirm_password(client, owner)
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200


def test_logout_stays_reachable_before_setup(client):
    client.force_login(StaffFactory())
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
