"""A network's public page: its online members only, one search across their catalogues with
a product several members stock shown once, « commander ici » at the member of her choice,
bad input refused in French with nothing added, the page stored for every visitor until a
member joins or leaves, and a page that costs the same queries for 2 or 6 members."""

import json
from html import unescape

import extruct
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.page_cache import HEADER, local_tier
from storefront_builder.models import MembershipStatus, ShopStatus
from storefront_builder.networks import services
from storefront_builder.storefront.basket import SESSION_PREFIX
from tests.storefront_builder.networks.factories import join, make_network
from tests.storefront_builder.storefront.factories import make_product, make_shop, make_slot
from tests.storefront_builder.storefront.test_nearby import HERE, placed

ISBN_10 = "2-07-036822-X"
ISBN_13 = "9782070368228"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_local_tier():
    local_tier.clear()


def page_url(network, **query) -> str:
    base = reverse("shops:network", args=[network.slug])
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def baskets(client) -> list[str]:
    """The session's basket keys (a session is not iterable, only its keys)."""
    return [key for key in client.session.keys() if key.startswith(SESSION_PREFIX)]  # noqa: SIM118


def bookshops():
    """Two member bookshops 300 m and 900 m from HERE selling the same book, with free slots,
    and a non-member next door selling it too."""
    near = placed("Librairie Proche", 300)
    far = placed("Librairie Lointaine", 900, 90)
    outsider = placed("Librairie Voisine", 100, 180)
    for shop in (near, far, outsider):
        make_product(shop, name="L'Étranger", reference=ISBN_13, stock=3)
        make_slot(shop, in_hours=20)
    return make_network(near, far), near, far, outsider


def test_the_page_shows_only_members_that_accepted_and_are_online(client):
    member = make_shop(name="Épicerie Membre")
    invited, declined = make_shop(name="Invitée Ailleurs"), make_shop(name="Refus Poli")
    offline = make_shop(name="Brouillon Discret", status=ShopStatus.DRAFT)
    network = make_network(member)
    join(network, invited, MembershipStatus.INVITED)
    join(network, declined, MembershipStatus.DECLINED)
    join(network, offline)
    html = client.get(page_url(network)).content.decode()
    assert "Épicerie Membre" in html
    for name in ("Invitée Ailleurs", "Refus Poli", "Brouillon Discret"):
        assert name not in html


def test_a_network_without_a_member_online_is_not_found(client):
    offline = make_shop(status=ShopStatus.DRAFT)
    network = make_network(offline)
    assert client.get(page_url(network)).status_code == 404
    assert client.get(reverse("shops:network", args=["nulle-part"])).status_code == 404
    assert network.name not in client.get(reverse("shops:networks")).content.decode()


def test_a_book_in_two_members_is_one_offer_nearest_chosen_first(client):
    network, near, far, outsider = bookshops()
    response = client.get(page_url(network, q=ISBN_10, lat=HERE.latitude, lon=HERE.longitude))
    offers = response.context["page"].object_list
    assert response.status_code == 200 and len(offers) == 1
    assert [line.shop for line in offers[0].lines] == [near, far]
    assert offers[0].chosen.shop == near
    html = response.content.decode()
    assert "Librairie Voisine" not in html.split('id="network-members-heading"')[0]
    assert "à 300\u00a0m" in html and "à 900\u00a0m" in html


def test_the_nearest_member_sold_out_is_not_chosen(client):
    network, near, far, _outsider = bookshops()
    near.products.update(stock=0)
    response = client.get(page_url(network, q=ISBN_13, lat=HERE.latitude, lon=HERE.longitude))
    offer = response.context["page"].object_list[0]
    assert [line.shop for line in offer.lines] == [far, near]
    assert offer.chosen.shop == far


def test_ordering_here_puts_the_book_in_the_chosen_members_basket(client):
    network, near, far, _outsider = bookshops()
    book = far.products.get()
    response = client.post(
        reverse("shops:network_order", args=[network.slug]),
        {"product": book.pk, "quantity": 2, "next": page_url(network, q=ISBN_13)},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("shops:basket", args=[far.slug])
    assert client.session[f"{SESSION_PREFIX}{far.pk}"] == {str(book.pk): 2}
    assert f"{SESSION_PREFIX}{near.pk}" not in client.session


@pytest.mark.parametrize("case", ["outsider", "beyond_stock", "nothing_chosen"])
def test_a_refused_order_says_why_and_adds_nothing(client, case):
    network, near, _far, outsider = bookshops()
    data = {"product": near.products.get().pk, "quantity": 1, "next": page_url(network, q=ISBN_13)}
    if case == "outsider":
        data["product"] = outsider.products.get().pk
    elif case == "beyond_stock":
        data["quantity"] = 4
    else:
        del data["product"]
    response = client.post(reverse("shops:network_order", args=[network.slug]), data)
    html = unescape(response.content.decode())
    assert response.status_code == 400
    expected = {
        "outsider": "n'est plus proposé par les boutiques du réseau",
        "beyond_stock": "Il ne reste que 3",
        "nothing_chosen": "Choisissez la boutique où retirer ce produit.",
    }[case]
    assert expected in html
    assert f'value="{ISBN_13}"' in html  # her search kept
    assert not baskets(client)


def test_an_order_posted_from_another_site_is_refused(client):
    network, near, _far, _outsider = bookshops()
    response = client.post(
        reverse("shops:network_order", args=[network.slug]),
        {"product": near.products.get().pk, "quantity": 1},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert response.status_code == 403
    assert not baskets(client)


def test_a_malformed_isbn_gets_its_french_message(client):
    network, *_shops = bookshops()
    response = client.get(page_url(network, q="2-07-036822-5"))
    assert response.status_code == 400
    assert "ISBN" in response.content.decode()
    assert not response.context["page"].object_list


def test_the_stored_page_changes_when_a_member_leaves(client):
    network, near, far, _outsider = bookshops()
    assert client.get(page_url(network))[HEADER] == "miss"
    assert client.get(page_url(network))[HEADER] == "hit"
    services.leave(network, far)
    response = client.get(page_url(network))
    assert response[HEADER] == "miss"
    assert "Librairie Lointaine" not in response.content.decode()


def test_a_search_is_never_stored(client):
    network, *_shops = bookshops()
    client.get(page_url(network, q=ISBN_13))
    assert client.get(page_url(network, q=ISBN_13)).get(HEADER) != "hit"


def _members(count: int):
    shops = [placed(f"Librairie {n}", 200 * (n + 1), 30 * n) for n in range(count)]
    for shop in shops:
        make_product(shop, name="L'Étranger", reference=ISBN_13, stock=2)
        make_product(shop, name="Carnet de croquis")
        make_slot(shop, in_hours=20)
    return make_network(*shops)


@pytest.mark.parametrize("query", [ISBN_13, "carnet"])
def test_a_search_costs_the_same_queries_for_2_or_6_members(client, query):
    small, large = _members(2), _members(6)
    client.get(page_url(small, q=query))  # the site's settings and menus, read once
    counts = []
    for network in (small, large):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page_url(network, q=query, lat=HERE.latitude, lon=HERE.longitude))
        assert response.status_code == 200
        counts.append(len(queries))
    lines = sum(len(offer.lines) for offer in response.context["page"].object_list)
    assert lines >= 6
    assert counts[0] == counts[1]


def test_search_engines_read_the_network_and_its_members(client):
    network, near, far, _outsider = bookshops()
    html = client.get(page_url(network)).content.decode()
    data = extruct.extract(html, syntaxes=["json-ld", "opengraph"], uniform=True)
    (organisation,) = [item for item in data["json-ld"] if item["@type"] == "Organization"]
    assert organisation["name"] == network.name
    members = {member["name"]: member for member in organisation["member"]}
    assert set(members) == {"Librairie Proche", "Librairie Lointaine"}
    proche = members["Librairie Proche"]
    assert proche["address"]["postalCode"] == near.postcode
    assert proche["geo"]["latitude"] == pytest.approx(float(near.latitude))
    assert proche["url"].endswith(reverse("shops:storefront", args=[near.slug]))
    assert json.dumps(organisation)  # plain JSON
    assert data["opengraph"][0]["og:title"] == network.name


def test_the_storefront_names_its_networks(client):
    network, near, *_rest = bookshops()
    html = client.get(reverse("shops:storefront", args=[near.slug])).content.decode()
    assert reverse("shops:network", args=[network.slug]) in html


def test_reached_by_clicking_from_the_directory(client):
    network, *_shops = bookshops()
    directory = client.get(reverse("shops:directory")).content.decode()
    assert reverse("shops:networks") in directory
    listing = client.get(reverse("shops:networks")).content.decode()
    assert reverse("shops:network", args=[network.slug]) in listing
    assert "2 boutiques" in listing
