"""Networks and their members for the networks' tests."""

import itertools

from storefront_builder.models import MembershipStatus, Network, NetworkKind, NetworkMembership

_numbers = itertools.count(1)


def make_network(*members, coordinator=None, status=MembershipStatus.ACTIVE, **fields) -> Network:
    """A network whose ``members`` (shops) have ``status``; its coordinator is the first
    member's owner unless given."""
    number = next(_numbers)
    values = {
        "name": f"Réseau {number}",
        "slug": f"reseau-{number}",
        "kind": NetworkKind.BOOKSHOPS,
        "commune": "Rennes",
        "coordinator": coordinator or (members[0].owner if members else None),
    }
    values.update(fields)
    network = Network.objects.create(**values)
    for shop in members:
        join(network, shop, status)
    return network


def join(network, shop, status=MembershipStatus.ACTIVE) -> NetworkMembership:
    return NetworkMembership.objects.create(network=network, shop=shop, status=status)
