"""The header navigation, which depends on who is looking."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, role_of


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str


def navigation_for(user) -> list[NavItem]:
    """Links for the main navigation: each role sees its own workspace."""
    # The brand links home: the navigation keeps its room for the programme and workspaces.
    items = [
        NavItem(_("Formations"), "/formations/"),
        NavItem(_("Webinaires"), "/webinaires/"),
        NavItem(_("Bootcamps"), "/bootcamps/"),
        NavItem(_("Aides"), reverse("grants:list")),
    ]
    role = role_of(user)
    if role == Role.OWNER:
        items.append(NavItem(_("Mon plan"), reverse("onboarding:plan")))
        items.append(NavItem(_("Mon parcours"), reverse("courses:dashboard")))
        items.append(NavItem(_("Mes certificats"), reverse("certificates:mine")))
    elif role == Role.ADVISOR:
        items.append(NavItem(_("Mon portefeuille"), reverse("advising:portfolio")))
        items.append(NavItem(_("Graphiques"), reverse("advising:charts")))
        items.append(NavItem(_("Cohortes"), reverse("advising:cohorts")))
        items.append(NavItem(_("Invitations"), reverse("advising:invitations")))
    elif role == Role.STAFF:
        items.append(NavItem(_("Portefeuilles"), reverse("advising:portfolio")))
        items.append(NavItem(_("Graphiques"), reverse("advising:charts")))
        items.append(NavItem(_("Affectations"), reverse("advising:assignments")))
        items.append(NavItem(_("Gestion du contenu"), reverse("wagtailadmin_home")))
    return items
