"""Reads about accounts: where a user belongs, whether they still owe a second factor, and
which language they read."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.db.models import Q
from django.urls import reverse

from accounts.models import User
from accounts.roles import ROLES_REQUIRING_MFA, Role, role_of
from core.languages import language_or_none, language_supported

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


def user_language(user) -> str:
    """The language a person reads: her account's, French (the site's) if she has none.

    Every e-mail to someone with an account is rendered in it, whoever's request sends it.
    """
    return language_supported(getattr(user, "language", None))


def email_language(email: str) -> str | None:
    """The language of the account this address belongs to (its login, or one of its
    addresses, verified or not); None when no account has it. One query."""
    if not email:
        return None
    addresses = EmailAddress.objects.filter(email__iexact=email).values("user_id")
    language = (
        User.objects.filter(Q(email__iexact=email) | Q(pk__in=addresses))
        .values_list("language", flat=True)
        .first()
    )
    return language_or_none(language)
