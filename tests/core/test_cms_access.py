"""/cms/ is for staff only, through the allauth login and a second factor."""

import pytest
from django.urls import reverse

from tests.accounts.factories import PASSWORD, StaffFactory, current_code

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_sent_to_the_allauth_login(client):
    response = client.get("/cms/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "next=/cms/" in response.url


@pytest.mark.parametrize("path", ["/cms/login/", "/cms/password_reset/"])
def test_wagtail_sign_in_pages_hand_over_to_allauth(client, path):
    response = client.get(path + "?next=/cms/pages/")
    assert response.status_code == 302
    assert response.url.split("?")[0] in (
        reverse("account_login"),
        reverse("account_reset_password"),
    )
    assert "next=/cms/pages/" in response.url


def test_owner_and_advisor_are_refused(client, owner, advisor):
    for user in (owner, advisor):
        client.force_login(user)
        assert client.get("/cms/").status_code == 403
        assert client.get("/cms/pages/").status_code == 403


def test_staff_reaches_the_cms_after_password_and_code(client, staff):
    response = client.post(
        reverse("account_login") + "?next=/cms/", {"login": staff.email, "password": PASSWORD}
    )
    assert response.url.startswith(reverse("mfa_authenticate"))
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(staff.totp_secret)})
    assert response.url == "/cms/"
    assert client.get("/cms/").status_code == 200


def test_staff_without_second_factor_sets_it_up_first(client):
    client.force_login(StaffFactory())
    response = client.get("/cms/")
    assert response.url.startswith(reverse("mfa_activate_totp"))
