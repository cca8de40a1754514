"""What search engines and link previews read in a page's head, shared by every feature.

A page tells them about itself in two ways, both built here from plain Python values:

- **JSON-LD** (schema.org): ``json_ld_script`` serialises dicts that a feature builds (a
  shop, its products) into ``<script type="application/ld+json">`` blocks. Such a block is
  data, never run, so the Content-Security-Policy has nothing to allow; what a merchant typed
  cannot end the block early, because ``<``, ``>`` and ``&`` are written as JSON escapes.
- **Open Graph** (``og:`` meta tags, read by social networks and messaging apps): base.html
  writes them for every page from its title and description (``core.templatetags.seo_tags``);
  a view adds an image, a type or JSON-LD with a ``PageData`` in its context, as ``seo``.

Every address given to them is absolute and built from ``settings.SITE_URL``, like the links
in e-mails and badges: the canonical address, whatever host name the request came by.
"""

import html
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html_join, strip_tags
from django.utils.safestring import SafeString
from wagtail.contrib.sitemaps import Sitemap as PagesSitemap

SCHEMA = "https://schema.org"
#: Open Graph locales of the interface languages; French pages are « fr_FR ».
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
#: Characters that must not appear raw inside a <script> element: JSON escapes instead, which
#: every JSON parser reads back as the same characters.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PageData:
    """What a page says of itself beyond its title and description (``seo`` in its context).

    ``json_ld``: schema.org objects, each written in its own script block; ``image``: the
    absolute address of the picture a link preview shows; ``type``: the Open Graph type.
    """

    json_ld: list[dict] = field(default_factory=list)
    image: str = ""
    type: str = "website"


def absolute_url(url: str) -> str:
    """``url`` as an absolute address on the site (a path, or already absolute: a file
    stored on S3 has its own host)."""
    if urlsplit(url).scheme:
        return url
    return f"{settings.SITE_URL}/{url.lstrip('/')}"


def plain_text(text: str) -> str:
    """Markup and entities removed, runs of white space made one space: a description as
    search engines and previews show it."""
    text = text or ""
    if "<" in text:  # most titles have no markup: strip_tags parses the text as HTML
        text = strip_tags(text)
    if "&" in text:
        text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()


def open_graph_locale(language_code: str | None) -> str:
    return OPEN_GRAPH_LOCALES.get((language_code or "").split("-")[0], OPEN_GRAPH_LOCALES["fr"])


def with_context(data: dict) -> dict:
    """A top-level schema.org object: ``@context`` first, as the examples write it."""
    return {"@context": SCHEMA, **data}


def json_ld_text(data) -> str:
    """``data`` as JSON safe to place between ``<script>`` and ``</script>``."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)


def json_ld_script(items) -> SafeString:
    """One ``<script type="application/ld+json">`` per object of ``items`` (a dict or a list
    of dicts); nothing for none."""
    if isinstance(items, dict):
        items = [items]
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        ((SafeString(json_ld_text(item)),) for item in items or ()),
    )


def postal_address(*, street: str, postcode: str, locality: str, country: str = "FR") -> dict:
    return {
        "@type": "PostalAddress",
        "streetAddress": street,
        "postalCode": postcode,
        "addressLocality": locality,
        "addressCountry": country,
    }


class CanonicalSitemap(Sitemap):
    """A sitemap of Django views whose addresses are the canonical ones (``SITE_URL``), like
    the JSON-LD's and Open Graph's, whatever host name the crawler asked."""

    def get_protocol(self, protocol=None) -> str:
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None) -> str:
        return urlsplit(settings.SITE_URL).netloc


def canonical_url(url: str) -> str:
    """``url`` on the canonical host (``SITE_URL``), whatever host it was built with."""
    parts = urlsplit(url)
    return absolute_url(parts._replace(scheme="", netloc="").geturl())


class CanonicalPagesSitemap(PagesSitemap):
    """Wagtail's live public pages, at their canonical addresses like the other sections:
    Wagtail builds them from the Site record's host name, which need not be the public one
    (``localhost`` in a fresh install)."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = canonical_url(url["location"])
        return urls
