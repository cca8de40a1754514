"""A customer on her phone finds the shops around her and orders from the nearest.

From the home page to the directory, she chooses 1 km and presses « Autour de moi »: the
browser gives the position the test set (asked only now), and the list shows the shops within
1 km, nearest first, each with its distance, beside a map. The map's tiles come from another
site and are refused here, as offline or behind a strict network: the list works on its own
and the map's box keeps the layout, on a phone and on a desktop.
"""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from storefront_builder.models import Order
from tests.browser import axe
from tests.browser.conftest import ARTIFACTS
from tests.browser.shopping import add_and_go_to_checkout, fill_checkout
from tests.storefront_builder.storefront.factories import make_product, make_shop, make_slot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
#: Place Sainte-Anne, Rennes: where she stands.
HERE = {"latitude": 48.1145, "longitude": -1.6800}


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"nearby-{name}.png"), full_page=True)


def shops_around():
    """Three shops within 1 km (about 160 m, 420 m and 890 m north or east), one at 2.6 km,
    one not placed on the map yet."""
    nearest = make_shop(
        name="Fournil Sainte-Anne",
        slug="fournil-sainte-anne",
        latitude=Decimal("48.115950"),
        longitude=Decimal("-1.680000"),
    )
    make_shop(
        name="Fromagerie des Lices",
        latitude=Decimal("48.114500"),
        longitude=Decimal("-1.674350"),
        category="cheese",
    )
    make_shop(
        name="Cave du Thabor",
        latitude=Decimal("48.122500"),
        longitude=Decimal("-1.680000"),
        category="wine",
    )
    make_shop(
        name="Primeur de Cleunay",
        latitude=Decimal("48.105000"),
        longitude=Decimal("-1.713000"),
        category="grocery",
    )
    make_shop(name="Librairie pas encore placée", category="bookshop")
    make_product(nearest, name="Kouign-amann", price=Decimal("3.80"), stock=8)
    make_slot(nearest, in_hours=26)
    return nearest


def new_context(browser, viewport, settings):
    """A context with her position set and the tiles refused; the page's script errors kept."""
    context = browser.new_context(
        locale="fr-FR", viewport=viewport, geolocation=HERE, permissions=["geolocation"]
    )
    tiles = re.compile(re.escape(settings.MAP_TILES_URL.split("{")[0]))
    context.route(tiles, lambda route: route.abort())  # no tiles: offline, or blocked
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_default_timeout(15_000)
    return context, page, errors


def find_around_me(page, base):
    page.goto(base + "/")
    page.get_by_role("link", name="Les boutiques en click and collect").first.click()
    page.wait_for_url(re.compile(r"/boutiques/$"))
    page.get_by_label("Dans un rayon de").select_option(label="1 km")
    page.get_by_role("button", name="Autour de moi").click()
    page.wait_for_url(re.compile(r"/boutiques/\?.*lat=48\.114"))


def test_near_me_on_a_phone_then_order_from_the_nearest(browser, live_server, settings):
    from demo.site import load_demo_site

    load_demo_site()
    nearest = shops_around()
    context, page, errors = new_context(browser, PHONE, settings)
    try:
        find_around_me(page, live_server.url)
        expect(page.locator(".results-count")).to_contain_text("3 boutiques dans ce rayon")
        cards = page.locator(".shop-card")
        assert cards.locator(".shop-card-name").all_inner_texts() == [
            "Fournil Sainte-Anne",
            "Fromagerie des Lices",
            "Cave du Thabor",
        ]
        assert cards.locator(".shop-card-distance").all_inner_texts() == [
            "à 160\u00a0m",
            "à 420\u00a0m",
            "à 890\u00a0m",
        ]
        assert page.get_by_label("Dans un rayon de").input_value() == "1000"
        # The map, above the list, without its tiles: a marker per shop, the list usable.
        expect(page.locator(".leaflet-marker-icon")).to_have_count(3)
        map_box = page.locator("[data-directory-map]").bounding_box()
        first_card = cards.first.bounding_box()
        assert map_box["width"] <= PHONE["width"] and map_box["height"] <= 260
        assert map_box["y"] + map_box["height"] <= first_card["y"]
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shot(page, "phone")
        assert errors == []
        serious = axe.blocking(axe.audit(page, "directory near me"))
        assert not serious, axe.describe(serious)

        cards.first.get_by_role("link", name="Fournil Sainte-Anne").click()
        page.wait_for_url(re.compile(r"/boutiques/fournil-sainte-anne/$"))
        add_and_go_to_checkout(page, "Kouign-amann")
        fill_checkout(page, name="Inès Morel", email="ines@example.org", phone="06 11 22 33 44")
        page.get_by_role("button", name="Valider la commande").click()
        order = Order.objects.get()
        page.wait_for_url(f"**/commande/{order.token}/")
        assert order.shop_id == nearest.pk
        assert [line.name for line in order.lines.all()] == ["Kouign-amann"]
    finally:
        context.close()


def test_the_map_stands_beside_the_list_on_a_desktop(browser, live_server, settings):
    from demo.site import load_demo_site

    load_demo_site()
    shops_around()
    context, page, errors = new_context(browser, DESKTOP, settings)
    try:
        find_around_me(page, live_server.url)
        expect(page.locator(".leaflet-marker-icon")).to_have_count(3)
        map_box = page.locator("[data-directory-map]").bounding_box()
        list_box = page.locator(".shop-directory").bounding_box()
        assert map_box["x"] >= list_box["x"] + list_box["width"]  # beside, on the right
        assert map_box["height"] >= 300
        assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]
        # A marker opens a link to its storefront.
        page.locator(".leaflet-marker-icon[title='Cave du Thabor']").click()
        popup = page.locator(".leaflet-popup")
        expect(popup.get_by_role("link", name="Cave du Thabor")).to_have_attribute(
            "href", re.compile(r"/boutiques/[^/]+/$")
        )
        expect(popup.get_by_text("à 890\u00a0m")).to_be_visible()
        expect(popup.get_by_role("button", name="Fermer")).to_be_visible()
        shot(page, "desktop")
        assert errors == []
    finally:
        context.close()


def test_refused_position_and_outside_france(browser, live_server, settings):
    from demo.site import load_demo_site

    load_demo_site()
    shops_around()
    context = browser.new_context(
        locale="fr-FR",
        viewport=PHONE,
        geolocation={"latitude": 51.5074, "longitude": -0.1278},
        permissions=["geolocation"],
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_server.url + "/boutiques/")
        page.get_by_role("button", name="Autour de moi").click()
        page.wait_for_url(re.compile(r"lat=51\.5074"))
        expect(page.get_by_role("alert")).to_contain_text("Cette position est hors de France")
        expect(page.get_by_role("link", name="Librairie pas encore placée")).to_be_visible()
        expect(page.locator(".results-count")).not_to_contain_text("dans ce rayon")
        shot(page, "outside-france")
    finally:
        context.close()
    # Without permission, the browser says no: a message, nothing sent.
    context = browser.new_context(locale="fr-FR", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_server.url + "/boutiques/")
        page.get_by_role("button", name="Autour de moi").click()
        expect(page.locator("[data-locate-status]")).to_contain_text(
            "Votre navigateur n'a pas donné votre position"
        )
        assert page.url.endswith("/boutiques/")
    finally:
        context.close()
