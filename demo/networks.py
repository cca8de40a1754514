"""The demo's networks of shops, read from ``demo/content/reseaux/``: the demo shops of the
Croix-Rousse as a street's association, so that the directory, the storefronts and the
coordinator's back office have a network to show.

Each file names its coordinator by her demo account and its members by their shop's slug (the
name of their file in ``boutiques/``); every member has accepted. Safe to run twice: a network
that exists (same slug) keeps its fields, as its coordinator may have edited them, and only the
members it lacks are added. Written straight through the ORM, without the services' e-mails
and cache invalidation: nobody is invited, and a fresh demo has no stored page to make stale.
"""

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from demo.content import CONTENT_DIR
from demo.content.files import ContentError, numbered, read_yaml
from storefront_builder.models import (
    MembershipStatus,
    Network,
    NetworkKind,
    NetworkMembership,
    Shop,
)

NETWORKS_DIR = CONTENT_DIR / "reseaux"
NETWORK_FIELDS = ("name", "kind", "commune", "description")
REQUIRED = (*NETWORK_FIELDS, "coordinator", "members")


def demo_networks() -> list[dict]:
    """Each file's fields, its slug and its path (to name it in an error). Read on each call,
    not cached: the files are few and a test points the folder elsewhere."""
    return [
        {**read_yaml(path), "slug": slug, "path": path}
        for slug, path in numbered(NETWORKS_DIR, suffix=".yaml")
    ]


def load_demo_networks() -> list[Network]:
    """Create every demo network and its missing memberships, one transaction per network."""
    return [_network(spec) for spec in demo_networks()]


@transaction.atomic
def _network(spec: dict) -> Network:
    coordinator, shops = _checked(spec)
    network = Network.objects.filter(slug=spec["slug"]).first()
    if network is None:
        network = Network.objects.create(
            slug=spec["slug"],
            coordinator=coordinator,
            **{key: spec[key] for key in NETWORK_FIELDS},
        )
    members = set(network.memberships.values_list("shop_id", flat=True))
    now = timezone.now()
    NetworkMembership.objects.bulk_create(
        NetworkMembership(
            network=network,
            shop=shop,
            status=MembershipStatus.ACTIVE,
            invited_by=coordinator,
            answered_at=now,
        )
        for shop in shops
        if shop.pk not in members
    )
    return network


def _checked(spec: dict) -> tuple[User, list[Shop]]:
    """The coordinator and the member shops a file names, or a ``ContentError`` naming the
    file and what is wrong, before anything is written."""
    path = spec["path"]
    missing = [key for key in REQUIRED if not spec.get(key)]
    if missing:
        raise ContentError(f"{path} : champs manquants : {', '.join(missing)}.")
    if spec["kind"] not in NetworkKind.values:
        raise ContentError(
            f"{path} : type de réseau inconnu « {spec['kind']} » "
            f"(un de : {', '.join(NetworkKind.values)})."
        )
    email = User.objects.normalize_email(spec["coordinator"])
    coordinator = User.objects.filter(email=email).first()
    if coordinator is None:
        raise ContentError(
            f"{path} : compte inconnu « {spec['coordinator']} » (voir comptes.yaml)."
        )
    if not isinstance(spec["members"], list):
        raise ContentError(f"{path} : members est une liste, une boutique par ligne (« - slug »).")
    slugs = list(dict.fromkeys(spec["members"]))
    shops = {shop.slug: shop for shop in Shop.objects.filter(slug__in=slugs)}
    unknown = [slug for slug in slugs if slug not in shops]
    if unknown:
        names = ", ".join(f"« {slug} »" for slug in unknown)
        raise ContentError(
            f"{path} : boutique inconnue {names} (une boutique est nommée par son fichier "
            "dans boutiques/, sans son numéro)."
        )
    return coordinator, [shops[slug] for slug in slugs]
