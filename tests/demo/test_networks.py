"""The demo networks: built from demo/content/reseaux/ over the demo shops, safe to load twice,
and a file naming a shop that does not exist stops the loading with the file and the slug."""

import pytest

from demo import networks
from demo.accounts import load_demo_accounts
from demo.content.files import ContentError, numbered, read_yaml
from demo.networks import NETWORKS_DIR, load_demo_networks
from demo.shops import demo_shops, load_demo_shops
from storefront_builder.models import MembershipStatus, Network, NetworkKind, NetworkMembership

pytestmark = pytest.mark.django_db


@pytest.fixture
def shops():
    """What a network file points to: the demo accounts and the demo shops (not the whole
    demo: no pages, events nor generated portfolio)."""
    load_demo_accounts(published_credentials=False)
    return load_demo_shops()


def _files() -> list[tuple[str, dict]]:
    return [(slug, read_yaml(path)) for slug, path in numbered(NETWORKS_DIR, suffix=".yaml")]


def test_the_files_name_known_kinds_accounts_and_shops():
    """Read without the database: a typo in a file fails here, naming the file."""
    files = _files()
    assert files, "aucun réseau dans demo/content/reseaux/"
    shop_slugs = {shop["slug"] for shop in demo_shops()}
    for slug, spec in files:
        assert spec["kind"] in NetworkKind.values, slug
        assert set(spec["members"]) <= shop_slugs, slug
        assert spec["description"].strip(), slug


def test_the_croix_rousse_network_has_its_coordinator_and_both_shops(shops):
    loaded = load_demo_networks()

    assert [network.slug for network in loaded] == [slug for slug, _spec in _files()]
    network = Network.objects.get(slug="commercants-de-la-croix-rousse")
    assert network.name == "Les commerçants de la Croix-Rousse"
    assert network.kind == NetworkKind.STREET
    assert network.commune == "Lyon, Croix-Rousse"
    assert network.coordinator.email == "libraire@demo.example"
    members = network.memberships.select_related("shop__owner", "invited_by")
    assert sorted(m.shop.slug for m in members) == sorted(shop.slug for shop in shops)
    assert {m.shop.owner.email for m in members} == {
        "commercante@demo.example",
        "libraire@demo.example",
    }
    for membership in members:
        assert membership.status == MembershipStatus.ACTIVE
        assert membership.answered_at is not None
        assert membership.invited_by == network.coordinator


def test_loading_twice_adds_nothing_and_restores_a_missing_member(shops):
    load_demo_networks()
    counts = (Network.objects.count(), NetworkMembership.objects.count())
    assert counts == (len(_files()), sum(len(spec["members"]) for _slug, spec in _files()))

    network = Network.objects.get(slug="commercants-de-la-croix-rousse")
    network.description = "Modifiée par la coordinatrice."
    network.save()
    load_demo_networks()
    assert (Network.objects.count(), NetworkMembership.objects.count()) == counts
    # Kept as edited: a second run only adds what is missing.
    network.refresh_from_db()
    assert network.description == "Modifiée par la coordinatrice."

    network.memberships.filter(shop=shops[0]).delete()
    load_demo_networks()
    assert (Network.objects.count(), NetworkMembership.objects.count()) == counts


def _one_file(tmp_path, monkeypatch, members: str, kind: str = "street"):
    (tmp_path / "01-reseau-test.yaml").write_text(
        "name: Réseau de test\n"
        f"kind: {kind}\n"
        "commune: Lyon\n"
        "description: Un réseau pour le test.\n"
        "coordinator: libraire@demo.example\n"
        f"members:\n{members}",
        encoding="utf-8",
    )
    monkeypatch.setattr(networks, "NETWORKS_DIR", tmp_path)


def test_an_unknown_shop_stops_the_loading_naming_the_file_and_the_slug(
    shops, tmp_path, monkeypatch
):
    _one_file(tmp_path, monkeypatch, "- librairie-des-canuts\n- epicerie-fantome\n")

    with pytest.raises(ContentError) as error:
        load_demo_networks()

    message = str(error.value)
    assert "01-reseau-test.yaml" in message
    assert "« epicerie-fantome »" in message
    assert "librairie-des-canuts" not in message
    # Checked before anything is written: no network without its members.
    assert not Network.objects.exists()
    assert not NetworkMembership.objects.exists()


def test_an_unknown_kind_is_refused(shops, tmp_path, monkeypatch):
    _one_file(tmp_path, monkeypatch, "- librairie-des-canuts\n", kind="quartier")

    with pytest.raises(ContentError, match="type de réseau inconnu « quartier »"):
        load_demo_networks()
    assert not Network.objects.exists()
