"""Writes about networks: create and edit one, invite shops, answer an invitation, leave, and
remove a member.

Every refusal is a ``NetworkRefused`` with its French message, raised before anything is
written. Answers and removals are conditional writes (« the invitation still waiting »): two
clicks at once, or an answer crossing a withdrawal, change the row once and tell the second
one what happened. Each write makes stale the stored copies it shows on
(``public_pages.networks_changed``).
"""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.emails import email_render, email_send_after_commit
from storefront_builder.models import (
    MembershipStatus,
    Network,
    NetworkMembership,
    Shop,
    ShopStatus,
)
from storefront_builder.public_pages import networks_changed

#: The fields of a network its coordinator writes (``forms.NetworkForm``).
NETWORK_FIELDS = ("name", "kind", "commune", "description")
SLUG_MAX = 50


class NetworkRefused(Exception):
    """What cannot be done, in the words shown to the person who asked."""


def _free_slug(name: str) -> str:
    """The name as an address, numbered when taken (« librairies-de-lyon-2 »)."""
    base = slugify(name)[:SLUG_MAX].strip("-") or "reseau"
    taken = set(Network.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def create_network(user, shop: Shop, data: dict) -> Network:
    """Her network, with her as coordinator and her shop as its first member. Two networks
    of the same name created at the same moment get two addresses (the unique slug decides,
    the second tries again)."""
    for _attempt in range(3):
        try:
            with transaction.atomic():
                network = Network.objects.create(
                    coordinator=user, slug=_free_slug(data["name"]), **_fields(data)
                )
                NetworkMembership.objects.create(
                    network=network,
                    shop=shop,
                    status=MembershipStatus.ACTIVE,
                    invited_by=user,
                    answered_at=timezone.now(),
                )
                networks_changed([network.pk], [shop.pk])
                return network
        except IntegrityError:
            continue
    raise NetworkRefused(_("Ce nom vient d'être pris par un autre réseau : réessayez."))


def _fields(data: dict) -> dict:
    return {name: data[name] for name in NETWORK_FIELDS}


@transaction.atomic
def update_network(network: Network, data: dict) -> Network:
    for name, value in _fields(data).items():
        setattr(network, name, value)
    network.save()
    networks_changed([network.pk])
    return network


@transaction.atomic
def invite(network: Network, shop: Shop, *, by) -> NetworkMembership:
    """Invites an online shop; a shop that declined may be asked again. The shop's owner is
    told by e-mail, in her language, once the invitation is saved."""
    if shop.status != ShopStatus.PUBLISHED:
        raise NetworkRefused(_("Seule une boutique en ligne peut être invitée."))
    membership, created = NetworkMembership.objects.select_for_update().get_or_create(
        network=network,
        shop=shop,
        defaults={"status": MembershipStatus.INVITED, "invited_by": by},
    )
    if not created:
        if membership.status == MembershipStatus.ACTIVE:
            raise NetworkRefused(_("« %(shop)s » est déjà membre du réseau.") % {"shop": shop.name})
        if membership.status == MembershipStatus.INVITED:
            raise NetworkRefused(
                _("« %(shop)s » a déjà une invitation en attente.") % {"shop": shop.name}
            )
        membership.status = MembershipStatus.INVITED
        membership.invited_by = by
        membership.invited_at = timezone.now()
        membership.answered_at = None
        membership.save()
    _send_invitation(membership)
    networks_changed([network.pk])
    return membership


def _send_invitation(membership: NetworkMembership) -> None:
    owner = membership.shop.owner
    if not owner.email:
        return
    network = membership.network
    context = {
        "network": network,
        "shop": membership.shop,
        "coordinator": network.coordinator,
        "answer_url": _absolute(reverse("shops:my_networks")),
        "network_url": _absolute(reverse("shops:network", args=[network.slug])),
    }
    email_send_after_commit(
        email_render(
            template_prefix="shops/networks/emails/invitation",
            context=context,
            to=[owner.email],
            language=owner.language,
        )
    )


def _absolute(path: str) -> str:
    from django.conf import settings

    return f"{settings.SITE_URL}{path}"


@transaction.atomic
def answer(membership: NetworkMembership, *, accept: bool) -> None:
    """Accepts or declines, once: an invitation withdrawn or answered meanwhile is refused
    with a message."""
    status = MembershipStatus.ACTIVE if accept else MembershipStatus.DECLINED
    changed = NetworkMembership.objects.filter(
        pk=membership.pk, status=MembershipStatus.INVITED
    ).update(status=status, answered_at=timezone.now())
    if not changed:
        raise NetworkRefused(
            _("Cette invitation n'est plus en attente : elle a été retirée ou déjà traitée.")
        )
    networks_changed([membership.network_id], [membership.shop_id])


@transaction.atomic
def leave(network: Network, shop: Shop) -> None:
    """Her shop leaves the network; the network, its coordinator and its other members
    stay."""
    deleted, _rows = NetworkMembership.objects.filter(
        network=network, shop=shop, status=MembershipStatus.ACTIVE
    ).delete()
    if not deleted:
        raise NetworkRefused(_("Votre boutique n'est plus membre de ce réseau."))
    networks_changed([network.pk], [shop.pk])


@transaction.atomic
def remove(network: Network, membership_id: int) -> Shop:
    """The coordinator removes a member or withdraws an invitation (the row goes: the shop
    may be invited again)."""
    membership = (
        NetworkMembership.objects.filter(network=network, pk=membership_id)
        .select_related("shop")
        .first()
    )
    if membership is None:
        raise NetworkRefused(_("Cette boutique ne fait déjà plus partie du réseau."))
    membership.delete()
    networks_changed([network.pk], [membership.shop_id])
    return membership.shop
