"""Demo site: the home page presenting the programme and the legal pages, read from
``demo/content/site/``."""

from copy import deepcopy
from functools import cache

from django.db import transaction
from wagtail.models import Page, Site

from core.home.models import HomePage
from core.models import StandardPage
from demo.content import CONTENT_DIR
from demo.content.body import markdown_to_blocks
from demo.content.files import ContentError, numbered, read_markdown, read_yaml

SITE_DIR = CONTENT_DIR / "site"
#: What the body of an ordinary page can hold (core.blocks.BodyBlock).
PAGE_BLOCKS = {"heading", "paragraph"}


def _with_page_field(value):
    """Links in the files name a path (``url``); the block also has a ``page``, left empty."""
    if isinstance(value, list):
        return [_with_page_field(item) for item in value]
    if isinstance(value, dict):
        value = {key: _with_page_field(item) for key, item in value.items()}
        if "url" in value and "page" not in value:
            value["page"] = None
        return value
    return value


@cache
def home_content() -> dict:
    data = read_yaml(SITE_DIR / "accueil.yaml")
    data["sections"] = _with_page_field(data.get("sections") or [])
    return data


@cache
def legal_pages() -> list[dict]:
    pages = []
    for slug, path in numbered(SITE_DIR / "pages", suffix=".md"):
        metadata, markdown = read_markdown(path)
        body = markdown_to_blocks(markdown, origin=path, base=path.parent)
        if {block["type"] for block in body} - PAGE_BLOCKS:
            raise ContentError(f"{path} : une page ne contient que des intertitres et du texte.")
        pages.append(
            {"slug": slug, "title": metadata["title"], "intro": metadata["intro"], "body": body}
        )
    return pages


@transaction.atomic
def load_demo_site() -> HomePage:
    """Install the home page as the site's root and the legal pages under it; idempotent."""
    content = home_content()
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title=content["title"],
            slug=content["slug"],
            seo_title=content["seo_title"],
            intro=content["intro"],
            sections=deepcopy(content["sections"]),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    old_root_id = site.root_page_id if site.pk else None
    site.hostname, site.port = site.hostname or "localhost", site.port or 80
    site.site_name, site.root_page = content["site_name"], home
    site.save()
    if old_root_id and old_root_id != home.pk:
        # Wagtail's "Welcome to your new Wagtail site!" placeholder, no longer served.
        Page.objects.filter(pk=old_root_id, content_type__model="page").delete()
    for spec in legal_pages():
        if not StandardPage.objects.filter(slug=spec["slug"]).exists():
            page = StandardPage(**deepcopy(spec))
            home.add_child(instance=page)
            page.save_revision().publish()
    return home
