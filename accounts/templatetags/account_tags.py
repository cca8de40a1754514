"""Template tags that depend on who is looking: the header navigation follows the role."""

from django import template

from accounts.navigation import navigation_for

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    return navigation_for(context["request"].user)
