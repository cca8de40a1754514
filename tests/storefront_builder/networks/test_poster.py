"""The network's window poster: one A4 page naming the network and its online members, whose
QR code a phone reads as the network's public page; printed for its coordinator and its
members only."""

import io

import pytest
from django.conf import settings
from django.urls import reverse
from pypdf import PdfReader

from storefront_builder.models import MembershipStatus
from storefront_builder.networks.poster import network_poster_pdf
from storefront_builder.networks.selectors import public_members
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.backoffice.test_exports import qr_url_in
from tests.storefront_builder.backoffice.test_poster import pdf_text
from tests.storefront_builder.networks.factories import join, make_network
from tests.storefront_builder.storefront.factories import make_shop

pytestmark = pytest.mark.django_db


def printed(content: bytes) -> str:
    """The PDF's text without any white space: a long name may wrap anywhere on the poster,
    and pypdf splits some kerned pairs (« T abareau »)."""
    return "".join(pdf_text(content).split())


def compact(text: str) -> str:
    return "".join(text.split())


def poster_of(network) -> bytes:
    """The poster as the back office prints it: with the network's online members."""
    return network_poster_pdf(network, list(public_members(network)))


@pytest.fixture
def coordinator(db):
    """She created the network; her own shop is not a member (it left), so she is let in as
    the coordinator, not as a member."""
    user = OwnerFactory()
    make_shop(user, windows=False, name="Librairie de la coordinatrice")
    return user


@pytest.fixture
def network(coordinator):
    return make_network(
        coordinator=coordinator,
        name="Les libraires de la Croix-Rousse",
        slug="libraires-croix-rousse",
        commune="Lyon 4e",
    )


@pytest.fixture
def members(network):
    shops = [
        make_shop(windows=False, name="Librairie du Plateau", street_address="4 rue d'Austerlitz"),
        make_shop(windows=False, name="Au Bonheur des Canuts", street_address="9 place Tabareau"),
    ]
    for shop in shops:
        join(network, shop)
    return shops


def test_the_poster_names_the_network_and_its_members_and_leads_to_its_page(network, members):
    invited = make_shop(windows=False, name="Librairie invitée")
    join(network, invited, MembershipStatus.INVITED)
    offline = make_shop(windows=False, name="Librairie en brouillon", status="draft")
    join(network, offline)
    content = poster_of(network)
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842  # A4 portrait
    text = printed(content)
    assert compact("Les libraires de la Croix-Rousse") in text
    assert compact("Librairies indépendantes · Lyon 4e") in text
    assert compact("Commandez en ligne, retirez dans la boutique de votre choix") in text
    for shop in members:
        assert compact(shop.name) in text
        assert compact(f"{shop.street_address}, {shop.postcode} {shop.commune}") in text
    assert "Librairieinvitée" not in text and "Librairieenbrouillon" not in text
    assert "autre" not in text  # every member listed, none counted
    url = f"{settings.SITE_URL}/reseaux/{network.slug}/"
    assert url.split("://", 1)[1] in text
    assert qr_url_in(content) == url


def test_what_was_typed_is_printed_as_typed(coordinator):
    network = make_network(
        coordinator=coordinator,
        name="<script>alert('réseau')</script> & Cie",
        commune="<i>Lyon</i>",
    )
    join(network, make_shop(windows=False, name="Chez <b>Lou</b>", street_address="1 <u>rue</u>"))
    text = printed(poster_of(network))
    assert compact("<script>alert('réseau')</script> & Cie") in text
    assert "<i>Lyon</i>" in text
    assert compact("Chez <b>Lou</b>") in text
    assert compact("1 <u>rue</u>") in text


@pytest.mark.parametrize(
    ("count", "others"), [(25, "et 1 autre boutique"), (30, "et 6 autres boutiques")]
)
def test_past_24_members_the_others_are_counted_on_the_same_page(coordinator, count, others):
    # The longest names a network and a shop may have: the page must still hold them all.
    network = make_network(
        coordinator=coordinator, name="Association des commerçants " + "du centre " * 9
    )
    for number in range(count):
        join(
            network,
            make_shop(
                windows=False,
                name=f"Boutique {number:02d} " + "et fils " * 13,
                street_address=f"{number} avenue du Maréchal de Lattre de Tassigny",
            ),
        )
    content = poster_of(network)
    assert len(PdfReader(io.BytesIO(content)).pages) == 1
    text = printed(content)
    assert "Boutique00" in text and "Boutique23" in text
    assert "Boutique24" not in text
    assert compact(others) in text


# --- Who may print it ---------------------------------------------------------------------------


def poster_url(network) -> str:
    return reverse("shops:network_poster", args=[network.slug])


def test_the_coordinator_and_the_members_print_it(client, coordinator, network, members):
    for user in (coordinator, members[1].owner):
        client.force_login(user)
        response = client.get(poster_url(network))
        assert response.status_code == 200, user
        assert response["Content-Type"] == "application/pdf"
        assert compact(members[0].name) in printed(response.content)


def test_other_owners_get_a_404(client, network, members):
    outsider = make_shop(windows=False)
    invited = make_shop(windows=False)
    join(network, invited, MembershipStatus.INVITED)
    for shop in (outsider, invited):
        client.force_login(shop.owner)
        assert client.get(poster_url(network)).status_code == 404, shop


def test_anonymous_visitors_are_sent_to_log_in(client, network, members):
    url = poster_url(network)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" in response["Location"]
