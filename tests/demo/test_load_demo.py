"""``load_demo``: the whole demo in one command, safe to run twice, with a portfolio for the
demo advisor generated once."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from accounts.models import User
from advising.models import Assignment
from core.home.models import HomePage
from core.models import StandardPage
from core.translations import in_default_locale
from demo.accounts import demo_accounts
from demo.business import demo_siret
from demo.events import demo_cohort
from demo.management.commands.load_demo import PORTFOLIO_SIZE
from demo.site import english_legal_pages
from onboarding.grants.models import Programme
from onboarding.profile.models import Business
from storefront_builder.models import Network, NetworkMembership, Product, Shop
from storefront_builder.networks.selectors import public_members

pytestmark = pytest.mark.django_db


def test_load_demo_twice_changes_nothing(db, development):
    call_command("load_demo", stdout=StringIO())
    counts = (
        Page.objects.count(),
        User.objects.count(),
        Site.objects.count(),
        Shop.objects.count(),
        Product.objects.count(),
        Business.objects.count(),
        Programme.objects.count(),
        NetworkMembership.objects.count(),
    )
    call_command("load_demo", stdout=StringIO())
    assert (
        Page.objects.count(),
        User.objects.count(),
        Site.objects.count(),
        Shop.objects.count(),
        Product.objects.count(),
        Business.objects.count(),
        Programme.objects.count(),
        NetworkMembership.objects.count(),
    ) == counts
    # The demo's street association: both demo shops, members online.
    assert public_members(Network.objects.get()).count() == 2
    # The two demo storefronts; the advisor's generated portfolio publishes some of its own.
    demo_shops = Shop.objects.exclude(owner__email__endswith="@seed.example")
    assert demo_shops.filter(status="published").count() == 2
    # Placed on the map, so that « Autour de moi » finds them.
    assert not demo_shops.filter(latitude__isnull=True).exists()
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    # Three legal pages, each once in French and at most once in English (its ``.en.md``).
    legal = StandardPage.objects.live()
    assert in_default_locale(legal).count() == 3
    assert legal.values("translation_key").distinct().count() == 3
    english = legal.filter(locale__language_code="en").count()
    assert english == len(english_legal_pages())
    # The demo logins, the bootcamp's cohort and the owners of the advisor's generated
    # portfolio (the last two without a usable password).
    generated = User.objects.filter(email__endswith="@seed.example")
    assert generated.count() == PORTFOLIO_SIZE
    assert User.objects.count() == len(demo_accounts()) + len(demo_cohort()) + PORTFOLIO_SIZE
    assert (
        User.objects.filter(password__startswith="!").count() == len(demo_cohort()) + PORTFOLIO_SIZE
    )


def test_load_demo_gives_a_portfolio_and_orders_once(db):
    """The advisor's portfolio, and the orders the merchant's board, figures and e-mails need
    (past ones collected, cancelled or missed, upcoming ones to prepare): a second run adds
    none, and no slot is overbooked."""
    from django.db.models import F
    from django.utils import timezone

    from storefront_builder.models import Order, OrderStatus, Slot

    first, second = StringIO(), StringIO()
    call_command("load_demo", allow_production=True, stdout=first)
    bakery = Shop.objects.get(slug="boulangerie-du-plateau")
    orders = Order.objects.filter(shop=bakery)
    now = timezone.now()
    assert orders.filter(slot__ends_at__lt=now, status=OrderStatus.COLLECTED).exists()
    assert orders.filter(slot__ends_at__lt=now, status=OrderStatus.CANCELLED).exists()
    assert orders.filter(slot__starts_at__gt=now, status=OrderStatus.NEW).exists()
    count = Order.objects.count()
    call_command("load_demo", allow_production=True, stdout=second)
    assert Order.objects.count() == count
    assert not Slot.objects.filter(booked__gt=F("capacity")).exists()
    assert f"Portefeuille du conseiller : {PORTFOLIO_SIZE} entreprises générées" in first.getvalue()
    assert "Portefeuille du conseiller" not in second.getvalue()
    followed = Assignment.objects.filter(advisor__email="conseiller@demo.example")
    # The bakery, and the generated businesses: all of them, none added by the second run.
    assert followed.count() == 1 + PORTFOLIO_SIZE
    assert followed.filter(business__siret=demo_siret()).exists()
    seeded = followed.filter(business__owner__email__endswith="@seed.example")
    assert seeded.count() == PORTFOLIO_SIZE
    # With activity to chart, not empty shells.
    assert seeded.filter(business__last_activity_at__isnull=False).count() >= PORTFOLIO_SIZE // 2
    # No generated advisor: the portfolio is the demo advisor's.
    assert not User.objects.filter(email__startswith="seed-conseiller-").exists()
