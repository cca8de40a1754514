"""The portfolio rule, given to the layers below through ``accounts.following``."""

from wagtail import hooks

from accounts.following import FOLLOWED_OWNERS_HOOK
from onboarding.profile.selectors import visible_businesses


@hooks.register(FOLLOWED_OWNERS_HOOK)
def owners_in_portfolio(user):
    """The owners of the businesses assigned to ``user``: what her portfolio holds."""
    return visible_businesses(user).values("owner_id")
