"""The shop's entries in the header (``accounts.navigation``), contributed through its hook:
the directory for everyone, and for an owner with a shop her orders with the count of new
ones. An owner without a shop reaches the wizard through her plan."""

from functools import cache

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.navigation import PROGRAMME_POSITION, WORKSPACE_POSITION, NavItem
from accounts.roles import Role, role_of
from storefront_builder.selectors import merchant_badge


def new_orders_label(count: int) -> str:
    """What the badge says to a screen reader: « 3 nouvelles commandes »."""
    return ngettext("%(count)s nouvelle commande", "%(count)s nouvelles commandes", count) % {
        "count": count
    }


@cache
def _address(name: str) -> str:
    """The entries' addresses, worked out once: the header shows them on every page."""
    return reverse(name)


def shop_navigation(user) -> list[NavItem]:
    # Right after "Formations": on a phone the strip of links scrolls sideways, and a
    # customer looking for a shop must see the directory without scrolling.
    directory = NavItem(
        _("Boutiques"), _address("shops:directory"), position=PROGRAMME_POSITION + 15
    )
    items = [directory]
    if role_of(user) == Role.OWNER and (badge := merchant_badge(user)) is not None:
        items.append(
            NavItem(
                _("Ma boutique"),
                _address("shops:orders"),
                position=WORKSPACE_POSITION + 15,  # after "Mon plan", where she built it
                badge=badge.new_orders,
                badge_label=new_orders_label(badge.new_orders),
            )
        )
    return items
