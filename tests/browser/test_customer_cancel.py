"""A customer orders from a storefront on her phone, then cancels from her order page in
Chromium: the cancel button asks first, and the form passes Django's CSRF check (the page's
referrer policy lets the browser send its real Origin)."""

from decimal import Decimal

import pytest

from storefront_builder.models import Order, OrderStatus
from tests.browser.conftest import ARTIFACTS
from tests.storefront_builder.storefront.factories import make_product, make_shop, make_slot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_customer_orders_then_cancels_from_her_order_page(page, live_server, settings):
    from demo.site import load_demo_site

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = live_server.url
    load_demo_site()
    shop = make_shop(name="Fournil des Pentes", slug="fournil-des-pentes")
    make_product(shop, name="Pain aux figues", price=Decimal("4.20"), stock=6)
    make_slot(shop, in_hours=26)
    base = live_server.url

    page.goto(f"{base}/boutiques/{shop.slug}/")
    page.locator("li.shopfront-product", has_text="Pain aux figues").get_by_role(
        "button", name="Ajouter au panier"
    ).click()
    # The basket is saved by a fetch: its link shows the new count once the server answered.
    page.locator('.shopfront-basket-link[data-basket-count="1"]').first.wait_for()
    # Through the basket, as she would: its link, then "Commander".
    page.locator(".shopfront-basket-link").first.click()
    page.get_by_role("link", name="Commander").click()
    page.locator("[name=customer_name]").fill("Inès Morel")
    page.locator("[name=customer_email]").fill("ines@example.org")
    page.locator("[name=customer_phone]").fill("06 11 22 33 44")
    page.locator("input[type=radio][name=slot]").first.check()
    page.get_by_role("button", name="Valider la commande").click()
    order = Order.objects.get()
    page.wait_for_url(f"**/commande/{order.token}/")

    # A first click only asks: nothing is cancelled yet.
    page.get_by_text("Annuler ma commande", exact=True).click()
    question = page.get_by_text(f"Annuler la commande n° {order.number} ?")
    assert question.is_visible()
    order.refresh_from_db()
    assert order.status == OrderStatus.NEW
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "customer-cancel-confirm.png"), full_page=True)

    page.get_by_role("button", name="Oui, annuler ma commande").click()
    page.wait_for_load_state()
    assert "403" not in page.title()
    assert "Votre commande est annulée." in page.content()
    assert "Vous avez annulé cette commande." in page.content()
    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED
