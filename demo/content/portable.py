"""Rich text as Wagtail stores it, and as a content file can carry it to another site.

Wagtail's editor marks each paragraph with a ``data-block-key`` (for comments) and links to a
page by its id. In a file, the keys are dropped (the editor gives new ones at the next edit)
and a link to a page names the page's path, ``page:/accueil/formations/``, which the import
turns back into a link to that page. A link to a document inside a text becomes a link to its
address: a file that a lesson ships is a download block.
"""

import re

from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from demo.content.files import ContentError

BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')
PAGE_PREFIX = "page:"


def _href(url: str) -> str:
    return f'<a href="{url.replace("&", "&amp;").replace(chr(34), "&quot;")}">'


def to_portable(html: str) -> str:
    """Stored rich text → the rich text written to a file."""

    def link(match: re.Match) -> str:
        attrs = extract_attrs(match.group(1))
        kind = attrs.get("linktype")
        if kind == "page":
            page = Page.objects.filter(pk=attrs.get("id")).first()
            return _href(f"{PAGE_PREFIX}{page.url_path}") if page else "<a>"
        if kind == "document":
            document = get_document_model().objects.filter(pk=attrs.get("id")).first()
            return _href(document.url) if document else "<a>"
        return match.group(0)

    return FIND_A_TAG.sub(link, BLOCK_KEY.sub("", html))


def from_portable(html: str, missing=None) -> str:
    """The rich text of a file → stored rich text, with its page links resolved.

    A link to a page that does not exist is an error, unless ``missing`` is given: it is then
    called with the path, and the link's text is kept without a target (an import that creates
    that page later comes back to resolve it).
    """

    def link(match: re.Match) -> str:
        href = extract_attrs(match.group(1)).get("href", "")
        if not href.startswith(PAGE_PREFIX):
            return match.group(0)
        path = href.removeprefix(PAGE_PREFIX)
        page = Page.objects.filter(url_path=path).first()
        if page is None and missing is not None:
            missing(path)
            return "<a>"
        if page is None:
            raise ContentError(f"Lien vers une page absente du site : « {path} ».")
        return f'<a linktype="page" id="{page.pk}">'

    return FIND_A_TAG.sub(link, html)
