"""Reads shared by every page: the footer's legal pages."""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import get_language

from core.models import LEGAL_PAGE_SLUGS, StandardPage
from core.page_cache import content_version
from core.translations import in_default_locale, translated


@dataclass(frozen=True)
class PageLink:
    title: str
    url: str
    #: The accessibility statement's link carries the state of conformity, as the RGAA asks.
    is_accessibility_statement: bool = False


def legal_pages() -> list[PageLink]:
    """The live legal pages in footer order. Every page shows them, so they are cached until
    the next publication (the content version is in the key)."""
    key = f"legal-pages:{content_version()}:{get_language()}"
    links = cache.get(key)
    if links is None:
        # The default-locale pages, titled in the visitor's language where translated.
        found = translated(
            in_default_locale(StandardPage.objects.live())
            .filter(slug__in=LEGAL_PAGE_SLUGS)
            .only("title", "slug", "url_path", "locale_id", "translation_key")
        )
        pages = {page.slug: page for page in found}
        links = [
            PageLink(pages[s].title, pages[s].url, pages[s].is_accessibility_statement)
            for s in LEGAL_PAGE_SLUGS
            if s in pages
        ]
        cache.set(key, links, 3600)
    return links
