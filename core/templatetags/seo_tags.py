"""The head's tags for search engines and link previews (see core.seo).

base.html writes a page's title and description once, in its ``title`` and ``description``
blocks, and reads them three times: ``<title>``, ``<meta name="description">`` and the Open
Graph tags. ``{% capture as name %}…{% endcapture %}`` keeps what its content rendered (blocks
included: a child template's ``{% block title %}`` still replaces the one inside) so that a
page overriding one block changes all three.
"""

from functools import lru_cache

from django import template
from django.conf import settings
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from core.seo import PageData, absolute_url, json_ld_script, open_graph_locale, plain_text
from core.templatetags.rendition_tags import prefetched_rendition

register = template.Library()


class CaptureNode(template.Node):
    def __init__(self, nodelist, name: str):
        self.nodelist = nodelist
        self.name = name

    def render(self, context) -> str:
        # Already escaped by the tags inside, as it would have been written in place.
        context[self.name] = SafeString(self.nodelist.render(context))
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}``: renders nothing, sets ``name``."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.filter
def json_ld(items) -> SafeString:
    """``{{ seo.json_ld|json_ld }}``: the page's schema.org objects as script blocks."""
    return json_ld_script(items)


@register.simple_tag
def image_url(image, spec: str) -> str:
    """The absolute address of ``image``'s rendition for ``spec`` (the one the page already
    shows, so no new file is made), or "" without an image."""
    if not image:
        return ""
    return absolute_url(prefetched_rendition(image, spec).url)


@register.simple_tag(takes_context=True)
def open_graph(context, title, description, data: PageData | None = None, **overrides):
    """The Open Graph tags of the page: its title and description as plain text, its
    canonical address (without the query string), the language's locale, and the image and
    type that ``data`` (the view's ``seo``) or ``image=``/``type=`` give."""
    data = data or PageData()
    image = overrides.get("image", data.image)
    kind = overrides.get("type") or data.type
    locale = open_graph_locale(get_language())
    tags = [
        ("og:site_name", context.get("SITE_NAME", "")),
        ("og:type", kind),
        ("og:title", plain_text(title)),
        ("og:description", plain_text(description)),
        ("og:locale", locale),
    ]
    codes = tuple(code for code, _name in settings.LANGUAGES)
    tags += [("og:locale:alternate", other) for other in _other_locales(locale, codes)]
    request = context.get("request")
    if request is not None:
        tags.append(("og:url", absolute_url(request.path)))
    if image:
        tags.append(("og:image", image))
    # What format_html_join writes, each value escaped once (every page's head has these).
    return mark_safe(  # noqa: S308 (the properties are ours, the values escaped here)
        "\n  ".join(
            f'<meta property="{name}" content="{conditional_escape(value)}">'
            for name, value in tags
        )
    )


@lru_cache
def _other_locales(locale: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The other languages (``codes``: the site's) as Open Graph locales, in their order."""
    others = dict.fromkeys(open_graph_locale(code) for code in codes)
    return tuple(other for other in others if other != locale)
