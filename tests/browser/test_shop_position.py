"""A merchant, in her shop with her phone, places it on the map with the phone's position.

The map's tiles come from another site: they are refused here, as they would be offline or
behind a strict network, and the page must still work — the marker, the buttons, the saved
position — and keep its layout on a phone and on a desktop.
"""

import re
from decimal import Decimal

import pytest

from storefront_builder.models import Shop
from tests.accounts.factories import OwnerFactory
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_certificate_journey import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
#: 8 rue des Tables Claudiennes, Lyon 1er.
IN_THE_SHOP = {"latitude": 45.7691, "longitude": 4.8300}


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"position-{name}.png"), full_page=True)


def new_context(browser, viewport, settings):
    context = browser.new_context(
        locale="fr-FR",
        viewport=viewport,
        geolocation=IN_THE_SHOP,
        permissions=["geolocation"],
    )
    tiles = re.compile(re.escape(settings.MAP_TILES_URL.split("{")[0]))
    context.route(tiles, lambda route: route.abort())  # no tiles: offline, or blocked
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def test_placing_the_shop_with_the_phones_position(browser, live_server, settings, communes):
    from demo.site import load_demo_site

    load_demo_site()
    lili = OwnerFactory(first_name="Lili")
    base = live_server.url
    context, page = new_context(browser, PHONE, settings)
    try:
        sign_in(page, base, lili)
        page.locator(".plan-step[data-step=storefront] a").click()
        page.get_by_role("link", name="Commencer", exact=True).click()
        page.wait_for_url(re.compile(r"/ma-boutique/identite/"))

        page.locator("[name=name]").fill("Chez Lili")
        page.locator("[name=category]").select_option("bakery")
        page.locator("[name=street_address]").fill("8 rue des Tables Claudiennes")
        page.locator("[name=postcode]").fill("69001")
        page.locator("[name=commune]").fill("lyon")
        page.locator("[name=phone]").fill("04 78 00 11 22")
        status = page.locator("[data-position-status]")
        assert "pas encore placée" in status.inner_text()
        assert page.locator(".leaflet-marker-icon").count() == 0

        # A tap on the (tile-less) map places the marker...
        page.locator("[data-shop-map]").click(position={"x": 120, "y": 100})
        assert page.locator(".leaflet-marker-icon").count() == 1
        assert page.locator("[name=latitude]").input_value() != ""
        # ...and her position, asked only now, moves it onto the shop.
        page.get_by_role("button", name=re.compile("Utiliser ma position actuelle")).click()
        page.wait_for_function("document.querySelector('[name=latitude]').value === '45.769100'")
        assert page.locator("[name=longitude]").input_value() == "4.830000"
        assert "placée sur la carte" in status.inner_text()
        assert page.locator(".leaflet-marker-icon").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        page.locator("#position").scroll_into_view_if_needed()
        shot(page, "phone")

        page.get_by_role("button", name="Enregistrer et continuer").click()
        page.wait_for_url(re.compile(r"/ma-boutique/apparence/"))
        shop = Shop.objects.get(owner=lili)
        assert (shop.latitude, shop.longitude) == (Decimal("45.769100"), Decimal("4.830000"))
        assert (shop.commune, shop.street_address) == ("Lyon", "8 rue des Tables Claudiennes")

        # Back on the step, the map shows the shop where she put it.
        page.locator('.wizard-steps li[data-step="identity"] a').click()
        page.wait_for_url(re.compile(r"/ma-boutique/identite/"))
        assert page.locator(".leaflet-marker-icon").count() == 1
        assert "placée sur la carte" in page.locator("[data-position-status]").inner_text()
    finally:
        context.close()

    desktop_context, desktop = new_context(browser, DESKTOP, settings)
    try:
        sign_in(desktop, base, lili)
        desktop.locator(".plan-step[data-step=storefront] a").click()
        desktop.get_by_role("link", name=re.compile("Modifier")).first.click()
        desktop.wait_for_url(re.compile(r"/ma-boutique/identite/"))
        box = desktop.locator("[data-shop-map]").bounding_box()
        assert box["height"] >= 300 and box["width"] >= 300
        assert desktop.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]
        desktop.locator("#position").scroll_into_view_if_needed()
        shot(desktop, "desktop")
    finally:
        desktop_context.close()
        from django.db import connections

        connections.close_all()
