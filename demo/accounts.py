"""Demo accounts: one per role, with known passwords in development only, printed by `make run`;
who they are is in ``demo/content/comptes.yaml``."""

from functools import cache

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from allauth.mfa.utils import decrypt
from django.contrib.auth.hashers import check_password, is_password_usable

from accounts.models import User
from accounts.roles import Role
from accounts.services import user_ensure
from demo.content import CONTENT_DIR
from demo.content.files import read_yaml

DEMO_PASSWORD = "Accelerateur-Demo-2026"  # noqa: S105 - published demo credentials
# A published secret, so `manage.py demo_totp` (DEBUG only) can print the current code; given
# to no account outside development (see load_demo_accounts).
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105


@cache
def demo_accounts() -> list[dict]:
    """E-mail, first and last name and role of each demo login, in the file's order."""
    accounts = read_yaml(CONTENT_DIR / "comptes.yaml")["accounts"]
    return [{**account, "role": Role(account["role"])} for account in accounts]


def load_demo_accounts(*, published_credentials: bool) -> list:
    """Create the demo accounts.

    In development (``published_credentials``) each gets the published password, and advisors
    and staff an authenticator with the published secret, so that anyone can sign in from the
    README. Anywhere else those would open the site to anyone who reads the repository: the
    accounts get no usable password and no authenticator, and lose the published ones a
    development run gave them; a password someone set since (``manage.py changepassword``) is
    kept.
    """
    if not published_credentials:
        return _accounts_without_published_credentials()
    users = []
    for account in demo_accounts():
        user, _ = user_ensure(password=DEMO_PASSWORD, **account)
        if (
            account["role"] != Role.OWNER
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            TOTP.activate(user, DEMO_TOTP_SECRET)
        users.append(user)
    return users


def _accounts_without_published_credentials() -> list:
    emails = [User.objects.normalize_email(account["email"]) for account in demo_accounts()]
    chosen = {
        email: password
        for email, password in User.objects.filter(email__in=emails).values_list(
            "email", "password"
        )
        if is_password_usable(password) and not check_password(DEMO_PASSWORD, password)
    }
    users = []
    for account in demo_accounts():
        user, _ = user_ensure(password=None, **account)
        if user.email in chosen:
            user.password = chosen[user.email]
            user.save(update_fields=["password"])
        users.append(user)
    published = [
        authenticator.pk
        for authenticator in Authenticator.objects.filter(
            user__in=users, type=Authenticator.Type.TOTP
        )
        if decrypt(authenticator.data["secret"]) == DEMO_TOTP_SECRET
    ]
    Authenticator.objects.filter(pk__in=published).delete()
    return users
