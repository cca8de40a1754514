"""Editors can translate pages into English; the home page and the footer follow the visitor's
language at the same addresses."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from core.home.models import HomePage
from core.models import StandardPage
from core.translations import in_default_locale, language_of, original_of

pytestmark = pytest.mark.django_db


def test_english_is_a_content_locale_editors_may_translate_into():
    assert Locale.objects.filter(language_code="en").exists()
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="submit_translation").exists()
    assert reverse("simple_translation:submit_page_translation", args=[1])


def test_the_home_page_in_each_language_at_the_same_address(client, home_page):
    english = HomePage.objects.filter(locale__language_code="en").first()
    if english is None:
        pytest.skip("no site/accueil.en.yaml in demo/content yet")
    assert original_of(english) == home_page
    assert list(in_default_locale(HomePage.objects)) == [home_page]
    french = client.get("/").content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    content = client.get("/").content.decode()
    assert '<html lang="en">' in content
    assert "translation-notice" not in content and "translation-notice" not in french
    assert english.sections.raw_data != home_page.sections.raw_data


def test_the_footer_names_legal_pages_in_the_visitors_language(client, home_page):
    translated = StandardPage.objects.filter(locale__language_code="en").first()
    if translated is None:
        pytest.skip("no site/pages/*.en.md in demo/content yet")
    assert language_of(translated) == "en"
    original = original_of(translated)
    assert f">{original.title}</a>" in client.get("/").content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    content = client.get("/").content.decode()
    assert f">{translated.title}</a>" in content
    page = client.get(original.url).content.decode()
    assert translated.title in page and "translation-notice" not in page
