"""Demo accounts: one per role, with known passwords, printed by `make run`; who they are is in
``demo/content/comptes.yaml``."""

from functools import cache

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from accounts.roles import Role
from accounts.services import user_ensure
from demo.content import CONTENT_DIR
from demo.content.files import read_yaml

DEMO_PASSWORD = "Accelerateur-Demo-2026"  # noqa: S105 - published demo credentials
# A published secret, so `manage.py demo_totp` (DEBUG only) can print the current code.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105


@cache
def demo_accounts() -> list[dict]:
    """E-mail, first and last name and role of each demo login, in the file's order."""
    accounts = read_yaml(CONTENT_DIR / "comptes.yaml")["accounts"]
    return [{**account, "role": Role(account["role"])} for account in accounts]


def load_demo_accounts() -> list:
    """Create the demo accounts; advisors and staff get an authenticator with the demo secret."""
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
