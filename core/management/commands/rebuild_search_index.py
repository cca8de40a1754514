"""``manage.py rebuild_search_index``: the site's search index again from the content.

Pages and products are indexed as they change; this is for a new database, a restore, or a
change to how texts are analysed.
"""

from django.core.management.base import BaseCommand, CommandError

from core.search.indexing import rebuild, registered_kinds


class Command(BaseCommand):
    help = "Reconstruit l'index de recherche du site (formations, leçons, boutiques, produits)."

    def add_arguments(self, parser):
        parser.add_argument("kinds", nargs="*", help="course, lesson, shop, product…")

    def handle(self, *args, kinds, **options):
        unknown = set(kinds) - set(registered_kinds())
        if unknown:
            raise CommandError(f"Types inconnus : {', '.join(sorted(unknown))}")
        total = rebuild(kinds or None)
        self.stdout.write(self.style.SUCCESS(f"{total} documents indexés."))
