"""Who reaches the wizard: owners only, each one her own shop, in a bounded number of queries."""

import pytest
from django.urls import reverse

from storefront_builder.models import OpeningHours, PickupWindow, Shop, ShopStatus
from tests.accounts.factories import OwnerFactory
from tests.storefront_builder.wizard.factories import ShopFactory, complete_shop, image_upload

pytestmark = pytest.mark.django_db

PAGES = [
    "/ma-boutique/",
    "/ma-boutique/identite/",
    "/ma-boutique/apparence/",
    "/ma-boutique/horaires/",
    "/ma-boutique/retrait/",
    "/ma-boutique/paiement/",
    "/ma-boutique/publier/",
    "/ma-boutique/apercu/",
]
POSTS = [*PAGES[1:7], "/ma-boutique/depublier/"]


@pytest.mark.parametrize("url", [*PAGES, "/ma-boutique/depublier/"])
def test_anonymous_visitors_are_sent_to_login(client, url):
    shop = complete_shop()
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    response = client.post(url, {"name": "Pirate"})
    assert response.status_code == 302
    shop.refresh_from_db()
    assert shop.name != "Pirate"


@pytest.mark.parametrize("role", ["advisor", "staff"])
def test_other_roles_are_refused(client, role, request):
    complete_shop()
    client.force_login(request.getfixturevalue(role))
    for url in PAGES:
        assert client.get(url).status_code == 403, url
    for url in POSTS:
        assert client.post(url, {}).status_code == 403, url
    assert Shop.objects.count() == 1


def test_an_owner_only_ever_sees_her_own_shop(client):
    alice = complete_shop(name="Chez Alice", slug="chez-alice", description="Secret d'Alice")
    bob = OwnerFactory()
    client.force_login(bob)
    for url in PAGES:
        page = client.get(url).content.decode()
        assert "Chez Alice" not in page, url
        assert "Secret d" not in page, url
        assert "chez-alice" not in page, url

    ShopFactory(owner=bob, name="Chez Bob")
    for url in PAGES:
        page = client.get(url).content.decode()
        assert "Chez Alice" not in page, url
    assert "Chez Bob" in client.get("/ma-boutique/apercu/").content.decode()
    assert alice.owner != bob


def test_an_owner_cannot_change_another_owners_shop(client, communes):
    alice = complete_shop(name="Chez Alice", slug="chez-alice", status=ShopStatus.PUBLISHED)
    hours_before = list(OpeningHours.objects.filter(shop=alice).values_list("opens", "closes"))
    windows_before = PickupWindow.objects.filter(shop=alice).count()
    bob = OwnerFactory()
    client.force_login(bob)

    # Before Bob has a shop, his writes create or touch nothing of Alice's.
    client.post("/ma-boutique/horaires/", {"d0_0_start": "01:00", "d0_0_end": "02:00"})
    client.post("/ma-boutique/depublier/")
    client.post("/ma-boutique/apparence/", {"palette": "prune", "logo": image_upload()})

    # Then with his own shop.
    client.post(
        "/ma-boutique/identite/",
        {
            "name": "Chez Bob",
            "category": "other",
            "street_address": "1 rue B",
            "postcode": "75001",
            "commune": "Paris",
            "phone": "0102030405",
            "slug": "",
        },
    )
    bob_shop = Shop.objects.get(owner=bob)
    client.post("/ma-boutique/horaires/", {"d0_0_start": "01:00", "d0_0_end": "02:00"})
    client.post(
        "/ma-boutique/retrait/",
        {
            "d0_0_start": "01:00",
            "d0_0_end": "02:00",
            "slot_minutes": "15",
            "capacity_per_slot": "1",
            "lead_time_minutes": "0",
            "booking_horizon_days": "1",
        },
    )
    client.post("/ma-boutique/apparence/", {"palette": "prune"})
    client.post("/ma-boutique/depublier/")
    # Taking Alice's address is refused.
    response = client.post(
        "/ma-boutique/identite/",
        {
            "name": "Chez Bob",
            "category": "other",
            "street_address": "1 rue B",
            "postcode": "75001",
            "commune": "Paris",
            "phone": "0102030405",
            "slug": "chez-alice",
        },
    )
    assert response.status_code == 400

    alice.refresh_from_db()
    assert alice.name == "Chez Alice"
    assert alice.slug == "chez-alice"
    assert alice.palette == "ocean"
    assert alice.logo is None
    assert alice.is_published
    assert (
        list(OpeningHours.objects.filter(shop=alice).values_list("opens", "closes")) == hours_before
    )
    assert PickupWindow.objects.filter(shop=alice).count() == windows_before
    assert bob_shop.slug == "chez-bob"
    assert OpeningHours.objects.filter(shop=bob_shop).count() == 1


@pytest.mark.parametrize("url", PAGES)
def test_pages_keep_a_constant_number_of_queries(client, django_assert_max_num_queries, url):
    shop = complete_shop()
    client.force_login(shop.owner)
    client.post(
        "/ma-boutique/apparence/",
        {
            "palette": "prune",
            "logo": image_upload(),
            "cover": image_upload("c.png", size=(600, 200)),
        },
    )
    client.get(url)  # Renditions are made on the first view, then read.
    with django_assert_max_num_queries(14):
        assert client.get(url).status_code == 200
