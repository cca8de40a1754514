"""Networks of shops in a real browser.

A customer on her phone, from the home page: the directory, « Les réseaux de boutiques », the
town's independent bookshops. She types a book's ISBN-10 and presses « Autour de moi » (the
browser gives the position the test set). Two member bookshops have it (the third member does
not, a bookshop outside the network does too): the book is shown once, with both members
nearest first and the nearer chosen beforehand. « Commander ici » puts it in the nearer shop's
basket, and she orders it for pickup there.

Two merchants on a desktop: one creates the network from her back office and invites the
other, who accepts from hers; the network's public page then lists both. Every form is posted
by Chromium itself (CSRF, origin), screenshots kept.
"""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from storefront_builder.models import MembershipStatus, NetworkMembership, Order
from tests.accounts.factories import OwnerFactory
from tests.browser import axe
from tests.browser.conftest import ARTIFACTS
from tests.browser.shopping import fill_checkout
from tests.browser.test_certificate_journey import sign_in
from tests.browser.test_nearby_journey import DESKTOP, PHONE, new_context
from tests.storefront_builder.networks.factories import make_network
from tests.storefront_builder.storefront.factories import (
    make_product,
    make_shop,
    make_slot,
    tomorrow_at,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ISBN_10 = "2-07-036822-X"
ISBN_13 = "9782070368228"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"network-{name}.png"), full_page=True)


def bookshop(name: str, latitude: str, **fields):
    return make_shop(
        name=name,
        category="bookshop",
        latitude=Decimal(latitude),
        longitude=Decimal("-1.680000"),
        **fields,
    )


def rennes_bookshops():
    """Three member bookshops north of where she stands (about 160 m, 890 m and 1.5 km); the
    two nearest sell « L'Étranger », and a bookshop outside the network, nearer still, too."""
    nearer = bookshop("Librairie Sainte-Anne", "48.115950", slug="librairie-sainte-anne")
    further = bookshop("Librairie du Thabor", "48.122500")
    third = bookshop("Librairie des Champs Libres", "48.128000")
    outsider = bookshop("Librairie Indépendante Voisine", "48.114900")
    for shop, stock in ((nearer, 2), (further, 5), (outsider, 9)):
        make_product(shop, name="L'Étranger", reference=ISBN_13, price=Decimal("7.90"), stock=stock)
        make_slot(shop, in_hours=tomorrow_at(10))
    make_product(third, name="Carnet de voyage", price=Decimal("12.00"))
    network = make_network(
        nearer,
        further,
        third,
        name="Les libraires indépendants de Rennes",
        slug="libraires-de-rennes",
        description="Trois librairies du centre-ville, une seule recherche.",
    )
    return network, nearer


def test_a_book_in_two_member_shops_ordered_for_pickup_at_the_nearer(
    browser, live_server, settings
):
    from demo.site import load_demo_site

    load_demo_site()
    _network, nearer = rennes_bookshops()
    context, page, errors = new_context(browser, PHONE, settings)
    try:
        page.goto(live_server.url + "/")
        page.get_by_role("link", name="Les boutiques en click and collect").first.click()
        page.wait_for_url(re.compile(r"/boutiques/$"))
        page.get_by_role("link", name="Les réseaux de boutiques").click()
        page.wait_for_url(re.compile(r"/reseaux/$"))
        page.get_by_role("link", name="Les libraires indépendants de Rennes").click()
        page.wait_for_url(re.compile(r"/reseaux/libraires-de-rennes/$"))
        # The members, on the map and in the list (the tiles are refused: the list stands).
        expect(page.locator(".network-members .shop-card")).to_have_count(3)
        expect(page.locator(".leaflet-marker-icon")).to_have_count(3)

        page.get_by_label("Chercher un produit").fill(ISBN_10)
        page.get_by_role("button", name="Autour de moi").click()
        page.wait_for_url(re.compile(r"/reseaux/libraires-de-rennes/\?.*lat=48\.114"))
        offers = page.locator(".network-offer")
        expect(offers).to_have_count(1)
        offer = offers.first
        expect(offer).to_contain_text("L'Étranger")
        lines = offer.locator(".network-offer-line")
        assert lines.locator(".network-offer-shop strong").all_inner_texts() == [
            "Librairie Sainte-Anne",
            "Librairie du Thabor",
        ]
        assert lines.locator(".product-find-distance").all_inner_texts() == [
            "à 160\u00a0m",
            "à 890\u00a0m",
        ]
        expect(lines.first.locator("input[type=radio]")).to_be_checked()
        expect(lines.first).to_contain_text("2 en stock")
        expect(lines.first).to_contain_text(re.compile(r"Retrait dès demain à \d\d:\d\d"))
        expect(offer).not_to_contain_text("Voisine")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shot(page, "offer-phone")
        assert errors == []
        serious = axe.blocking(axe.audit(page, "network search"))
        assert not serious, axe.describe(serious)

        offer.get_by_role("button", name="Commander ici").click()
        page.wait_for_url(re.compile(r"/boutiques/librairie-sainte-anne/panier/$"))
        expect(page.locator(".message").first).to_contain_text(
            "est dans votre panier chez Librairie Sainte-Anne"
        )
        expect(page.locator("main")).to_contain_text("L'Étranger")
        page.get_by_role("link", name="Commander").click()
        fill_checkout(page, name="Inès Morel", email="ines@example.org", phone="06 11 22 33 44")
        page.get_by_role("button", name="Valider la commande").click()
        page.wait_for_url(re.compile(r"/commande/[A-Za-z0-9_-]+/$"))
        order = Order.objects.get()
        assert order.shop_id == nearer.pk
        assert [(line.name, line.quantity) for line in order.lines.all()] == [("L'Étranger", 1)]
        assert errors == []
    finally:
        context.close()


def test_a_coordinator_invites_a_shop_that_accepts(browser, live_server, settings):
    from demo.site import load_demo_site

    settings.SITE_URL = live_server.url
    load_demo_site()
    coordinator = OwnerFactory(first_name="Hélène", last_name="Guérin")
    make_shop(coordinator, name="Librairie Le Failler", category="bookshop")
    guest_owner = OwnerFactory(first_name="Yann", last_name="Le Goff")
    guest = make_shop(guest_owner, name="Librairie Planète Io", category="bookshop")
    base = live_server.url
    context = browser.new_context(locale="fr-FR", viewport=DESKTOP)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        sign_in(page, base, coordinator)
        page.get_by_role("link", name="Ma boutique").first.click()
        page.get_by_role("link", name="Réseaux", exact=True).click()
        page.wait_for_url("**/ma-boutique/reseaux/")
        page.get_by_label("Nom du réseau").fill("Les libraires de Rennes")
        page.get_by_label("Type de réseau").select_option(label="Librairies indépendantes")
        page.get_by_label("Commune ou quartier").fill("Rennes, centre-ville")
        page.get_by_role("button", name="Créer le réseau").click()
        page.wait_for_url("**/ma-boutique/reseaux/les-libraires-de-rennes/")
        expect(page.locator(".message").first).to_contain_text(
            "Réseau « Les libraires de Rennes » créé"
        )
        page.get_by_label("Chercher une boutique à inviter").fill("planète")
        page.get_by_role("button", name="Chercher").click()
        page.get_by_role("button", name="Inviter Librairie Planète Io").click()
        expect(page.locator(".message").first).to_contain_text("Invitation envoyée")
        expect(page.locator(".network-roster")).to_contain_text("Invitation envoyée")
        shot(page, "manage-desktop")
        context.clear_cookies()

        sign_in(page, base, guest_owner)
        page.get_by_role("link", name="Ma boutique").first.click()
        page.get_by_role("link", name="Réseaux", exact=True).click()
        expect(page.locator(".network-memberships")).to_contain_text("Les libraires de Rennes")
        shot(page, "invitation-desktop")
        page.get_by_role("button", name="Accepter l'invitation").click()
        expect(page.locator(".message").first).to_contain_text(
            "Votre boutique est membre du réseau « Les libraires de Rennes »"
        )
        membership = NetworkMembership.objects.get(shop=guest)
        assert membership.status == MembershipStatus.ACTIVE
        page.get_by_role("link", name="Page publique").click()
        page.wait_for_url("**/reseaux/les-libraires-de-rennes/")
        expect(page.locator(".network-members .shop-card")).to_have_count(2)
    finally:
        context.close()
