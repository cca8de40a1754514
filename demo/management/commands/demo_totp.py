"""Print the current TOTP code of a demo account, so a developer can sign in as staff."""

import time

from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.accounts import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Affiche le code à usage unique actuel d'un compte de démonstration (DEBUG seulement)."

    def add_arguments(self, parser):
        parser.add_argument("email", nargs="?", default="editrice@demo.example")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("Cette commande n'est disponible qu'en développement (DEBUG).")
        authenticator = Authenticator.objects.filter(
            user__email__iexact=email, type=Authenticator.Type.TOTP
        ).first()
        if authenticator is None:
            raise CommandError(f"Aucune double authentification pour {email}.")
        secret = decrypt(authenticator.data["secret"])
        if secret != DEMO_TOTP_SECRET:
            raise CommandError(f"{email} n'utilise pas le secret de démonstration.")
        counter = int(time.time()) // app_settings.TOTP_PERIOD
        self.stdout.write(format_hotp_value(hotp_value(secret, counter)))
