"""A customer on her phone looks for a book by its ISBN around her and orders it nearby.

From the home page to the shops' directory, then « Chercher un produit »: she types the
ISBN-10 printed on her old copy and presses « Autour de moi » (the browser gives the position
the test set). The two bookshops selling it (stored under its ISBN-13) are listed nearest
first, each with its distance, stock and next pickup; the one out of town is not. She opens
the nearest at the book and adds it to her basket. The same page on a desktop, screenshots
of both kept.
"""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests.browser import axe
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_nearby_journey import DESKTOP, PHONE, new_context
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
    page.screenshot(path=str(ARTIFACTS / f"product-search-{name}.png"), full_page=True)


def bookshops():
    """« L'Étranger » in two bookshops within 1 km (about 160 m and 890 m north) and one in
    Saint-Malo; only the nearest has a slot tomorrow."""
    nearest = make_shop(
        name="Librairie Sainte-Anne",
        slug="librairie-sainte-anne",
        category="bookshop",
        latitude=Decimal("48.115950"),
        longitude=Decimal("-1.680000"),
    )
    further = make_shop(
        name="Librairie du Thabor",
        category="bookshop",
        latitude=Decimal("48.122500"),
        longitude=Decimal("-1.680000"),
    )
    saint_malo = make_shop(
        name="Librairie malouine",
        category="bookshop",
        latitude=Decimal("48.649300"),
        longitude=Decimal("-2.025700"),
    )
    for shop, stock in ((nearest, 3), (further, None), (saint_malo, 5)):
        make_product(shop, name="L'Étranger", reference=ISBN_13, price=Decimal("7.90"), stock=stock)
    make_product(nearest, name="La Peste", reference="9782070360420", price=Decimal("8.90"))
    make_slot(nearest, in_hours=tomorrow_at(10))
    return nearest


def search_the_book(page, base):
    page.goto(base + "/")
    page.get_by_role("link", name="Les boutiques en click and collect").first.click()
    page.wait_for_url(re.compile(r"/boutiques/$"))
    page.get_by_role("link", name="Chercher un produit dans toutes les boutiques").click()
    page.wait_for_url(re.compile(r"/boutiques/produits/$"))
    page.get_by_label("Chercher un produit").fill(ISBN_10)
    page.get_by_role("button", name="Autour de moi").click()
    page.wait_for_url(re.compile(r"/boutiques/produits/\?.*lat=48\.114"))


def test_a_book_by_its_isbn_around_me_then_into_the_basket(browser, live_server, settings):
    from demo.site import load_demo_site

    load_demo_site()
    nearest = bookshops()
    context, page, errors = new_context(browser, PHONE, settings)
    try:
        search_the_book(page, live_server.url)
        expect(page.locator(".results-count")).to_contain_text("2 produits trouvés dans ce rayon")
        finds = page.locator(".product-find")
        assert finds.locator(".product-find-shop a").all_inner_texts() == [
            "Librairie Sainte-Anne",
            "Librairie du Thabor",
        ]
        assert finds.locator(".product-find-distance").all_inner_texts() == [
            "à 160\u00a0m",
            "à 890\u00a0m",
        ]
        expect(finds.first).to_contain_text("L'Étranger")
        expect(finds.first).to_contain_text("3 en stock")
        expect(finds.first.locator(".product-find-pickup")).to_contain_text(
            re.compile(r"Prochain retrait : demain à \d\d:\d\d")
        )
        expect(finds.nth(1)).to_contain_text("Aucun créneau de retrait libre")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shot(page, "phone")
        assert errors == []
        serious = axe.blocking(axe.audit(page, "product search near me"))
        assert not serious, axe.describe(serious)

        finds.first.get_by_role("link", name="Librairie Sainte-Anne").click()
        page.wait_for_url(re.compile(r"/boutiques/librairie-sainte-anne/#produit-\d+$"))
        book = page.locator("li.shopfront-product", has_text="L'Étranger")
        expect(book).to_be_in_viewport()
        book.get_by_role("button", name="Ajouter au panier").click()
        page.locator('.shopfront-basket-link[data-basket-count="1"]').first.wait_for()
        page.locator(".shopfront-basket-link").first.click()
        expect(page.locator("main")).to_contain_text("L'Étranger")
        assert nearest.slug in page.url
    finally:
        context.close()


def test_the_results_on_a_desktop_and_a_bad_isbn(browser, live_server, settings):
    from demo.site import load_demo_site

    load_demo_site()
    bookshops()
    context, page, errors = new_context(browser, DESKTOP, settings)
    try:
        search_the_book(page, live_server.url)
        expect(page.locator(".product-find")).to_have_count(2)
        assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]
        shot(page, "desktop")
        page.get_by_label("Chercher un produit").fill("2-07-036822-5")
        page.get_by_role("button", name="Rechercher").click()
        expect(page.get_by_role("alert")).to_contain_text("Cet ISBN n'est pas valide")
        expect(page.locator(".product-find")).to_have_count(0)
        assert errors == []
    finally:
        context.close()
