"""Template tags for the site layout: navigation, footer links, icons."""

from django import template

from core.navigation import navigation_for
from core.selectors import legal_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    return navigation_for(context["request"].user)


@register.simple_tag
def footer_legal_pages():
    return legal_pages()


@register.inclusion_tag("includes/icon.html")
def icon(name: str, size: int = 32):
    return {"name": name, "size": size}
