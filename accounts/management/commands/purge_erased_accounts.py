"""Delete what erased accounts left behind once the law no longer asks to keep it.

Run it every night (cron, or the platform's scheduler): the "Mes données" page promises a
date for each kept record (``settings.RGPD_RETENTION``), and this is what keeps the promise.
"""

from django.core.management.base import BaseCommand

from accounts.privacy import purge_expired


class Command(BaseCommand):
    help = "Supprime ce que les comptes effacés ont laissé, une fois la durée légale passée."

    def handle(self, *args, **options):
        deleted = purge_expired()
        for key, count in deleted.items():
            self.stdout.write(f"{key}: {count}")
