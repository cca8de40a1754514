"""The three roles of the platform and how a user's role is read from the database.

A role is not stored on the user: it follows from Django groups and flags, so staff grant it
in the Wagtail admin like any permission. A business owner is what sign-up gives.
"""

from enum import StrEnum

from django.utils.translation import gettext_lazy as _

ADVISORS_GROUP = "Conseillers"
# Wagtail creates these two groups with access to the CMS; their members are staff here.
STAFF_GROUPS = frozenset({"Editors", "Moderators"})


class Role(StrEnum):
    OWNER = "owner"
    ADVISOR = "advisor"
    STAFF = "staff"

    @property
    def label(self) -> str:
        return str(ROLE_LABELS[self])


ROLE_LABELS = {
    Role.OWNER: _("Chef d'entreprise"),
    Role.ADVISOR: _("Conseiller"),
    Role.STAFF: _("Équipe éditoriale"),
}

# Roles whose accounts reach other people's data: they must use a second factor.
ROLES_REQUIRING_MFA = frozenset({Role.ADVISOR, Role.STAFF})


def role_of(user) -> Role | None:
    """The role of a signed-in user (None for anonymous visitors); staff outranks advisor."""
    if not user.is_authenticated:
        return None
    if user.is_superuser or user.is_staff:
        return Role.STAFF
    group_names = user.group_names
    if group_names & STAFF_GROUPS:
        return Role.STAFF
    if ADVISORS_GROUP in group_names:
        return Role.ADVISOR
    return Role.OWNER


def offered_owner_actions(user) -> bool:
    """Whether pages may offer this visitor a business owner's actions (apply for a grant,
    take the diagnostic, open a shop): owners, and visitors who are not signed in, whom the
    action sends to sign in or up. Advisors and staff would only meet a refusal."""
    return role_of(user) in (None, Role.OWNER)
