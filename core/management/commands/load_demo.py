"""Build the demo site: pages and accounts in French. Safe to run twice."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo_accounts
from advising.management.commands.seed_activity import DOMAIN as SEED_DOMAIN
from advising.models import Assignment
from core.demo import load_demo_site
from courses.demo import load_demo_courses
from courses.live.demo import load_demo_events
from onboarding.grants.demo import load_demo_programmes
from onboarding.profile.demo import load_demo_business
from storefront_builder.demo import load_demo_shops

#: Enough for the advisor's list and charts to look lived-in, few enough to load in a second.
PORTFOLIO_SIZE = 24
#: A fixed seed: every fresh demo shows the advisor the same portfolio.
PORTFOLIO_SEED = 2026


class Command(BaseCommand):
    help = "Charge le contenu et les comptes de démonstration (idempotent)."

    def handle(self, *args, **options):
        home = load_demo_site()
        load_demo_courses(home)
        owner, bookseller, advisor, _staff = load_demo_accounts()
        load_demo_events(home, owner=owner, advisor=advisor)
        load_demo_business(owner, advisor)
        load_demo_programmes(timezone.localdate())
        load_demo_shops(owner, bookseller)
        self.load_portfolio(advisor)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Démonstration prête."))
        self.stdout.write(f"Comptes de démonstration (mot de passe : {DEMO_PASSWORD}) :")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  - {account['email']:<28} {account['role'].label}")
        self.stdout.write(
            "Conseiller et équipe éditoriale demandent un code à usage unique : "
            "python manage.py demo_totp <e-mail>"
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
