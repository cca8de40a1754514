"""The day's board: the right day's orders, slot by slot, in a constant number of queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from storefront_builder.models import OrderStatus
from tests.storefront_builder.backoffice.factories import (
    DAY,
    at,
    make_order,
    make_product,
    make_slot,
)

pytestmark = pytest.mark.django_db


def board(client, day=DAY):
    return client.get(reverse("shops:orders"), {"jour": f"{day:%Y-%m-%d}"})


def test_the_day_lists_only_its_orders_grouped_by_slot(owner_client, shop, bread, cake, morning):
    late = make_slot(shop, at(DAY, 11), capacity=2)
    first = make_order(morning, [(bread, 2), (cake, 1)], customer_name="Aïcha Benali")
    second = make_order(late, [(bread, 1)], customer_name="Bruno Lefèvre")
    tomorrow = make_slot(shop, at(DAY + timedelta(days=1), 9))
    make_order(tomorrow, [(bread, 5)], customer_name="Demain Pasici")

    response = board(owner_client)

    assert response.status_code == 200
    rows = response.context["board"].rows
    assert [row.slot for row in rows if row.slot.pk] == [morning, late]
    by_slot = {row.slot.pk: row.orders for row in rows}
    assert by_slot[morning.pk] == [first]
    assert by_slot[late.pk] == [second]
    page = response.content.decode()
    assert "Aïcha Benali" in page and "Bruno Lefèvre" in page
    assert "Demain Pasici" not in page
    assert "2 × Baguette tradition" in page
    assert first.customer_phone in page
    assert "21,10\u00a0€" in page  # 2 × 1,30 + 18,50
    assert "1 / 4 places réservées" in page
    assert page.index("Aïcha Benali") < page.index("Bruno Lefèvre")


def test_counts_per_status(owner_client, morning, bread):
    make_order(morning, [(bread, 1)])
    make_order(morning, [(bread, 1)], status=OrderStatus.READY)
    make_order(morning, [(bread, 1)], status=OrderStatus.READY)
    counts = board(owner_client).context["board"].counts
    assert counts == {OrderStatus.NEW: 1, OrderStatus.READY: 2}


def test_today_by_default_with_links_to_the_days_around(owner_client, shop, bread):
    today = timezone.localdate()
    slot = make_slot(shop, at(today, 10))
    make_order(slot, [(bread, 1)], customer_name="Commande Dujour")
    response = owner_client.get(reverse("shops:orders"))
    assert response.status_code == 200
    assert response.context["day"] == today
    page = response.content.decode()
    assert "Commande Dujour" in page
    assert f"?jour={today - timedelta(days=1):%Y-%m-%d}" in page
    assert f"?jour={today + timedelta(days=1):%Y-%m-%d}" in page


def test_a_malformed_day_is_refused_with_the_typed_value_kept(owner_client):
    response = owner_client.get(reverse("shops:orders"), {"jour": "2031-13-45"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Ce jour n&#x27;existe pas" in page or "Ce jour n'existe pas" in page
    assert 'value="2031-13-45"' in page


def test_the_day_board_keeps_a_constant_number_of_queries(
    owner_client, shop, django_assert_max_num_queries
):
    product = make_product(shop, "Pain de campagne", "4.20")
    other = make_product(shop, "Croissant", "1.10")

    def fill(day, count):
        slots = [make_slot(shop, at(day, 8 + n), capacity=40) for n in range(4)]
        for n in range(count):
            make_order(slots[n % 4], [(product, 1), (other, 2)])

    small_day, big_day = DAY, DAY + timedelta(days=7)
    fill(small_day, 3)
    fill(big_day, 40)

    board(owner_client, small_day)  # the first request of a session loads a little more
    with CaptureQueriesContext(connection) as small:
        assert board(owner_client, small_day).status_code == 200
    with CaptureQueriesContext(connection) as big:
        response = board(owner_client, big_day)
    assert len(response.context["board"].orders) == 40
    assert len(big) == len(small)
    with django_assert_max_num_queries(len(small)):
        board(owner_client, big_day)
