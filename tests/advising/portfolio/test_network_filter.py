"""The portfolio's « Réseau de boutiques » filter: an advisor picks among the networks her own
businesses' shops belong to, and gets exactly those businesses, on the page and in the
exports. A network she has nothing in is not offered, and asking for it by its id is refused
rather than answered, so nothing of another portfolio leaks through it."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from storefront_builder.models import MembershipStatus, Network, NetworkMembership
from tests.advising.portfolio.conftest import follow, open_shop
from tests.advising.portfolio.helpers import (
    CSV_URL,
    URL,
    XLSX_URL,
    csv_table,
    page_names,
    page_rows,
    xlsx_table,
)
from tests.advising.portfolio.test_queries import MAX_QUERIES

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)


def make_network(name: str) -> Network:
    number = next(_numbers)
    return Network.objects.create(name=name, slug=f"reseau-{number}", kind="street", commune="Lyon")


def join(network: Network, shop, status: str = MembershipStatus.ACTIVE) -> NetworkMembership:
    return NetworkMembership.objects.create(network=network, shop=shop, status=status)


def followed_shop(advisor, name: str):
    """A business followed by ``advisor`` and its online shop."""
    business = follow(advisor, trade_name=name, commune="Lyon")
    return business, open_shop(business)


@pytest.fixture
def networks(advisor, other_advisor):
    """Her three businesses: Alpha and Bravo are members of « Rue des Arts », Charlie is only
    invited to it (and to « Librairies », where nobody of hers is a member). Delta, followed by
    the other advisor, is a member of « Rue des Arts » and of « Halles du Centre »."""
    _alpha, alpha = followed_shop(advisor, "Alpha")
    _bravo, bravo = followed_shop(advisor, "Bravo")
    _charlie, charlie = followed_shop(advisor, "Charlie")
    _delta, delta = followed_shop(other_advisor, "Delta")
    street = make_network("Rue des Arts")
    halls = make_network("Halles du Centre")
    bookshops = make_network("Librairies")
    for shop in (alpha, bravo, delta):
        join(street, shop)
    join(street, charlie, MembershipStatus.INVITED)
    join(halls, delta)
    join(bookshops, charlie, MembershipStatus.INVITED)
    join(bookshops, alpha, MembershipStatus.DECLINED)
    return {"street": street, "halls": halls, "bookshops": bookshops}


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


def reseau_choices(response) -> list[tuple[str, str]]:
    field = response.context["form"].fields["reseau"]
    return [(value, str(label)) for value, label in field.choices]


def test_her_choices_are_her_networks_each_once(signed_in, networks):
    response = signed_in.get(URL)
    assert response.status_code == 200
    street = networks["street"]
    assert reseau_choices(response) == [("", "Tous"), (str(street.pk), "Rue des Arts")]
    html = response.content.decode()
    assert 'name="reseau"' in html
    assert "Réseau de boutiques" in html
    assert "Halles du Centre" not in html
    assert "Librairies" not in html


def test_the_select_is_not_shown_without_networks(signed_in, advisor):
    followed_shop(advisor, "Alpha")
    response = signed_in.get(URL)
    assert response.status_code == 200
    assert reseau_choices(response) == [("", "Tous")]
    assert 'name="reseau"' not in response.content.decode()


def test_filtering_by_her_network_lists_her_members_only(signed_in, networks):
    response = signed_in.get(URL, {"reseau": networks["street"].pk})
    assert response.status_code == 200
    assert page_names(response) == ["Alpha", "Bravo"]
    assert response.context["filtered"] is True
    assert signed_in.get(URL).context["filtered"] is False


def test_the_exports_hold_the_filtered_rows(signed_in, networks):
    params = {"reseau": networks["street"].pk}
    page = page_rows(signed_in.get(URL, params))
    assert [row[0] for row in page] == ["Alpha", "Bravo"]
    csv_response = signed_in.get(CSV_URL, params)
    assert csv_response.status_code == 200
    assert csv_table(csv_response)[1:] == page
    xlsx_response = signed_in.get(XLSX_URL, params)
    assert xlsx_response.status_code == 200
    assert xlsx_table(xlsx_response)[1:] == page


@pytest.mark.parametrize("network", ["halls", "bookshops"])
def test_a_network_outside_her_portfolio_is_refused(signed_in, networks, network):
    params = {"reseau": networks[network].pk}
    response = signed_in.get(URL, params)
    assert response.status_code == 400
    assert "rows" not in response.context
    html = response.content.decode()
    assert "Ces filtres ne sont pas valides" in html
    assert "Delta" not in html
    for url in (CSV_URL, XLSX_URL):
        export = signed_in.get(url, params)
        assert export.status_code == 400, url
        assert "Ces filtres ne sont pas valides" in export.content.decode()


@pytest.mark.parametrize("value", ["abc", "99999999999999999999", "\x00", "-1"])
def test_an_odd_network_id_is_a_400(signed_in, networks, value):
    assert signed_in.get(URL, {"reseau": value}).status_code == 400
    assert signed_in.get(CSV_URL, {"reseau": value}).status_code == 400


def test_staff_choose_among_every_network_with_a_business(client, staff, networks):
    client.force_login(staff)
    response = client.get(URL)
    halls, street = networks["halls"], networks["street"]
    assert reseau_choices(response) == [
        ("", "Tous"),
        (str(halls.pk), "Halles du Centre"),
        (str(street.pk), "Rue des Arts"),
    ]
    assert page_names(client.get(URL, {"reseau": street.pk})) == ["Alpha", "Bravo", "Delta"]
    assert page_names(client.get(URL, {"reseau": halls.pk})) == ["Delta"]


def test_queries_do_not_grow_with_networks_and_businesses(
    signed_in, advisor, other_advisor, django_assert_max_num_queries
):
    """Each business of hers has its own network too, so choices and rows grow together."""
    shared = make_network("Rue des Arts")

    def build(n):
        for _ in range(n):
            for owner in (advisor, other_advisor):
                _business, shop = followed_shop(owner, f"Commerce {next(_numbers)}")
                join(shared, shop)
                join(make_network(f"Réseau {next(_numbers)}"), shop)

    def measure(url, params) -> int:
        with (
            django_assert_max_num_queries(MAX_QUERIES),
            CaptureQueriesContext(connection) as queries,
        ):
            assert signed_in.get(url, params).status_code == 200
        return len(queries)

    cases = [(URL, {}), (URL, {"reseau": shared.pk}), (CSV_URL, {"reseau": shared.pk})]
    build(2)
    signed_in.get(URL)  # warm the per-process caches out of the count
    few = [measure(url, params) for url, params in cases]
    assert len(page_names(signed_in.get(URL, {"reseau": shared.pk}))) == 2
    build(4)
    response = signed_in.get(URL, {"reseau": shared.pk})
    assert len(page_names(response)) == 6
    assert len(reseau_choices(response)) == 1 + 1 + 6
    assert [measure(url, params) for url, params in cases] == few
