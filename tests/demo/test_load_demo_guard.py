"""``load_demo`` outside development: refused without ``--allow-production``, and with it, no
published password or second-factor secret on any account."""

from io import StringIO

import pytest
from allauth.mfa.models import Authenticator
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from accounts.models import User
from demo.accounts import DEMO_PASSWORD, demo_accounts

pytestmark = pytest.mark.django_db

STAFF = "editrice@demo.example"


def demo_users():
    return User.objects.filter(email__in=[account["email"] for account in demo_accounts()])


def test_without_debug_nor_the_flag_it_refuses_and_changes_nothing(settings):
    assert settings.DEBUG is False
    users, pages = User.objects.count(), Page.objects.count()
    with pytest.raises(CommandError, match="--allow-production"):
        call_command("load_demo", stdout=StringIO())
    assert (User.objects.count(), Page.objects.count()) == (users, pages)


def test_outside_development_no_published_credentials_are_installed(settings):
    out = StringIO()
    call_command("load_demo", allow_production=True, stdout=out)
    users = demo_users()
    assert users.count() == len(demo_accounts())
    assert not any(user.has_usable_password() for user in users)
    assert not Authenticator.objects.filter(user__in=users).exists()
    assert DEMO_PASSWORD not in out.getvalue()
    assert "changepassword" in out.getvalue()

    # A development run gives them the published logins...
    settings.DEBUG = True
    call_command("load_demo", stdout=StringIO())
    assert all(user.check_password(DEMO_PASSWORD) for user in demo_users())
    assert Authenticator.objects.filter(user__email=STAFF, type="totp").exists()
    # ... which a later run outside development takes away, keeping a password set since.
    staff = User.objects.get(email=STAFF)
    staff.set_password("Un-mot-de-passe-choisi-2026")
    staff.save()
    settings.DEBUG = False
    call_command("load_demo", allow_production=True, stdout=StringIO())
    others = demo_users().exclude(email=STAFF)
    assert not any(user.has_usable_password() for user in others)
    assert User.objects.get(email=STAFF).check_password("Un-mot-de-passe-choisi-2026")
    assert not Authenticator.objects.filter(user__in=demo_users(), type="totp").exists()


def test_demo_totp_refuses_outside_development(settings):
    with pytest.raises(CommandError):
        call_command("demo_totp", STAFF, stdout=StringIO())
