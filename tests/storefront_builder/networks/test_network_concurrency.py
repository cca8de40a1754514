"""Clicks at the same moment on PostgreSQL, each on its own connection: a shop invited five
times at once has one invitation, and an invitation answered five times at once is answered
once, the others told it is no longer pending."""

import pytest
from django.db import connection

from storefront_builder.models import MembershipStatus, NetworkMembership
from storefront_builder.networks import services
from tests.storefront_builder.networks.factories import join, make_network
from tests.storefront_builder.storefront.factories import make_shop
from tests.threads import in_parallel

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent connections: PostgreSQL"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_shop_invited_five_times_at_once_has_one_invitation():
    coordinator = make_shop()
    network = make_network(coordinator)
    guest = make_shop()

    def invite():
        services.invite(network, guest, by=coordinator.owner)

    errors = in_parallel([invite] * 5)
    assert len(errors) == 4
    assert all(isinstance(error, services.NetworkRefused) for error in errors), errors
    assert "déjà une invitation en attente" in str(errors[0])
    row = NetworkMembership.objects.get(network=network, shop=guest)
    assert row.status == MembershipStatus.INVITED


def test_an_invitation_answered_five_times_at_once_is_answered_once():
    network = make_network(make_shop())
    invitation = join(network, make_shop(), MembershipStatus.INVITED)
    answers = [True, False, True, False, True]

    def answer(accept):
        return lambda: services.answer(invitation, accept=accept)

    errors = in_parallel([answer(accept) for accept in answers])
    assert len(errors) == 4
    assert all(isinstance(error, services.NetworkRefused) for error in errors), errors
    invitation.refresh_from_db()
    assert invitation.status in {MembershipStatus.ACTIVE, MembershipStatus.DECLINED}
    assert NetworkMembership.objects.filter(network=network).count() == 2
