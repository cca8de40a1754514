"""The header navigation, which depends on who is looking.

Features above ``accounts`` (the shops' directory and a merchant's orders, say) add their
entries through the Wagtail hook ``NAVIGATION_HOOK``, registered in their own
``wagtail_hooks.py``: a function taking the user and returning ``NavItem``s. ``accounts``
never imports them; ``position`` places each entry among the others.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.roles import Role, role_of

#: Name of the Wagtail hook through which a feature contributes entries to the header.
NAVIGATION_HOOK = "accounts_navigation_items"

#: Positions of each role's workspace, then of the programme's entries: contributed entries
#: slot in between ("Ma boutique" after "Mon plan", the directory after "Aides"). The
#: workspace comes first because on a phone the strip of links scrolls sideways: what a
#: person comes back for every day must be in sight without scrolling.
WORKSPACE_POSITION = 0
PROGRAMME_POSITION = 100


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    position: int = 0
    #: A number shown beside the label (new orders), and what it says to a screen reader.
    badge: int | None = None
    badge_label: str = ""


def _own_items(user) -> list[NavItem]:
    return list(_items_of_role(role_of(user), get_language()))


@lru_cache(maxsize=32)
def _items_of_role(role: Role | None, _language: str) -> tuple[NavItem, ...]:
    """A role's own entries, in the active language (the cache's key): the same for every page
    and every person with that role, so their addresses and labels are worked out once. Labels
    as plain text: the header's copies are keyed on the entries, and a lazy label would be
    translated again each time the key is hashed."""
    programme = [
        (_("Formations"), "/formations/"),
        (_("Webinaires"), "/webinaires/"),
        (_("Bootcamps"), "/bootcamps/"),
        (_("Aides"), reverse("grants:list")),
    ]
    if role == Role.OWNER:
        workspace = [
            (_("Mon plan"), reverse("onboarding:plan")),
            (_("Mon parcours"), reverse("courses:dashboard")),
            (_("Mes certificats"), reverse("certificates:mine")),
        ]
    elif role == Role.ADVISOR:
        workspace = [
            (_("Mon portefeuille"), reverse("advising:portfolio")),
            (_("Graphiques"), reverse("advising:charts")),
            (_("Cohortes"), reverse("advising:cohorts")),
            (_("Invitations"), reverse("advising:invitations")),
        ]
    elif role == Role.STAFF:
        workspace = [
            (_("Portefeuilles"), reverse("advising:portfolio")),
            (_("Graphiques"), reverse("advising:charts")),
            (_("Affectations"), reverse("advising:assignments")),
            (_("Gestion du contenu"), reverse("wagtailadmin_home")),
        ]
    else:
        workspace = []
    return tuple(
        [
            NavItem(str(label), url, position=PROGRAMME_POSITION + 10 * index)
            for index, (label, url) in enumerate(programme, start=1)
        ]
        + [
            NavItem(str(label), url, position=WORKSPACE_POSITION + 10 * index)
            for index, (label, url) in enumerate(workspace, start=1)
        ]
    )


def navigation_for(user) -> tuple[NavItem, ...]:
    """Links for the main navigation: each role sees its own workspace. A tuple: the header
    keeps one copy of its markup per set of links (templates/includes/header.html)."""
    # The brand links home: the navigation keeps its room for the programme and workspaces.
    items = _own_items(user)
    for contribute in hooks.get_hooks(NAVIGATION_HOOK):
        items.extend(contribute(user))
    return tuple(sorted(items, key=lambda item: item.position))
