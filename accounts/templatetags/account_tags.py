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
