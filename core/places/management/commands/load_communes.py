"""``manage.py load_communes``: the official list of French communes and their postcodes.

Read from the npm package ``@etalab/decoupage-administratif`` (``npm ci``, which ``make`` runs),
at ``settings.COMMUNES_DATA_FILE``. Safe to run again: it brings the table to the file.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.places.services import load_communes


class Command(BaseCommand):
    help = "Charge la liste officielle des communes de France et de leurs codes postaux."

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            type=Path,
            default=None,
            help="Le fichier communes.json (par défaut : settings.COMMUNES_DATA_FILE).",
        )

    def handle(self, *args, file=None, **options):
        path = Path(file or settings.COMMUNES_DATA_FILE)
        if not path.is_file():
            raise CommandError(
                f"Fichier introuvable : {path}. Installez les paquets npm du projet "
                "(npm ci --no-audit --no-fund, que make setup exécute)."
            )
        report = load_communes(path)
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.communes} communes ({report.created} ajoutées, {report.updated} "
                f"mises à jour, {report.removed} retirées), {report.postcodes} codes postaux "
                f"({report.postcodes_added} ajoutés, {report.postcodes_removed} retirés)."
            )
        )
