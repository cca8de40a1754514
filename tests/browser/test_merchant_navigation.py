"""The header stays compact on a phone and on one line at 1280 px for every role, and a
merchant reaches her orders from it: "Ma boutique" with the count of new orders, then the
shop's own navigation on every merchant page."""

import re

import pytest
from django.conf import settings
from django.test import Client

from tests.accounts.factories import AdvisorFactory, OwnerFactory, StaffFactory
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_certificate_journey import sign_in
from tests.storefront_builder.backoffice.factories import make_order, make_product, make_shop
from tests.storefront_builder.backoffice.factories import make_slot as make_slot_at

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
#: The phone's header: the brand, the tools and the navigation on one scrolling line.
PHONE_HEADER_MAX = 160


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"merchant-nav-{name}.png"))


def header_height(page) -> float:
    return page.locator(".site-header").bounding_box()["height"]


def nav_rows(page) -> set[float]:
    """The distinct tops of the header's navigation links: one value means one line."""
    boxes = [link.bounding_box() for link in page.locator(".main-nav a").all()]
    return {round(box["y"]) for box in boxes if box}


def nav_fits(page) -> bool:
    """Every link lies within the navigation's box: none is scrolled out of sight."""
    nav = page.locator(".main-nav ul").bounding_box()
    boxes = [link.bounding_box() for link in page.locator(".main-nav a").all()]
    return all(
        nav["x"] - 1 <= box["x"] and box["x"] + box["width"] <= nav["x"] + nav["width"] + 1
        for box in boxes
    )


def header_rows(page) -> set[float]:
    """The vertical centres of the brand, the navigation and the tools, rounded."""
    centres = set()
    for selector in (".brand", ".main-nav", ".header-tools"):
        box = page.locator(f".site-header {selector}").bounding_box()
        centres.add(round((box["y"] + box["height"] / 2) / 10))
    return centres


def new_context(browser, viewport, user=None, base=""):
    """A browser context, signed in as ``user`` through a session cookie when given."""
    context = browser.new_context(locale="fr-FR", viewport=viewport)
    if user is not None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def merchant_with_orders(new: int = 3):
    from datetime import timedelta

    from django.utils import timezone

    owner = OwnerFactory(first_name="Marguerite", last_name="Lefèvre-Dubois")
    shop = make_shop(owner, name="Boulangerie du Plateau")
    bread = make_product(shop, "Baguette tradition", "1.30", stock=40)
    slot = make_slot_at(shop, timezone.now() + timedelta(days=1), capacity=20)
    for _ in range(new):
        make_order(slot, [(bread, 1)])
    return owner, shop


def test_merchant_reaches_her_orders_and_the_header_stays_compact(page, browser, live_server):
    owner, shop = merchant_with_orders(new=3)
    base = live_server.url

    # On a phone: a short header, and "Ma boutique" with its count leads to the orders.
    sign_in(page, base, owner)
    page.goto(base + "/mon-parcours/")
    height = header_height(page)
    shot(page, "phone-owner")
    assert height <= PHONE_HEADER_MAX, f"header {height}px high at 390 px"
    link = page.locator(".main-nav a", has_text="Ma boutique")
    assert "3 nouvelles" in link.inner_text() or "3 nouvelles" in link.text_content()
    link.click()
    page.wait_for_url(re.compile(r"/ma-boutique/commandes/"))
    shop_nav = page.get_by_role("navigation", name="Gestion de la boutique")
    for label in ("Commandes", "Produits", "Ma vitrine", "Affiche", "Pause"):
        assert shop_nav.get_by_role("link", name=re.compile(label)).count() >= 1, label
    shop_nav.get_by_role("link", name=re.compile("Produits")).click()
    page.wait_for_url(re.compile(r"/ma-boutique/produits/"))
    shot(page, "phone-products")
    page.get_by_role("navigation", name="Gestion de la boutique").get_by_role(
        "link", name=re.compile("Commandes")
    ).click()
    page.wait_for_url(re.compile(r"/ma-boutique/commandes/"))

    # At 1280 px, the header is one line: navigation links on one row, beside the brand.
    context, desktop = new_context(browser, DESKTOP, owner, base)
    try:
        desktop.goto(base + "/ma-boutique/commandes/")
        shot(desktop, "desktop-owner")
        assert len(nav_rows(desktop)) == 1, nav_rows(desktop)
        assert nav_fits(desktop)
        assert len(header_rows(desktop)) == 1, header_rows(desktop)
    finally:
        context.close()


def test_every_role_gets_a_one_line_header_at_1280_and_a_short_one_on_a_phone(browser, live_server):
    base = live_server.url
    owner, _shop = merchant_with_orders(new=12)
    people = {
        "anonymous": None,
        "owner-without-shop": OwnerFactory(first_name="Bérénice"),
        "owner-with-shop": owner,
        "advisor": AdvisorFactory(first_name="Jean-Baptiste"),
        "staff": StaffFactory(first_name="Marie-Christine"),
    }
    heights = {}
    for name, user in people.items():
        for viewport in (PHONE, DESKTOP):
            context, page = new_context(browser, viewport, user, base)
            try:
                page.goto(base + "/boutiques/")
                if viewport is DESKTOP:
                    assert len(nav_rows(page)) == 1, (name, nav_rows(page))
                    assert nav_fits(page), name
                    assert len(header_rows(page)) == 1, (name, header_rows(page))
                else:
                    heights[name] = header_height(page)
                    shot(page, f"phone-{name}")
            finally:
                context.close()
    print("phone header heights:", heights)  # noqa: T201  (reported with -s)
    assert max(heights.values()) <= PHONE_HEADER_MAX, heights
