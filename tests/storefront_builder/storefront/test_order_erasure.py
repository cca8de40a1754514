"""A customer without an account erases her contact details from her order page, once the
order is over; the shop keeps its accounting."""

import pytest
from django.urls import reverse

from storefront_builder.models import Order, OrderStatus
from tests.storefront_builder.backoffice.factories import make_order, make_product
from tests.storefront_builder.storefront.factories import make_slot

pytestmark = pytest.mark.django_db


def _order(shop, *, in_hours, status):
    return make_order(
        make_slot(shop, in_hours=in_hours),
        [(make_product(shop), 2)],
        status=status,
        note="Sans sésame",
    )


def _erase(client, order, **data):
    return client.post(reverse("shops:order_erase", args=[order.token]), data)


def test_collected_order_offers_the_erasure_and_erases_once_confirmed(client, shop, home_page):
    order = _order(shop, in_hours=-3, status=OrderStatus.COLLECTED)
    page = client.get(reverse("shops:order", args=[order.token])).content.decode()
    assert "Effacer mes coordonnées" in page

    response = _erase(client, order, confirmation="oui")
    assert response.status_code == 302
    order.refresh_from_db()
    assert (order.customer_name, order.customer_email, order.customer_phone, order.note) == (
        "",
        "",
        "",
        "",
    )
    assert order.customer_erased_at is not None
    assert order.total > 0 and order.lines.count() == 1
    page = client.get(reverse("shops:order", args=[order.token])).content.decode()
    assert "Vos coordonnées ont été effacées" in page
    assert "L123-22" in page
    assert "Effacer mes coordonnées" not in page


def test_without_confirmation_nothing_is_erased(client, shop, home_page):
    order = _order(shop, in_hours=-3, status=OrderStatus.CANCELLED)
    response = _erase(client, order)
    assert response.status_code == 400
    order.refresh_from_db()
    assert order.customer_name.startswith("Claire") and order.customer_erased_at is None


def test_an_order_to_collect_keeps_its_details(client, shop, home_page):
    order = _order(shop, in_hours=24, status=OrderStatus.READY)
    page = client.get(reverse("shops:order", args=[order.token])).content.decode()
    assert "Effacer mes coordonnées" not in page
    response = _erase(client, order, confirmation="oui")
    assert response.status_code == 400
    assert "pas terminée" in response.content.decode()
    order.refresh_from_db()
    assert order.customer_email.endswith("@client.example")


def test_an_order_never_collected_is_over_a_week_after_its_slot(client, shop, home_page):
    order = _order(shop, in_hours=-8 * 24, status=OrderStatus.READY)
    assert _erase(client, order, confirmation="oui").status_code == 302
    order.refresh_from_db()
    assert order.customer_erased_at is not None


def test_erasing_one_order_leaves_the_others(client, shop, home_page):
    mine = _order(shop, in_hours=-3, status=OrderStatus.COLLECTED)
    other = _order(shop, in_hours=-2, status=OrderStatus.COLLECTED)
    _erase(client, mine, confirmation="oui")
    other.refresh_from_db()
    assert other.customer_name.startswith("Claire")
    assert Order.objects.filter(customer_erased_at__isnull=False).count() == 1


def test_an_unknown_token_is_a_404(client, home_page):
    response = client.post(reverse("shops:order_erase", args=["x" * 43]), {"confirmation": "oui"})
    assert response.status_code == 404


def test_the_merchant_sees_that_the_details_were_erased(client, shop, home_page):
    order = _order(shop, in_hours=-3, status=OrderStatus.COLLECTED)
    _erase(client, order, confirmation="oui")
    client.force_login(shop.owner)
    page = client.get(reverse("shops:order_detail", args=[order.pk])).content.decode()
    assert "Coordonnées effacées le" in page
    assert "Claire" not in page
