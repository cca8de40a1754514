"""Every merchant page carries the shop's own navigation (orders with the count of new ones,
products, storefront, closures, figures, poster, pause), and the count is read once a page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from storefront_builder.models import OrderStatus
from tests.storefront_builder.backoffice.factories import make_order

pytestmark = pytest.mark.django_db

LINKS = [
    "shops:orders",
    "shops:products",
    "shops:wizard",
    "shops:closures",
    "shops:figures",
    "shops:poster",
    "shops:pause",
]


def merchant_pages(order, bread):
    return [
        reverse("shops:orders"),
        reverse("shops:order_detail", args=[order.pk]),
        reverse("shops:pause"),
        reverse("shops:products"),
        reverse("shops:product_add"),
        reverse("shops:product_edit", args=[bread.pk]),
        reverse("shops:product_import"),
        reverse("shops:wizard"),
    ]


def shop_nav(page: str) -> str:
    start = page.index('class="backoffice-nav"')
    return page[start : page.index("</nav>", start)]


def test_every_merchant_page_links_the_whole_shop(owner_client, order, bread):
    for url in merchant_pages(order, bread):
        response = owner_client.get(url)
        assert response.status_code == 200, url
        nav = shop_nav(response.content.decode())
        for name in LINKS:
            assert f'href="{reverse(name)}"' in nav, (url, name)


def test_the_orders_entry_says_how_many_are_new(owner_client, order, morning, bread):
    make_order(morning, [(bread, 1)])
    make_order(morning, [(bread, 1)], status=OrderStatus.PREPARING)
    nav = shop_nav(owner_client.get(reverse("shops:products")).content.decode())
    assert "2 nouvelles commandes" in nav
    assert 'aria-current="page"' in nav.split(reverse("shops:products"))[1][:30]


def test_the_count_is_read_once_for_the_header_and_the_shop_navigation(
    owner_client, order, morning, bread
):
    def count_queries(url):
        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(url).status_code == 200
        return sum(
            "FROM shops_shop s WHERE s.owner_id" in query["sql"]
            for query in queries.captured_queries
        )

    assert count_queries(reverse("shops:orders")) == 1
    for _ in range(3):
        make_order(morning, [(bread, 1)])
    assert count_queries(reverse("shops:orders")) == 1
    assert count_queries(reverse("shops:products")) == 1


def test_another_owners_counts_stay_hers(client, other_owner, other_shop, order):
    client.force_login(other_owner)
    page = client.get(reverse("shops:orders")).content.decode()
    assert "nouvelle commande" not in page
