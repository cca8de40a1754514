"""The identity step checks the commune and postcode against the official list, and saves
where the shop is on the map: in France, or not at all."""

from decimal import Decimal
from html import unescape

import pytest

from storefront_builder.models import Shop
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.wizard.factories import ShopFactory
from tests.storefront_builder.wizard.test_identity_and_branding import IDENTITY, identity_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("communes")]

LYON = {"latitude": "45.767300", "longitude": "4.834400"}


def refused(response) -> str:
    assert response.status_code == 400
    page = unescape(response.content.decode())
    assert "Rien n'a été enregistré" in page
    return page


@pytest.mark.parametrize(
    "typed, postcode, saved",
    [
        ("lyon", "69004", "Lyon"),
        ("saint etienne", "42100", "Saint-Étienne"),
        ("Lyon 3e", "69003", "Lyon 3e Arrondissement"),
    ],
)
def test_the_commune_is_saved_in_its_official_spelling(client, owner, typed, postcode, saved):
    client.force_login(owner)
    response = client.post(IDENTITY, identity_data(commune=typed, postcode=postcode))
    assert response.status_code == 302
    shop = Shop.objects.get()
    assert (shop.commune, shop.postcode) == (saved, postcode)
    assert shop.street_address == "12 rue des Lilas"  # the address stays as typed


def test_a_commune_that_does_not_exist_is_refused_and_kept_in_the_form(client, owner):
    client.force_login(owner)
    page = refused(client.post(IDENTITY, identity_data(commune="Lyonn", postcode="69004")))
    assert "Nous ne trouvons pas de commune « Lyonn » en France : vérifiez l'orthographe." in page
    assert "Le code postal 69004 est celui de : Lyon, Lyon 4e Arrondissement." in page
    assert 'value="Lyonn"' in page
    assert not Shop.objects.exists()


def test_a_postcode_of_another_commune_changes_nothing(client, owner):
    shop = ShopFactory(owner=owner, commune="Lyon", postcode="69004")
    client.force_login(owner)
    data = identity_data(name="Après", commune="Villeurbanne", postcode="69001", **LYON)
    page = refused(client.post(IDENTITY, data))
    assert (
        "Le code postal 69001 ne correspond pas à Villeurbanne : cette commune a le code 69100."
        in page
    )
    assert 'value="Villeurbanne"' in page
    assert 'value="69001"' in page
    shop.refresh_from_db()
    assert shop.name != "Après"
    assert (shop.commune, shop.postcode) == ("Lyon", "69004")
    assert shop.latitude is None


def test_a_postcode_that_does_not_exist_is_refused(client, owner):
    client.force_login(owner)
    page = refused(client.post(IDENTITY, identity_data(postcode="99999")))
    assert "Le code postal 99999 n'existe pas." in page
    assert not Shop.objects.exists()


def test_the_position_placed_on_the_map_is_saved_then_shown_again(client, owner):
    client.force_login(owner)
    assert client.post(IDENTITY, identity_data(**LYON)).status_code == 302
    shop = Shop.objects.get()
    assert (shop.latitude, shop.longitude) == (Decimal("45.767300"), Decimal("4.834400"))

    page = client.get(IDENTITY).content.decode()
    assert 'name="latitude" value="45.767300"' in page
    assert 'name="longitude" value="4.834400"' in page
    assert "Votre boutique est placée sur la carte." in unescape(page)

    # Taken off the map: both emptied.
    data = identity_data(slug="chez-lili", latitude="", longitude="")
    assert client.post(IDENTITY, data).status_code == 302
    shop.refresh_from_db()
    assert (shop.latitude, shop.longitude) == (None, None)


def test_a_shop_can_be_saved_without_a_position(client, owner):
    client.force_login(owner)
    assert client.post(IDENTITY, identity_data()).status_code == 302
    shop = Shop.objects.get()
    assert (shop.latitude, shop.longitude) == (None, None)
    assert shop.completed_steps == ["identity"]


@pytest.mark.parametrize(
    "position",
    [
        {"latitude": "51.507400", "longitude": "-0.127800"},  # London
        {"latitude": "4.834400", "longitude": "45.767300"},  # swapped
        {"latitude": "-45.767300", "longitude": "4.834400"},
    ],
)
def test_a_position_outside_france_is_refused_and_changes_nothing(client, owner, position):
    shop = ShopFactory(owner=owner, latitude=Decimal("45.767300"), longitude=Decimal("4.834400"))
    client.force_login(owner)
    page = refused(client.post(IDENTITY, identity_data(name="Après", **position)))
    assert "Cette position est hors de France : placez le repère sur votre boutique." in page
    shop.refresh_from_db()
    assert shop.name != "Après"
    assert (shop.latitude, shop.longitude) == (Decimal("45.767300"), Decimal("4.834400"))


@pytest.mark.parametrize(
    "position, message",
    [
        ({"latitude": "45.767300", "longitude": ""}, "La position est incomplète"),
        ({"latitude": "", "longitude": "4.834400"}, "La position est incomplète"),
        ({"latitude": "quarante", "longitude": "4.834400"}, "Saisissez un nombre."),
        ({"latitude": "95", "longitude": "4.834400"}, "inférieure ou égale à 90"),
    ],
)
def test_a_half_or_malformed_position_is_refused(client, owner, position, message):
    client.force_login(owner)
    page = refused(client.post(IDENTITY, identity_data(**position)))
    assert message in page
    assert not Shop.objects.exists()


def test_the_page_offers_the_map_and_the_browsers_position(client, owner):
    client.force_login(owner)
    response = client.get(IDENTITY)
    page = unescape(response.content.decode())
    assert "Placer ma boutique sur la carte" in page
    assert "Utiliser ma position actuelle (je suis dans ma boutique)" in page
    assert 'data-tiles-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in page
    assert "/static/vendor/leaflet/leaflet.js" in page
    assert "/static/js/shop-map.js" in page
    assert 'type="hidden" name="latitude"' in page
    img_src = next(
        part
        for part in response.headers["Content-Security-Policy"].split(";")
        if part.strip().startswith("img-src")
    )
    assert "https://tile.openstreetmap.org" in img_src


def test_another_owner_never_sees_nor_moves_this_shop(client):
    alice = ShopFactory(
        name="Chez Alice",
        street_address="3 place Bellecour",
        latitude=Decimal("45.757800"),
        longitude=Decimal("4.832000"),
    )
    bob = OwnerFactory()
    client.force_login(bob)
    page = client.get(IDENTITY).content.decode()
    assert "Chez Alice" not in page
    assert "45.757800" not in page
    data = identity_data(
        name="Chez Bob", slug="chez-bob", latitude="48.856600", longitude="2.352200"
    )
    assert client.post(IDENTITY, data).status_code == 302
    alice.refresh_from_db()
    assert (alice.latitude, alice.longitude) == (Decimal("45.757800"), Decimal("4.832000"))
    assert Shop.objects.get(owner=bob).latitude == Decimal("48.856600")
