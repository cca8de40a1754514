"""Reads shared by every page: the footer's legal pages."""

from core.models import LEGAL_PAGE_SLUGS, StandardPage


def legal_pages() -> list[StandardPage]:
    """The live legal pages in footer order, in one query."""
    pages = {
        page.slug: page
        for page in StandardPage.objects.live()
        .filter(slug__in=LEGAL_PAGE_SLUGS)
        .only("title", "slug", "url_path")
    }
    return [pages[slug] for slug in LEGAL_PAGE_SLUGS if slug in pages]
