"""On a phone, adding a product far down a long storefront keeps the customer where she was:
with JavaScript the page does not move and the basket's count changes in place; without it,
the page comes back on the product's anchor with the news beside it.

The storefront is one stored page for every visitor: the basket's count comes from a fragment
of its own that the script asks for, and adding needs no CSRF token."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from storefront_builder.models import Product
from tests.browser.conftest import ARTIFACTS
from tests.storefront_builder.storefront.factories import make_shop

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _long_shop():
    from demo.site import load_demo_site

    load_demo_site()
    shop = make_shop(name="Épicerie du Canal", slug="epicerie-du-canal")
    Product.objects.bulk_create(
        Product(
            shop=shop,
            name=f"Bocal numéro {number:02d}",
            description="Lentilles, pois chiches et haricots du Puy. " * 2,
            price=Decimal("3.20"),
            stock=10,
            category="Vrac",
            position=number,
        )
        for number in range(30)
    )
    return shop


def _scroll_to(page, name):
    product = page.locator("li.shopfront-product", has_text=name)
    product.scroll_into_view_if_needed()
    return product


def test_adding_far_down_keeps_the_place_and_updates_the_count(page, live_server):
    shop = _long_shop()
    page.goto(f"{live_server.url}/boutiques/{shop.slug}/")
    link = page.locator(".shopfront-basket-link")
    expect(link).to_contain_text("Panier (0 article)")  # from the fragment
    product = _scroll_to(page, "Bocal numéro 27")
    before = page.evaluate("window.scrollY")
    assert before > 1000
    product.get_by_role("button", name="Ajouter au panier").click()
    news = product.locator("[data-basket-news]")
    news.wait_for(state="visible")
    assert "« Bocal numéro 27 » est dans votre panier." in news.inner_text()
    assert "Panier (1 article)" in link.inner_text()
    assert page.evaluate("window.scrollY") > 1000
    # expect() rather than wait_for_function: Playwright evaluates a string predicate with
    # eval(), which the site's Content-Security-Policy refuses.
    expect(page.locator("#panier-annonce")).to_contain_text("Bocal numéro 27")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "basket-added-js.png"))
    # Back on the storefront: the page stored for everyone, her count read apart.
    response = page.goto(f"{live_server.url}/boutiques/{shop.slug}/")
    assert response.headers.get("x-page-cache") == "hit"
    assert "csrfmiddlewaretoken" not in page.content()
    expect(page.locator(".shopfront-basket-link")).to_contain_text("Panier (1 article)")
    page.screenshot(path=str(ARTIFACTS / "basket-added-stored-page.png"))


def test_without_javascript_the_page_lands_on_the_product(browser, live_server):
    shop = _long_shop()
    context = browser.new_context(
        java_script_enabled=False, locale="fr-FR", viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/boutiques/{shop.slug}/")
        product = _scroll_to(page, "Bocal numéro 27")
        product.get_by_role("button", name="Ajouter au panier").click()
        page.wait_for_load_state()
        target = next(p for p in Product.objects.filter(name="Bocal numéro 27"))
        assert page.url.endswith(f"#produit-{target.pk}")
        assert page.evaluate("window.scrollY") > 1000
        assert "est dans votre panier" in product.inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "basket-added-nojs.png"))
        # Without the script the link cannot show her count, and still leads to her basket.
        link = page.locator(".shopfront-basket-link")
        assert link.inner_text().strip() == "Panier"
        link.click()
        page.wait_for_load_state()
        assert "Bocal numéro 27" in page.content()
    finally:
        context.close()
