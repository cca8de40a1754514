"""The header navigation: each role its workspace, the shops' directory for everyone, and a
merchant's "Ma boutique" with the count of new orders, read in one query."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.navigation import navigation_for
from storefront_builder.models import OrderStatus
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.backoffice.factories import make_order, make_product, make_shop
from tests.storefront_builder.backoffice.factories import make_slot as make_slot_at

pytestmark = pytest.mark.django_db


def labels(user):
    return [str(item.label) for item in navigation_for(user)]


def item(user, label):
    return next(entry for entry in navigation_for(user) if str(entry.label) == label)


def orders_in(shop, statuses):
    bread = make_product(shop, "Baguette", "1.30")
    slot = make_slot_at(shop, timezone.now() + timedelta(days=1), capacity=len(statuses) + 1)
    return [make_order(slot, [(bread, 1)], status=status) for status in statuses]


def test_everyone_finds_the_shops_directory(owner, advisor, staff):
    from django.contrib.auth.models import AnonymousUser

    for user in (AnonymousUser(), owner, advisor, staff):
        assert "Boutiques" in labels(user)
        assert item(user, "Boutiques").url == reverse("shops:directory")


def test_an_owner_with_a_shop_reaches_her_orders_with_the_count_of_new_ones(owner):
    shop = make_shop(owner)
    orders_in(shop, [OrderStatus.NEW] * 3 + [OrderStatus.READY, OrderStatus.CANCELLED])
    entry = item(owner, "Ma boutique")
    assert entry.url == reverse("shops:orders")
    assert entry.badge == 3
    assert str(entry.badge_label) == "3 nouvelles commandes"
    order = labels(owner)
    assert order.index("Mon plan") < order.index("Ma boutique") < order.index("Mon parcours")


def test_another_shops_orders_are_not_counted(owner):
    other_owner = OwnerFactory()
    make_shop(owner)
    orders_in(make_shop(other_owner), [OrderStatus.NEW] * 2)
    assert item(owner, "Ma boutique").badge == 0
    assert item(other_owner, "Ma boutique").badge == 2


def test_an_owner_without_a_shop_keeps_reaching_the_wizard_through_her_plan(owner):
    assert "Ma boutique" not in labels(owner)
    assert "Mon plan" in labels(owner)


def test_advisors_and_staff_get_no_shop_entry(advisor, staff):
    assert "Ma boutique" not in labels(advisor)
    assert "Ma boutique" not in labels(staff)


@pytest.mark.parametrize("orders", [0, 1, 12])
def test_the_shop_and_its_count_cost_one_query_whatever_the_orders(
    owner, orders, django_assert_num_queries
):
    shop = make_shop(owner)
    orders_in(shop, [OrderStatus.NEW] * orders)
    owner = type(owner).objects.get(pk=owner.pk)  # nothing read yet about her groups or shop
    owner.group_names  # noqa: B018  (the role's own query, read once per request anyway)
    with django_assert_num_queries(1):
        entry = item(owner, "Ma boutique")
        navigation_for(owner)  # the header and the shop's own navigation share it
    assert entry.badge == orders


def test_the_header_shows_the_badge_with_an_accessible_text(client, owner):
    orders_in(make_shop(owner), [OrderStatus.NEW] * 2)
    client.force_login(owner)
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert 'href="/ma-boutique/commandes/"' in page
    assert "2 nouvelles commandes" in page
    assert f'href="{reverse("shops:directory")}"' in page


def test_the_footer_links_the_directory(client):
    page = client.get(reverse("shops:directory")).content.decode()
    footer = page[page.index('class="site-footer"') :]
    assert f'href="{reverse("shops:directory")}"' in footer


def test_a_signed_in_person_finds_her_workspace_first(owner, advisor):
    """On a phone the links scroll sideways: what she comes back for is first, in sight."""
    make_shop(owner)
    assert labels(owner)[:2] == ["Mon plan", "Ma boutique"]
    assert labels(advisor)[0] == "Mon portefeuille"
    assert labels(owner).index("Boutiques") == labels(owner).index("Formations") + 1


def test_a_visitor_sees_the_directory_second(db):
    """A customer on a phone sees the directory without scrolling the strip of links."""
    from django.contrib.auth.models import AnonymousUser

    assert labels(AnonymousUser())[:2] == ["Formations", "Boutiques"]
