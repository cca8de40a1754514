"""Create pages from content files: a catalogue, a track or a course folder (demo/content)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from demo.content.files import ContentError
from demo.content.loader import import_directory, page_at


class Command(BaseCommand):
    help = (
        "Importe un dossier de catalogue, de parcours ou de formation sous une page ; ce qui "
        "existe déjà (même adresse) est laissé tel quel."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="Dossier à importer.")
        parser.add_argument(
            "--parent",
            default="/",
            help="Id ou chemin de la page qui reçoit l'import : l'accueil pour un catalogue, "
            "le catalogue pour un parcours, un parcours pour une formation.",
        )

    def handle(self, *args, directory: Path, parent: str, **options):
        parent_page = page_at(parent)
        if parent_page is None:
            raise CommandError(f"Aucune page « {parent} ».")
        try:
            page = import_directory(directory, parent_page.specific)
        except ContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"« {page.title} » importé sous « {parent_page.title} ».")
        )
