"""The home page is a Wagtail page with editable sections; the demo loader is idempotent."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts.models import User
from core.home.models import HomePage
from core.management.commands.load_demo import PORTFOLIO_SIZE
from core.models import StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_presents_the_programme(client, home_page):
    content = client.get("/").content.decode()
    for text in ("formations", "webinaires", "bootcamps", "click and collect", "chèque"):
        assert text.lower() in content.lower(), text
    assert 'href="#contenu"' in content  # skip link
    for title in ("Mentions légales", "Politique de confidentialité", "Accessibilité"):
        assert title in content


def test_legal_pages_are_served(client, home_page):
    for slug in ("mentions-legales", "confidentialite", "accessibilite"):
        assert client.get(f"/{slug}/").status_code == 200


def test_load_demo_twice_changes_nothing(db):
    from onboarding.grants.models import Programme
    from onboarding.profile.models import Business
    from storefront_builder.models import Product, Shop

    call_command("load_demo", stdout=StringIO())
    counts = (
        Page.objects.count(),
        User.objects.count(),
        Site.objects.count(),
        Shop.objects.count(),
        Product.objects.count(),
        Business.objects.count(),
        Programme.objects.count(),
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
    ) == counts
    # The two demo storefronts; the advisor's generated portfolio publishes some of its own.
    demo_shops = Shop.objects.exclude(owner__email__endswith="@seed.example")
    assert demo_shops.filter(status="published").count() == 2
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert StandardPage.objects.live().count() == 3
    # The demo logins, the bootcamp's cohort and the owners of the advisor's generated
    # portfolio (the last two without a usable password).
    from accounts.demo import DEMO_ACCOUNTS
    from courses.live.demo import COHORT

    generated = User.objects.filter(email__endswith="@seed.example")
    assert generated.count() == PORTFOLIO_SIZE
    assert User.objects.count() == len(DEMO_ACCOUNTS) + len(COHORT) + PORTFOLIO_SIZE
    assert User.objects.filter(password__startswith="!").count() == len(COHORT) + PORTFOLIO_SIZE


def test_load_demo_gives_the_advisor_a_portfolio_once(db):
    from advising.models import Assignment
    from onboarding.profile.demo import DEMO_SIRET

    first, second = StringIO(), StringIO()
    call_command("load_demo", stdout=first)
    call_command("load_demo", stdout=second)
    assert f"Portefeuille du conseiller : {PORTFOLIO_SIZE} entreprises générées" in first.getvalue()
    assert "Portefeuille du conseiller" not in second.getvalue()
    followed = Assignment.objects.filter(advisor__email="conseiller@demo.example")
    # The bakery, and the generated businesses: all of them, none added by the second run.
    assert followed.count() == 1 + PORTFOLIO_SIZE
    assert followed.filter(business__siret=DEMO_SIRET).exists()
    seeded = followed.filter(business__owner__email__endswith="@seed.example")
    assert seeded.count() == PORTFOLIO_SIZE
    # With activity to chart, not empty shells.
    assert seeded.filter(business__last_activity_at__isnull=False).count() >= PORTFOLIO_SIZE // 2
    # No generated advisor: the portfolio is the demo advisor's.
    assert not User.objects.filter(email__startswith="seed-conseiller-").exists()


def test_editor_can_create_a_standard_page_in_the_cms(client, staff, home_page):
    client.force_login(staff)
    data = nested_form_data(
        {
            "title": "À propos",
            "slug": "a-propos",
            "intro": "Qui sommes-nous ?",
            "body": streamfield([("paragraph", rich_text("<p>Un programme pour les TPE.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/cms/pages/add/core/standardpage/{home_page.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="a-propos")
    assert page.live
    assert "Un programme pour les TPE." in client.get("/a-propos/").content.decode()


def test_page_rules(home_page):
    # One home page, at the top of the tree; ordinary pages go under it.
    assert not HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(home_page)
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert StandardPage.can_create_at(home_page)
