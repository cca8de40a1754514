"""Each role lands on its own home after login, and the user model behaves as a login."""

import pytest
from django.db import IntegrityError
from django.urls import reverse

from accounts.models import User
from accounts.roles import Role
from tests.accounts.factories import PASSWORD, current_code

pytestmark = pytest.mark.django_db


def _login(client, user):
    return client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


def test_roles_follow_groups(owner, advisor, staff):
    assert (owner.role, advisor.role, staff.role) == (Role.OWNER, Role.ADVISOR, Role.STAFF)
    superuser = User.objects.create_superuser("admin@accelerateur.example", "x")
    assert superuser.role == Role.STAFF


def test_email_is_the_login_whatever_its_case():
    user = User.objects.create_user("  Jeanne.Roux@Atelier.example ", "x", first_name="Jeanne")
    assert user.email == "jeanne.roux@atelier.example"
    assert User.objects.get_by_natural_key("JEANNE.ROUX@atelier.example") == user
    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(email="JEANNE.ROUX@ATELIER.EXAMPLE")])


def test_owner_lands_on_plan(client, owner):
    response = _login(client, owner)
    assert response.url == reverse("accounts:home")
    assert client.get(response.url).url == reverse("onboarding:plan")


@pytest.mark.parametrize(
    ("fixture", "home"), [("advisor", "advising:portfolio"), ("staff", "wagtailadmin_home")]
)
def test_privileged_roles_pass_the_second_factor_then_land_on_their_home(
    client, request, fixture, home
):
    user = request.getfixturevalue(fixture)
    response = _login(client, user)
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(user.totp_secret)})
    assert response.url == reverse("accounts:home")
    assert client.get(response.url).url == reverse(home)
    assert client.get(reverse(home)).status_code == 200


def test_wrong_second_factor_code_keeps_the_door_closed(client, advisor):
    _login(client, advisor)
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200
    assert "Code incorrect" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_bad_password_gets_a_french_message_and_no_session(client, owner):
    response = client.post(reverse("account_login"), {"login": owner.email, "password": "faux"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "L’adresse e-mail ou le mot de passe sont incorrects."
    ]
    assert "_auth_user_id" not in client.session


def test_the_sign_in_page_shows_its_message_once_and_keeps_the_address(client, owner):
    """The form's own error in one alert above the fields, not repeated by the fields."""
    response = client.post(reverse("account_login"), {"login": owner.email, "password": "faux"})
    page = response.content.decode()
    assert page.count("L’adresse e-mail ou le mot de passe sont incorrects.") == 1
    alert = page.index('role="alert"')
    assert alert < page.index('name="login"') < page.index('name="password"')
    assert f'value="{owner.email}"' in page


def test_owner_home_and_advisor_home_are_role_guarded(client, owner, advisor):
    client.force_login(owner)
    assert client.get(reverse("advising:portfolio")).status_code == 403
    client.force_login(advisor)
    assert client.get(reverse("onboarding:plan")).status_code == 403


def test_anonymous_visitors_are_sent_to_login(client):
    for name in ("onboarding:plan", "advising:portfolio", "accounts:home"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
