"""A merchant closes her shop for the holidays from the orders board; the storefront says so."""

from datetime import timedelta

import pytest
from django.utils import timezone

from storefront_builder.models import OrderStatus, ShopClosure, Slot
from tests.accounts.factories import OwnerFactory
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_certificate_journey import sign_in
from tests.storefront_builder.backoffice.factories import at, make_order, make_product, make_slot
from tests.storefront_builder.storefront.factories import make_shop

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"closures-{name}.png"), full_page=True)


def test_add_a_closure_from_the_orders_board(page, live_server, settings):
    from demo.site import load_demo_site

    settings.SITE_URL = live_server.url
    load_demo_site()
    owner = OwnerFactory(first_name="Lili", last_name="Rousseau")
    shop = make_shop(owner, name="Chez Lili", slug="chez-lili")
    first = timezone.localdate() + timedelta(days=20)
    last = first + timedelta(days=7)
    inside = make_slot(shop, at(first + timedelta(days=1), 10))
    outside = make_slot(shop, at(last + timedelta(days=1), 10))
    bread = make_product(shop, "Baguette tradition", "1.30")
    yesterday = make_slot(shop, at(timezone.localdate() - timedelta(days=1), 10))
    make_order(yesterday, [(bread, 3)], status=OrderStatus.COLLECTED)
    make_order(inside, [(bread, 2)])
    base = live_server.url

    sign_in(page, base, owner)
    page.goto(base + "/ma-boutique/commandes/")
    page.get_by_role("link", name="Fermetures exceptionnelles").click()
    page.wait_for_url("**/ma-boutique/fermetures/")
    assert page.get_by_text("Aucune fermeture prévue.").is_visible()
    # The hours' fields show only once "exceptional hours" is chosen.
    assert not page.get_by_label("Réouverture à").is_visible()
    page.get_by_label("Premier jour fermé").fill(f"{first:%Y-%m-%d}")
    page.get_by_label("Dernier jour fermé").fill(f"{last:%Y-%m-%d}")
    page.get_by_label("Motif affiché aux clients").fill("Congés d'été")
    shot(page, "form")
    page.get_by_role("button", name="Enregistrer la fermeture").click()

    page.wait_for_url("**/ma-boutique/fermetures/")
    message = page.locator(".message").first
    assert "1 créneau fermé" in message.inner_text()
    assert "1 commande déjà passée" in message.inner_text()
    listed = page.locator(".closures-list li")
    assert listed.count() == 1
    assert "Congés d'été" in listed.first.inner_text()
    shot(page, "listed")
    assert Slot.objects.get(pk=inside.pk).closed and not Slot.objects.get(pk=outside.pk).closed
    assert ShopClosure.objects.filter(shop=shop).count() == 1

    # The link in the message leads to the day of the order that falls in the holidays.
    message.get_by_role("link", name="Voir les commandes concernées").click()
    page.wait_for_url(f"**/ma-boutique/commandes/?jour={first + timedelta(days=1):%Y-%m-%d}")

    page.goto(base + "/boutiques/chez-lili/")
    closures = page.locator(".shopfront-closures")
    assert "Fermeture exceptionnelle du" in closures.inner_text()
    assert "Congés d'été" in closures.inner_text()
    shot(page, "storefront")

    # The merchant's figures, on a phone and on a desktop.
    page.goto(base + "/ma-boutique/chiffres/")
    assert page.get_by_role("heading", name="Mes chiffres").is_visible()
    shot(page, "figures-phone")
    page.set_viewport_size({"width": 1280, "height": 800})
    shot(page, "figures-desktop")
    page.goto(base + "/ma-boutique/fermetures/")
    page.get_by_label("Horaires exceptionnels : une partie d'une journée").check()
    assert page.get_by_label("Réouverture à").is_visible()
    assert not page.get_by_label("Premier jour fermé").is_visible()
    shot(page, "closures-desktop")
    page.goto(base + "/boutiques/chez-lili/")
    shot(page, "storefront-desktop")
