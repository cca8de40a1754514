"""Template tags for the site layout: footer links, icons (the navigation is ``account_tags``)."""

from django import template

from core.selectors import legal_pages

register = template.Library()


@register.simple_tag
def footer_legal_pages():
    return legal_pages()


@register.inclusion_tag("includes/icon.html")
def icon(name: str, size: int = 32):
    return {"name": name, "size": size}
