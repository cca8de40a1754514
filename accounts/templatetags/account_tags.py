"""Template tags that depend on who is looking: the header navigation follows the role."""

from django import template

from accounts.navigation import navigation_for
from accounts.roles import offered_owner_actions

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    return navigation_for(context["request"].user)


@register.simple_tag(takes_context=True)
def offers_owner_actions(context) -> bool:
    """Whether the page may offer an owner's actions to this reader (``roles``); content
    cached for every reader is keyed by it."""
    return offered_owner_actions(context["request"].user)


@register.simple_tag(takes_context=True)
def header_identity(context) -> tuple | None:
    """What the header shows of the signed-in person (her names and address), as part of the
    key of its copies; None for a visitor, who has none of them to look up."""
    user = context["request"].user
    if not user.is_authenticated:
        return None
    return (user.pk, user.get_short_name(), user.get_full_name(), user.email)
