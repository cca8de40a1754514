"""The home page is a Wagtail page with editable sections, and the legal pages it links to."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.home.models import HomePage
from core.models import StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_presents_the_programme(client, home_page):
    content = client.get("/").content.decode()
    for text in ("formations", "webinaires", "bootcamps", "click and collect", "chèque"):
        assert text.lower() in content.lower(), text
    assert 'href="#contenu"' in content  # skip link
    for title in ("Mentions légales", "Politique de confidentialité", "Accessibilité"):
        assert title in content


def test_legal_pages_are_served(client, home_page):
    for slug in ("mentions-legales", "confidentialite", "accessibilite"):
        assert client.get(f"/{slug}/").status_code == 200


def test_editor_can_create_a_standard_page_in_the_cms(client, staff, home_page):
    client.force_login(staff)
    data = nested_form_data(
        {
            "title": "À propos",
            "slug": "a-propos",
            "intro": "Qui sommes-nous ?",
            "body": streamfield([("paragraph", rich_text("<p>Un programme pour les TPE.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/cms/pages/add/core/standardpage/{home_page.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="a-propos")
    assert page.live
    assert "Un programme pour les TPE." in client.get("/a-propos/").content.decode()


def test_page_rules(home_page):
    # One home page, at the top of the tree; ordinary pages go under it.
    assert not HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(home_page)
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert StandardPage.can_create_at(home_page)


def _card(content: str, title: str) -> str:
    start = content.index(title)
    return content[start : content.index("</li>", start)]


def test_the_click_and_collect_card_links_to_the_directory(client, home_page):
    content = client.get("/").content.decode()
    assert 'href="/boutiques/"' in _card(content, "Votre boutique en click and collect")
    assert 'href="/aides/"' in _card(content, "Votre aide au numérique")


def test_a_visitor_is_offered_an_account_a_signed_in_user_her_space(client, home_page):
    from tests.accounts.factories import OwnerFactory

    anonymous = client.get("/").content.decode()
    assert "Créer mon compte gratuit" in anonymous and 'href="/compte/signup/"' in anonymous
    assert "Mon espace" not in anonymous.split('<main id="contenu"')[1]

    client.force_login(OwnerFactory())
    main = client.get("/").content.decode().split('<main id="contenu"')[1]
    assert "Créer mon compte" not in main and "J'ai déjà un compte" not in main
    assert 'href="/compte/signup/"' not in main and 'href="/compte/login/"' not in main
    assert main.count('href="/mon-espace/"') >= 1
    assert ">Mon espace</a>" in main
