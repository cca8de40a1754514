"""Reads about accounts: where a user belongs, and whether they still owe a second factor."""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.urls import reverse

from accounts.roles import ROLES_REQUIRING_MFA, Role, role_of

ROLE_HOME_URL_NAMES = {
    Role.OWNER: "onboarding:plan",
    Role.ADVISOR: "advising:portfolio",
    Role.STAFF: "wagtailadmin_home",
}


def user_home_url(*, user) -> str:
    """The page a user lands on after signing in: their role's home."""
    role = role_of(user)
    if role is None:
        return reverse("account_login")
    return reverse(ROLE_HOME_URL_NAMES[role])


def user_must_set_up_mfa(*, user) -> bool:
    """Advisors and staff may do nothing else until an authenticator app is set up."""
    if role_of(user) not in ROLES_REQUIRING_MFA:
        return False
    return not is_mfa_enabled(user, types=[Authenticator.Type.TOTP])
