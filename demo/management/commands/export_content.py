"""Write the CMS's courses to content files, in the format of demo/content (see its README)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.translations import in_default_locale
from courses.models import CatalogPage
from demo.content.exporter import export_page
from demo.content.files import ContentError
from demo.content.loader import page_at


class Command(BaseCommand):
    help = (
        "Exporte le catalogue des formations (ou un parcours, ou une formation) en fichiers "
        "YAML et Markdown."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="Dossier où écrire les fichiers.")
        parser.add_argument(
            "--page",
            help="Id ou chemin (/formations/tronc-commun/) d'un parcours ou d'une formation ; "
            "par défaut, tout le catalogue.",
        )

    def handle(self, *args, directory: Path, page=None, **options):
        # The French catalogue: English translations are not exported (their ``.en.`` files
        # are written by hand).
        target = in_default_locale(CatalogPage.objects).first() if page is None else page_at(page)
        if target is None:
            raise CommandError("Aucune page à exporter.")
        try:
            written = export_page(target, directory)
        except ContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"« {target.title} » exporté dans {written}."))
