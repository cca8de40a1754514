"""Reads about networks: what the public sees, what a coordinator manages, what a member
answers, and which networks an advisor's businesses belong to.

The public sees a network once one of its members is online, and only its online members
(``public_members``): an invited shop, one that declined or a shop in draft never shows.
"""

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet

from core.places.distance import distance_expression
from storefront_builder.models import (
    MembershipStatus,
    Network,
    NetworkMembership,
    Product,
    Shop,
    ShopStatus,
)
from storefront_builder.selectors import published_shops
from storefront_builder.storefront.nearby import Point

#: What a network's page, its map, its poster and its structured data show of each member: a
#: network may count a thousand shops, whose descriptions and settings are not read.
MEMBER_FIELDS = (
    "name",
    "slug",
    "category",
    "street_address",
    "postcode",
    "commune",
    "latitude",
    "longitude",
    "orders_paused",
    "status",
)
#: How many shops the coordinator's search offers to invite at once.
INVITABLE_MAX = 20

_ONLINE_MEMBER = Q(
    memberships__status=MembershipStatus.ACTIVE,
    memberships__shop__status=ShopStatus.PUBLISHED,
)


def public_networks() -> QuerySet[Network]:
    """Every network with at least one member online, each with ``member_count``, by name."""
    return (
        Network.objects.annotate(member_count=Count("memberships", filter=_ONLINE_MEMBER))
        .filter(member_count__gt=0)
        .order_by("name", "pk")
    )


def public_network(slug: str) -> Network | None:
    return public_networks().filter(slug=slug).first()


def network_id(slug: str) -> int | None:
    """The id behind an address, read before the page's cache versions (one small query)."""
    return Network.objects.filter(slug=slug).values_list("pk", flat=True).first()


def public_members(network: Network, near: Point | None = None) -> QuerySet[Shop]:
    """The network's members that accepted and are online: by name, or nearest first with a
    point (each with ``distance_m``; members not placed on the map last)."""
    members = (
        published_shops()
        .filter(
            network_memberships__network=network,
            network_memberships__status=MembershipStatus.ACTIVE,
        )
        .only(*MEMBER_FIELDS)
    )
    if near is None:
        return members.order_by("name", "pk")
    distance = distance_expression(near.latitude, near.longitude)
    return members.annotate(distance_m=distance).order_by(
        F("distance_m").asc(nulls_last=True), "name", "pk"
    )


def member_product(network: Network, product_id: int) -> Product | None:
    """A visible product of one of the network's online members, with its shop, or None."""
    return (
        Product.objects.filter(
            pk=product_id,
            visible=True,
            shop__in=public_members(network).values("pk"),
        )
        .select_related("shop")
        .first()
    )


def shop_memberships(shop: Shop) -> list[NetworkMembership]:
    """Her shop's invitations waiting for an answer first, then its networks, with each
    network's coordinator (one query)."""
    rows = (
        NetworkMembership.objects.filter(
            shop=shop, status__in=[MembershipStatus.INVITED, MembershipStatus.ACTIVE]
        )
        .select_related("network", "network__coordinator")
        .order_by("network__name", "pk")
    )
    return sorted(rows, key=lambda row: row.status != MembershipStatus.INVITED)


def pending_invitation(shop: Shop, pk: int) -> NetworkMembership | None:
    return (
        NetworkMembership.objects.filter(shop=shop, pk=pk, status=MembershipStatus.INVITED)
        .select_related("network")
        .first()
    )


def coordinated_networks(user) -> QuerySet[Network]:
    """The networks she coordinates, each with its ``member_count`` and ``invited_count``."""
    return (
        Network.objects.filter(coordinator=user)
        .annotate(
            member_count=Count(
                "memberships", filter=Q(memberships__status=MembershipStatus.ACTIVE)
            ),
            invited_count=Count(
                "memberships", filter=Q(memberships__status=MembershipStatus.INVITED)
            ),
        )
        .order_by("name", "pk")
    )


def coordinated_network(user, slug: str) -> Network | None:
    """Her network by its address, or None: another coordinator's is a 404 to her."""
    if not user.is_authenticated:
        return None
    return Network.objects.filter(coordinator=user, slug=slug).first()


def network_memberships(network: Network) -> list[NetworkMembership]:
    """Every row of the network for its coordinator: members, invitations, refusals, with
    their shops (one query), members first."""
    order = {MembershipStatus.ACTIVE: 0, MembershipStatus.INVITED: 1, MembershipStatus.DECLINED: 2}
    rows = NetworkMembership.objects.filter(network=network).select_related("shop")
    return sorted(rows, key=lambda row: (order[row.status], row.shop.name.casefold(), row.pk))


def invitable_shops(network: Network, query: str) -> list[Shop]:
    """Online shops whose name or commune holds every word typed, that are neither members
    nor invited yet (a shop that declined may be asked again)."""
    words = query.split()
    if not words:
        return []
    taken = NetworkMembership.objects.filter(
        network=network,
        shop=OuterRef("pk"),
        status__in=[MembershipStatus.ACTIVE, MembershipStatus.INVITED],
    )
    shops = published_shops().exclude(Exists(taken))
    for word in words:
        shops = shops.filter(Q(name__icontains=word) | Q(commune__icontains=word))
    return list(shops.order_by("name", "pk")[:INVITABLE_MAX])


def networks_with_businesses(businesses: QuerySet) -> QuerySet[Network]:
    """The networks that count at least one of ``businesses``' shops among their members: an
    advisor's choices for filtering her portfolio."""
    return (
        Network.objects.filter(
            memberships__status=MembershipStatus.ACTIVE,
            memberships__shop__business__in=businesses.values("pk"),
        )
        .distinct()
        .order_by("name", "pk")
    )


def member_businesses(network_id: int) -> QuerySet:
    """The ids of the businesses whose shop is a member of the network: the portfolio's
    filter is ``pk__in`` of this subquery."""
    return Shop.objects.filter(
        network_memberships__network_id=network_id,
        network_memberships__status=MembershipStatus.ACTIVE,
        business__isnull=False,
    ).values("business_id")


def network_for_member_or_coordinator(user, shop: Shop, slug: str) -> Network | None:
    """The network at ``slug`` if she coordinates it or her shop is a member, else None."""
    is_member = Q(memberships__shop=shop, memberships__status=MembershipStatus.ACTIVE)
    return Network.objects.filter(Q(coordinator=user) | is_member, slug=slug).distinct().first()
