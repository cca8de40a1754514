"""Networks in the merchant's back office: she creates one and coordinates it, invites online
shops, whose owners are told by e-mail and accept or decline from their own back office;
removing a member and leaving need a confirmation; nobody else manages her network or answers
her shop's invitations (404), and bad input is refused in French with nothing changed."""

from html import unescape

import pytest
from django.urls import reverse

from storefront_builder.models import MembershipStatus, Network, NetworkMembership, ShopStatus
from tests.storefront_builder.networks.factories import join, make_network
from tests.storefront_builder.storefront.factories import make_shop

pytestmark = pytest.mark.django_db

CREATE = {
    "name": "Les libraires de Rennes",
    "kind": "bookshops",
    "commune": "Rennes",
    "description": "Six librairies indépendantes du centre-ville.",
}


@pytest.fixture
def coordinator_shop():
    return make_shop(name="Librairie Le Failler")


@pytest.fixture
def coordinator(client, coordinator_shop):
    client.force_login(coordinator_shop.owner)
    return client


def manage_url(network) -> str:
    return reverse("shops:network_manage", args=[network.slug])


def test_she_reaches_networks_from_her_back_office_and_creates_one(coordinator, coordinator_shop):
    orders = coordinator.get(reverse("shops:orders")).content.decode()
    assert reverse("shops:my_networks") in orders
    response = coordinator.post(reverse("shops:my_networks"), CREATE)
    network = Network.objects.get()
    assert response.status_code == 302 and response["Location"] == manage_url(network)
    assert network.slug == "les-libraires-de-rennes"
    assert network.coordinator == coordinator_shop.owner
    membership = network.memberships.get()
    assert (membership.shop, membership.status) == (coordinator_shop, MembershipStatus.ACTIVE)


def test_a_network_without_a_name_is_refused_and_what_she_typed_stays(coordinator):
    response = coordinator.post(reverse("shops:my_networks"), {**CREATE, "name": ""})
    html = unescape(response.content.decode())
    assert response.status_code == 400 and not Network.objects.exists()
    assert "Rien n'a été enregistré" in html
    assert "Six librairies indépendantes du centre-ville." in html


def test_two_networks_of_the_same_name_get_two_addresses(coordinator):
    coordinator.post(reverse("shops:my_networks"), CREATE)
    coordinator.post(reverse("shops:my_networks"), CREATE)
    assert sorted(Network.objects.values_list("slug", flat=True)) == [
        "les-libraires-de-rennes",
        "les-libraires-de-rennes-2",
    ]


def test_she_finds_and_invites_an_online_shop_whose_owner_is_mailed(
    coordinator, coordinator_shop, mailoutbox, django_capture_on_commit_callbacks
):
    network = make_network(coordinator_shop)
    guest = make_shop(name="Librairie Planète Io", commune="Rennes")
    make_shop(name="Librairie Hors Ligne", status=ShopStatus.DRAFT)
    found = coordinator.get(manage_url(network), {"boutique": "librairie"})
    names = [shop.name for shop in found.context["found"]]
    assert names == ["Librairie Planète Io"]  # not herself (a member), not a draft
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(
            reverse("shops:network_invite", args=[network.slug]), {"boutique_id": guest.pk}
        )
    assert response.status_code == 302
    assert network.memberships.get(shop=guest).status == MembershipStatus.INVITED
    [message] = mailoutbox
    assert message.to == [guest.owner.email]
    assert network.name in message.subject
    assert reverse("shops:my_networks") in message.body


def test_inviting_twice_is_refused_in_french(coordinator, coordinator_shop):
    network = make_network(coordinator_shop)
    guest = make_shop()
    join(network, guest, MembershipStatus.INVITED)
    response = coordinator.post(
        reverse("shops:network_invite", args=[network.slug]), {"boutique_id": guest.pk}
    )
    assert response.status_code == 400
    assert "a déjà une invitation en attente" in unescape(response.content.decode())
    assert network.memberships.count() == 2


def test_a_shop_that_declined_may_be_invited_again(coordinator, coordinator_shop):
    network = make_network(coordinator_shop)
    guest = make_shop()
    join(network, guest, MembershipStatus.DECLINED)
    coordinator.post(
        reverse("shops:network_invite", args=[network.slug]), {"boutique_id": guest.pk}
    )
    assert network.memberships.get(shop=guest).status == MembershipStatus.INVITED


@pytest.mark.parametrize(("answer", "status"), [("accepter", "active"), ("refuser", "declined")])
def test_the_invited_owner_answers_from_her_back_office(client, coordinator_shop, answer, status):
    network = make_network(coordinator_shop)
    guest = make_shop(name="Librairie Planète Io")
    invitation = join(network, guest, MembershipStatus.INVITED)
    client.force_login(guest.owner)
    page = client.get(reverse("shops:my_networks")).content.decode()
    assert network.name in page
    assert reverse("shops:invitation_answer", args=[invitation.pk]) in page
    response = client.post(
        reverse("shops:invitation_answer", args=[invitation.pk]), {"reponse": answer}
    )
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.status == status and invitation.answered_at is not None
    public = client.get(reverse("shops:network", args=[network.slug])).content.decode()
    assert ("Librairie Planète Io" in public) is (status == "active")


def test_nobody_answers_another_shops_invitation(client, coordinator_shop):
    network = make_network(coordinator_shop)
    invitation = join(network, make_shop(), MembershipStatus.INVITED)
    intruder = make_shop()
    client.force_login(intruder.owner)
    response = client.post(
        reverse("shops:invitation_answer", args=[invitation.pk]), {"reponse": "accepter"}
    )
    assert response.status_code == 400
    invitation.refresh_from_db()
    assert invitation.status == MembershipStatus.INVITED
    assert not NetworkMembership.objects.filter(shop=intruder).exists()


def test_an_invitation_answered_twice_is_answered_once(client, coordinator_shop):
    network = make_network(coordinator_shop)
    guest = make_shop()
    invitation = join(network, guest, MembershipStatus.INVITED)
    client.force_login(guest.owner)
    url = reverse("shops:invitation_answer", args=[invitation.pk])
    client.post(url, {"reponse": "accepter"})
    second = client.post(url, {"reponse": "refuser"})
    assert second.status_code == 400
    assert "n'est plus en attente" in unescape(second.content.decode())
    invitation.refresh_from_db()
    assert invitation.status == MembershipStatus.ACTIVE


@pytest.mark.parametrize(
    "who", ["another_owner", "a_member", "anonymous"], ids=["other", "member", "anonymous"]
)
def test_only_the_coordinator_manages_her_network(client, coordinator_shop, who):
    member = make_shop()
    network = make_network(coordinator_shop, member)
    if who == "another_owner":
        client.force_login(make_shop().owner)
    elif who == "a_member":
        client.force_login(member.owner)
    urls = [
        manage_url(network),
        reverse("shops:network_invite", args=[network.slug]),
        reverse("shops:network_remove", args=[network.slug, network.memberships.first().pk]),
    ]
    for url in urls:
        response = client.get(url) if url == urls[0] else client.post(url, {"confirmation": "oui"})
        if who == "anonymous":
            assert response.status_code == 302 and "/login/" in response["Location"]
        else:
            assert response.status_code in (403, 404), url
    assert network.memberships.count() == 2


def test_removing_a_member_needs_a_confirmation(coordinator, coordinator_shop):
    member = make_shop(name="Librairie Partante")
    network = make_network(coordinator_shop, member)
    membership = network.memberships.get(shop=member)
    url = reverse("shops:network_remove", args=[network.slug, membership.pk])
    unconfirmed = coordinator.post(url)
    assert unconfirmed.status_code == 400 and network.memberships.count() == 2
    assert coordinator.post(url, {"confirmation": "oui"}).status_code == 302
    assert not network.memberships.filter(shop=member).exists()


def test_a_member_leaves_after_confirming(client, coordinator_shop):
    member = make_shop(name="Librairie Partante")
    network = make_network(coordinator_shop, member)
    client.force_login(member.owner)
    url = reverse("shops:network_leave", args=[network.slug])
    assert client.post(url).status_code == 400
    assert network.memberships.filter(shop=member).exists()
    assert client.post(url, {"confirmation": "oui"}).status_code == 302
    assert not network.memberships.filter(shop=member).exists()
    assert network.memberships.filter(shop=coordinator_shop).exists()


def test_she_edits_the_presentation_and_bad_input_changes_nothing(coordinator, coordinator_shop):
    network = make_network(coordinator_shop, name="Avant")
    bad = coordinator.post(manage_url(network), {**CREATE, "kind": "casino"})
    assert bad.status_code == 400
    network.refresh_from_db()
    assert network.name == "Avant"
    assert coordinator.post(manage_url(network), CREATE).status_code == 302
    network.refresh_from_db()
    assert (network.name, network.slug) == (CREATE["name"], network.slug)
