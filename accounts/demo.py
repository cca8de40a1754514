"""Demo accounts: one per role, with known passwords, printed by `make run`."""

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from accounts.roles import Role
from accounts.services import user_ensure

DEMO_PASSWORD = "Accelerateur-Demo-2026"  # noqa: S105 - published demo credentials
# A published secret, so `manage.py demo_totp` (DEBUG only) can print the current code.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105

DEMO_ACCOUNTS = [
    {
        "email": "commercante@demo.example",
        "first_name": "Camille",
        "last_name": "Martin",
        "role": Role.OWNER,
    },
    {
        "email": "libraire@demo.example",
        "first_name": "Karim",
        "last_name": "Haddad",
        "role": Role.OWNER,
    },
    {
        "email": "conseiller@demo.example",
        "first_name": "Julien",
        "last_name": "Lefèvre",
        "role": Role.ADVISOR,
    },
    {
        "email": "editrice@demo.example",
        "first_name": "Sophie",
        "last_name": "Bernard",
        "role": Role.STAFF,
    },
]


def load_demo_accounts() -> list:
    """Create the demo accounts; advisors and staff get an authenticator with the demo secret."""
    users = []
    for account in DEMO_ACCOUNTS:
        user, _ = user_ensure(password=DEMO_PASSWORD, **account)
        if (
            account["role"] != Role.OWNER
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            TOTP.activate(user, DEMO_TOTP_SECRET)
        users.append(user)
    return users
