"""Generate businesses with realistic activity, for benchmarks and tests at scale (demo.seed).

manage.py seed_activity --businesses 5000 [--advisors 10 | --advisor EMAIL] [--seed 1]
                        [--clear] [--skip-catalogue]
"""

import random

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from demo.seed import events, learning, people
from demo.seed.base import Seed
from demo.seed.generate import generate


class Command(BaseCommand):
    help = (
        "Crée N entreprises fictives (comptes seed-<n>@seed.example) et leur activité : "
        "diagnostics, formations, événements, boutiques, commandes et demandes d'aide."
    )

    def add_arguments(self, parser):
        parser.add_argument("--businesses", type=int, default=100, help="Nombre d'entreprises.")
        who = parser.add_mutually_exclusive_group()
        who.add_argument("--advisors", type=int, default=1, help="Nombre de conseillers.")
        who.add_argument(
            "--advisor",
            metavar="EMAIL",
            help="Confie toutes les entreprises à ce compte existant plutôt qu'à des conseillers "
            "générés.",
        )
        parser.add_argument("--seed", type=int, default=1, help="Graine du hasard.")
        parser.add_argument(
            "--clear", action="store_true", help="Supprime d'abord les données générées."
        )
        parser.add_argument(
            "--skip-catalogue",
            action="store_true",
            help=(
                "Sans formation ou sans événement publié, ne charge pas le contenu de "
                "démonstration correspondant."
            ),
        )

    def handle(self, *args, **options):
        count, advisors = options["businesses"], options["advisors"]
        if count < 0 or advisors < 1:
            raise CommandError("--businesses doit être positif et --advisors au moins 1.")
        # Looked up before anything is written, so a mistyped address leaves the database as is.
        chosen = people.existing_advisor(options["advisor"]) if options["advisor"] else None
        if options["clear"]:
            self.stdout.write(f"Données générées supprimées ({people.clear()} comptes).")
        if count == 0:
            return
        seed = Seed(rng=random.Random(options["seed"]), now=timezone.now(), say=self.stdout.write)
        catalogue = learning.catalogue(seed, options["skip_catalogue"])
        events.ensure_events(seed, options["skip_catalogue"])
        with transaction.atomic():
            created = generate(
                seed, count, [chosen] if chosen else people.advisors(advisors), catalogue
            )
        if connection.vendor == "postgresql":
            # Thousands of rows at once: refresh the planner's statistics now rather than
            # when autovacuum gets to it, so the pages are measured with realistic plans.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        for label, number in created.items():
            self.stdout.write(f"  {label:<28} {number}")
        self.stdout.write(self.style.SUCCESS(f"{count} entreprises générées."))
