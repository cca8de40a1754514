"""Which language a page's content is in, for the layout's notice and ``lang`` attribute."""

from django import template

from core.translations import language_of

register = template.Library()


@register.simple_tag
def content_language(page) -> str:
    """The language of a CMS page's content; "" for anything else (a view's ``page`` may be a
    paginator's). No query: locale ids come from the cache."""
    if not (hasattr(page, "locale_id") and hasattr(page, "translation_key")):
        return ""
    return language_of(page)
