"""The figures page: values on a known set of orders, Paris days, access and constant queries."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from storefront_builder.backoffice.selectors import FIGURE_DAYS, FIGURE_WEEKS, shop_figures
from storefront_builder.models import OrderStatus
from tests.storefront_builder.backoffice.factories import (
    DAY,
    at,
    make_order,
    make_product,
    make_shop,
    make_slot,
)

pytestmark = pytest.mark.django_db

NOW = at(DAY, 20)  # Thursday 12 June 2031, 20:00 in Paris
YESTERDAY = DAY - timedelta(days=1)


@pytest.fixture
def known(shop, other_shop, bread, cake):
    """Three orders over two days: one collected, one cancelled, one never collected."""
    wednesday = make_slot(shop, at(YESTERDAY, 9), capacity=4)
    thursday = make_slot(shop, at(DAY, 10), capacity=4)
    make_slot(shop, at(DAY, 11), capacity=4, closed=True)  # closed empty: offered nothing
    collected = make_order(wednesday, [(bread, 2), (cake, 1)], status=OrderStatus.COLLECTED)
    make_order(wednesday, [(cake, 1)], status=OrderStatus.CANCELLED, book=False)
    no_show = make_order(thursday, [(bread, 3)])
    # Outside the 30 days, and another shop's: neither counts.
    make_order(make_slot(shop, at(DAY - timedelta(days=40), 9)), [(cake, 5)])
    make_order(make_slot(other_shop, at(DAY, 9)), [(make_product(other_shop, "Comté"), 9)])
    return collected, no_show


def test_the_figures_of_a_known_set_of_orders(shop, known):
    figures = shop_figures(shop, now=NOW)
    assert len(figures.days) == FIGURE_DAYS and figures.days[-1].start == DAY
    wednesday, thursday = figures.days[-2], figures.days[-1]
    assert (wednesday.start, wednesday.orders, wednesday.sales, wednesday.cancelled) == (
        YESTERDAY,
        1,
        Decimal("21.10"),
        1,
    )
    assert (thursday.orders, thursday.sales, thursday.cancelled) == (1, Decimal("3.90"), 0)
    assert all(day.orders == 0 and day.sales == 0 for day in figures.days[:-2])
    assert figures.orders == 2
    assert figures.sales == Decimal("25.00")
    assert figures.average_basket == Decimal("12.50")
    assert figures.cancelled == 1

    assert len(figures.weeks) == FIGURE_WEEKS
    this_week = figures.weeks[-1]
    assert this_week.start == DAY - timedelta(days=DAY.weekday())  # Monday 9 June
    assert (this_week.orders, this_week.sales, this_week.cancelled) == (2, Decimal("25.00"), 1)
    # The order of 40 days ago is out of the 30 days, but inside the 12 weeks.
    assert sum(week.orders for week in figures.weeks) == 3
    assert [week.sales for week in figures.weeks if week.orders] == [
        Decimal("92.50"),
        Decimal("25.00"),
    ]

    assert [(p.name, p.quantity, p.amount) for p in figures.best_sellers] == [
        ("Baguette tradition", 5, Decimal("6.50")),
        ("Tarte aux fraises", 1, Decimal("18.50")),
    ]
    assert (figures.no_shows.ended, figures.no_shows.missed) == (2, 1)
    assert figures.no_shows.rate == Decimal("0.5")

    assert [(day.label, day.booked, day.capacity, day.percent) for day in figures.fill] == [
        ("mercredi", 1, 4, 25),
        ("jeudi", 1, 4, 25),
    ]
    assert figures.fill_rate == Decimal("0.25")


def test_an_order_is_not_a_no_show_before_its_slot_ends(shop, known):
    figures = shop_figures(shop, now=at(DAY, 10, 15))  # Thursday's slot is under way
    assert (figures.no_shows.ended, figures.no_shows.missed) == (1, 0)


def test_days_are_those_of_paris_not_utc(shop, bread):
    # 00:30 on Thursday in Paris is still Wednesday 22:30 in UTC.
    make_order(make_slot(shop, at(DAY, 0, 30)), [(bread, 1)], status=OrderStatus.COLLECTED)
    # 00:30 on Monday in Paris opens this week; in UTC it is still last week's Sunday.
    make_order(make_slot(shop, at(DAY - timedelta(days=3), 0, 30)), [(bread, 1)])
    figures = shop_figures(shop, now=NOW)
    assert figures.days[-1].orders == 1 and figures.days[-2].orders == 0
    assert figures.days[-4].start == DAY - timedelta(days=3)  # Monday 9 June
    assert figures.days[-4].orders == 1
    assert figures.weeks[-1].orders == 2 and figures.weeks[-2].orders == 0


def test_the_page_shows_the_figures_formatted_in_french(owner_client, shop, bread, cake):
    today = timezone.localdate()
    slot = make_slot(shop, at(today - timedelta(days=1), 9))
    make_order(slot, [(bread, 2), (cake, 1)], status=OrderStatus.COLLECTED)
    make_order(slot, [(cake, 1)], status=OrderStatus.CANCELLED, book=False)
    response = owner_client.get(reverse("shops:figures"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Mes chiffres" in page
    assert "21,10\u00a0€" in page  # the day's sales, cancelled order left out
    assert "39,60" not in page
    assert "Baguette tradition" in page
    assert '<svg viewBox="0 0' in page and 'role="img"' in page
    assert 'data-chart="daily"' in page and 'data-chart="weekly"' in page
    assert "<table" in page and "<caption>" in page


def test_the_figures_keep_a_constant_number_of_queries(
    client, owner, other_owner, django_assert_max_num_queries
):
    today = timezone.localdate()

    def shop_with(user, count):
        shop = make_shop(user)
        products = [make_product(shop, f"Produit {n}", "2.00") for n in range(3)]
        for n in range(count):
            slot = make_slot(shop, at(today - timedelta(days=n % 25), 8, n // 25 * 10), capacity=40)
            status = OrderStatus.CANCELLED if n % 7 == 0 else OrderStatus.COLLECTED
            make_order(slot, [(products[n % 3], 1 + n % 2)], status=status)
        return shop

    shop_with(owner, 3)
    shop_with(other_owner, 60)
    client.force_login(owner)
    client.get(reverse("shops:figures"))  # the first request of a session loads a little more
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("shops:figures")).status_code == 200
    # Counted now: the next request empties the connection's log.
    few_orders = len(few)
    assert few_orders > 5
    client.force_login(other_owner)
    client.get(reverse("shops:figures"))
    with django_assert_max_num_queries(few_orders):
        response = client.get(reverse("shops:figures"))
    assert response.context["figures"].orders > 40


def test_only_the_owner_sees_her_figures(client, shop, other_owner, other_shop, bread):
    make_order(
        make_slot(shop, at(timezone.localdate(), 9)),
        [(bread, 1)],
        customer_name="Zoé Secret",
    )
    response = client.get(reverse("shops:figures"))
    assert response.status_code == 302 and "next=" in response["Location"]
    client.force_login(other_owner)
    page = client.get(reverse("shops:figures")).content.decode()
    assert "Baguette tradition" not in page
    assert other_shop.name in page and shop.name not in page
