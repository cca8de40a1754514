"""A customer orders from a storefront on her phone, then cancels from her order page in
Chromium: the cancel button asks first, and the form passes Django's CSRF check (the page's
referrer policy lets the browser send its real Origin)."""

from decimal import Decimal

import pytest

from storefront_builder.models import Order, OrderStatus
from tests.browser.conftest import ARTIFACTS
from tests.browser.shopping import add_and_go_to_checkout, fill_checkout
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
    add_and_go_to_checkout(page, "Pain aux figues")
    fill_checkout(page, name="Inès Morel", email="ines@example.org", phone="06 11 22 33 44")
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
