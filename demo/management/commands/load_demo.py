"""Build the demo site from demo/content: pages, events, shops and accounts in French, and a
generated portfolio for the demo advisor. Safe to run twice.

Development only (``DEBUG``), where the accounts get the published logins; ``--allow-production``
loads the same content elsewhere, with accounts nobody can sign in to until someone sets a
password (``manage.py changepassword``)."""

from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import Role
from advising.models import Assignment
from core.places.models import Commune
from core.search import indexing as search_indexing
from demo.accounts import DEMO_PASSWORD, demo_accounts, load_demo_accounts
from demo.business import load_demo_business
from demo.catalogue import load_demo_courses
from demo.events import load_demo_events
from demo.networks import load_demo_networks
from demo.programmes import load_demo_programmes
from demo.seed.base import DOMAIN as SEED_DOMAIN
from demo.shop_orders import load_demo_orders
from demo.shops import load_demo_shops
from demo.site import load_demo_site
from demo.synonyms import load_demo_synonyms

#: Enough for the advisor's list and charts to look lived-in, few enough to load in a second.
PORTFOLIO_SIZE = 24
#: A fixed seed: every fresh demo shows the advisor the same portfolio.
PORTFOLIO_SEED = 2026


def _first(users, accounts, role: Role):
    return next(
        user for user, account in zip(users, accounts, strict=True) if account["role"] == role
    )


class Command(BaseCommand):
    help = "Charge le contenu et les comptes de démonstration (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help=(
                "Charger la démonstration hors développement (DEBUG désactivé) : ses comptes "
                "n'ont alors ni mot de passe utilisable ni double authentification publiés."
            ),
        )

    def handle(self, *args, allow_production=False, **options):
        # The published logins are for development only: anywhere else they would let anyone
        # who read the README in, as staff.
        development = settings.DEBUG
        if not development and not allow_production:
            raise CommandError(
                _(
                    "load_demo crée des comptes dont le mot de passe est publié : il ne "
                    "s'exécute qu'en développement (DEBUG). Pour charger la démonstration "
                    "ailleurs, sans ces mots de passe ni codes, ajoutez --allow-production."
                )
            )
        # The search indexes are written once at the end rather than page by page: Wagtail's
        # (the CMS's search, and "Usage") for each page and file saved, the site's rebuilt.
        # The official communes, which shop addresses are checked against (`make setup` loads
        # them first; here for a database that has none, such as a test's).
        if not Commune.objects.exists():
            call_command("load_communes", stdout=StringIO())
        with search_indexing.paused():
            home = load_demo_site()
            load_demo_courses(home)
            users = load_demo_accounts(published_credentials=development)
            owner = _first(users, demo_accounts(), Role.OWNER)
            advisor = _first(users, demo_accounts(), Role.ADVISOR)
            load_demo_events(home, owner=owner, advisor=advisor)
            load_demo_business(owner, advisor)
            load_demo_programmes(timezone.localdate())
            load_demo_orders(load_demo_shops())
            load_demo_networks()
            self.load_portfolio(advisor)
        load_demo_synonyms()
        call_command("rebuild_search_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Démonstration prête."))
        if development:
            self.print_development_logins()
        else:
            self.print_production_logins()

    def print_development_logins(self) -> None:
        self.stdout.write(f"Comptes de démonstration (mot de passe : {DEMO_PASSWORD}) :")
        for account in demo_accounts():
            self.stdout.write(f"  - {account['email']:<28} {account['role'].label}")
        self.stdout.write(
            "Conseiller et équipe éditoriale demandent un code à usage unique : "
            "python manage.py demo_totp <e-mail>"
        )

    def print_production_logins(self) -> None:
        self.stdout.write(
            _(
                "Comptes de démonstration, sans mot de passe utilisable (DEBUG désactivé : "
                "le mot de passe publié n'est pas installé) :"
            )
        )
        for account in demo_accounts():
            self.stdout.write(f"  - {account['email']:<28} {account['role'].label}")
        self.stdout.write(
            _(
                "Pour ouvrir l'un d'eux, choisissez-lui un mot de passe : python manage.py "
                "changepassword <e-mail>. Conseiller et équipe éditoriale configureront leur "
                "double authentification à la première connexion."
            )
        )

    def load_portfolio(self, advisor) -> None:
        """Generated businesses with activity for the demo advisor, who would otherwise follow
        only the bakery and see charts of zeros; skipped once she follows any of them."""
        if Assignment.objects.filter(
            advisor=advisor, business__owner__email__iendswith=f"@{SEED_DOMAIN}"
        ).exists():
            return
        # The generator's per-table report is for benchmarks; the demo prints one line.
        call_command(
            "seed_activity",
            businesses=PORTFOLIO_SIZE,
            advisor=advisor.email,
            seed=PORTFOLIO_SEED,
            stdout=StringIO(),
        )
        self.stdout.write(
            f"Portefeuille du conseiller : {PORTFOLIO_SIZE} entreprises générées avec leur "
            f"activité, confiées à {advisor.email}."
        )
