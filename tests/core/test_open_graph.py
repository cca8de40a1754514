"""Every page's head gives link previews (Open Graph) its title and description, written once in
the page's blocks; pages with a picture add it. The JSON-LD writer keeps typed text inside
its script block. Pages are read back with extruct, as a crawler would."""

import html
import json
import re

import extruct
import pytest
from django.conf import settings
from django.template import Context, Template, engines
from django.urls import reverse
from django.utils.html import strip_tags

from core.seo import PageData, json_ld_script, json_ld_text, plain_text
from tests.courses.factories import make_catalog, make_course, make_track
from tests.storefront_builder.storefront.factories import make_image

pytestmark = pytest.mark.django_db


def page_of(client, path: str, **cookies) -> tuple[str, dict]:
    for name, value in cookies.items():
        client.cookies[name] = value
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    data = extruct.extract(html, base_url=f"{settings.SITE_URL}/", syntaxes=["opengraph"])
    (properties,) = data["opengraph"]
    return html, dict(properties["properties"])


def title_of(html: str) -> str:
    return re.search(r"<title[^>]*>(.*?) · ", html, re.S).group(1)


def description_of(html: str) -> str:
    return re.search(r'<meta name="description" content="([^"]*)">', html).group(1)


def test_every_page_has_a_preview_from_its_title_and_description(client, home_page):
    html, preview = page_of(client, reverse("shops:directory"))
    assert preview["og:title"] == title_of(html) == "Les boutiques en click and collect"
    assert preview["og:description"] == description_of(html)
    assert preview["og:description"].startswith("Se former, ouvrir sa boutique")
    assert preview["og:url"] == f"{settings.SITE_URL}/boutiques/"
    assert preview["og:type"] == "website"
    assert preview["og:locale"] == "fr_FR"
    assert preview["og:site_name"] == settings.WAGTAIL_SITE_NAME
    assert "og:image" not in preview  # none to show


def test_the_address_in_the_preview_is_the_page_without_its_query(client, home_page):
    _, preview = page_of(client, reverse("shops:directory") + "?page=1&categorie=bakery")
    assert preview["og:url"] == f"{settings.SITE_URL}/boutiques/"


def test_a_cms_page_previews_with_its_own_title(client, home_page):
    html, preview = page_of(client, "/mentions-legales/")
    assert preview["og:title"] == title_of(html)
    assert "Mentions légales" in preview["og:title"]
    assert preview["og:url"] == f"{settings.SITE_URL}/mentions-legales/"


def test_in_english_the_preview_says_so(client, home_page):
    _, preview = page_of(client, reverse("shops:directory"), accelerateur_language="en")
    assert preview["og:locale"] == "en_GB"
    assert preview["og:locale:alternate"] == "fr_FR"


def test_a_course_previews_with_its_summary_and_its_image(client, home_page):
    track = make_track(make_catalog(home_page))
    course = make_course(
        track,
        title="Vendre sur les places de marché",
        summary="Choisir une place de marché & y ouvrir sa boutique.",
        image=make_image("marche"),
        lessons=1,
    )
    html, preview = page_of(client, course.url)
    assert preview["og:title"] == "Vendre sur les places de marché"
    assert preview["og:description"] == "Choisir une place de marché & y ouvrir sa boutique."
    assert description_of(html) == "Choisir une place de marché &amp; y ouvrir sa boutique."
    assert preview["og:url"] == f"{settings.SITE_URL}{course.url}"
    image = preview["og:image"]
    assert image.startswith(f"{settings.SITE_URL}/") and "fill-960x400" in image
    assert image.removeprefix(settings.SITE_URL) in html  # the picture the page shows


def test_a_course_without_image_has_none_in_its_preview(client, home_page):
    course = make_course(make_track(make_catalog(home_page)), lessons=1)
    _, preview = page_of(client, course.url)
    assert "og:image" not in preview


# --- The helpers ----------------------------------------------------------------------------


def test_json_ld_text_never_closes_its_script_block():
    data = {"name": "</script><script>alert(1)</script> & <!--"}
    text = json_ld_text(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data


def test_json_ld_script_writes_one_block_per_object():
    html = str(json_ld_script([{"@type": "Store"}, {"@type": "ItemList"}]))
    assert html.count('<script type="application/ld+json">') == 2
    assert str(json_ld_script([])) == ""


def test_plain_text_removes_markup_and_entities():
    assert plain_text("<p>Pain &amp; <b>levain</b>\n\n bio</p>") == "Pain & levain bio"


def test_capture_keeps_what_a_child_block_wrote():
    parent = (
        "{% load seo_tags %}{% capture as said %}{% block word %}parent{% endblock %}"
        "{% endcapture %}[{{ said }}|{{ said }}]"
    )
    engine = engines["django"].engine
    child = Template(
        "{% extends base %}{% block word %}enfant &amp; co{% endblock %}", engine=engine
    )
    output = child.render(Context({"base": Template(parent, engine=engine)}))
    assert output == "[enfant &amp; co|enfant &amp; co]"


def test_a_view_gives_its_image_and_type():
    template = Template("{% load seo_tags %}{% open_graph 'Titre' 'Description' seo %}")
    output = template.render(
        Context({"seo": PageData(image="https://exemple.fr/a.jpg", type="article")})
    )
    assert '<meta property="og:image" content="https://exemple.fr/a.jpg">' in output
    assert '<meta property="og:type" content="article">' in output


@pytest.mark.parametrize(
    "text",
    [
        "Pain au levain",
        "Pain &amp; levain",
        "&lt;b&gt;gras&lt;/b&gt;",
        "<p>Pain <b>bio</b></p>",
        "2 < 3 &amp; 4 > 1",
        "  deux\n\tespaces  ",
        "",
        None,
    ],
)
def test_plain_text_skips_no_step_its_text_needs(text):
    """Text without ``<`` or ``&`` skips the HTML parser: the answer is the full cleaning's."""
    assert plain_text(text) == " ".join(html.unescape(strip_tags(text or "")).split())
