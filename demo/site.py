"""Demo site: the home page presenting the programme and the legal pages, read from
``demo/content/site/``, with their English versions where ``.en.`` files are beside them
(demo.content.english)."""

from copy import deepcopy
from functools import cache

from django.db import transaction
from wagtail.models import Page, Site

from core.home.models import HomePage
from core.models import StandardPage
from core.translations import in_default_locale
from demo.content import CONTENT_DIR
from demo.content.body import markdown_to_blocks
from demo.content.english import translate
from demo.content.files import ContentError, english_sibling, numbered, read_markdown, read_yaml

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


def _home(path) -> dict:
    data = read_yaml(path)
    data["sections"] = _with_page_field(data.get("sections") or [])
    return data


@cache
def home_content() -> dict:
    return _home(SITE_DIR / "accueil.yaml")


@cache
def english_home_content() -> dict | None:
    english = english_sibling(SITE_DIR / "accueil.yaml")
    return _home(english) if english else None


def _legal_page(path, slug: str) -> dict:
    metadata, markdown = read_markdown(path)
    body = markdown_to_blocks(markdown, origin=path, base=path.parent)
    if {block["type"] for block in body} - PAGE_BLOCKS:
        raise ContentError(f"{path} : une page ne contient que des intertitres et du texte.")
    return {"slug": slug, "title": metadata["title"], "intro": metadata["intro"], "body": body}


@cache
def legal_pages() -> list[dict]:
    return [_legal_page(path, slug) for slug, path in numbered(SITE_DIR / "pages", suffix=".md")]


@cache
def english_legal_pages() -> dict[str, dict]:
    """The English versions of the legal pages, by slug."""
    pages = {}
    for slug, path in numbered(SITE_DIR / "pages", suffix=".md"):
        english = english_sibling(path)
        if english is not None:
            pages[slug] = _legal_page(english, slug)
    return pages


def _translate_home(home: HomePage) -> None:
    english = english_home_content()
    if english is not None:
        texts = {name: english[name] for name in ("title", "seo_title", "intro") if name in english}
        translate(home, {**texts, "sections": deepcopy(english["sections"])})


@transaction.atomic
def load_demo_site() -> HomePage:
    """Install the home page as the site's root and the legal pages under it; idempotent."""
    content = home_content()
    home = in_default_locale(HomePage.objects).first()
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
    _translate_home(home)
    english = english_legal_pages()
    for spec in legal_pages():
        page = StandardPage.objects.child_of(home).filter(slug=spec["slug"]).first()
        if page is None:
            page = StandardPage(**deepcopy(spec))
            home.add_child(instance=page)
            page.save_revision().publish()
        if spec["slug"] in english:
            texts = english[spec["slug"]]
            translate(page, {name: deepcopy(texts[name]) for name in ("title", "intro", "body")})
    return home
