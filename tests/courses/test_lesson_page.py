"""What a lesson page shows: its body, fresh after every publication, its product links, and
what the lesson promises and rests on (objectives, sources, the date they were checked)."""

import datetime

import pytest
from bs4 import BeautifulSoup

from courses.blocks import product_url
from tests.courses.factories import fresh

pytestmark = pytest.mark.django_db


def test_a_republished_body_is_shown_at_once(client, lessons):
    lesson = fresh(lessons[0])
    assert "Contenu de la leçon 1." in client.get(lesson.url).content.decode()
    lesson.body = [{"type": "paragraph", "value": "<p>Texte corrigé par l'éditrice.</p>"}]
    lesson.save_revision().publish()
    page = client.get(lesson.url).content.decode()
    assert "Texte corrigé par l" in page and "Contenu de la leçon 1." not in page


def test_a_draft_is_not_shown_to_readers(client, lessons):
    lesson = fresh(lessons[0])
    client.get(lesson.url)
    lesson.body = [{"type": "paragraph", "value": "<p>Brouillon pas encore relu.</p>"}]
    lesson.save_revision()
    assert "Brouillon pas encore relu." not in client.get(lesson.url).content.decode()


def test_product_links_appear_only_where_the_feature_exists(client, lessons):
    lesson = fresh(lessons[0])
    lesson.body = [
        {
            "type": "product_link",
            "value": {"destination": "plan", "label": "Voir mon plan", "text": "Votre plan."},
        },
        {
            "type": "product_link",
            "value": {"destination": "storefront", "label": "Ouvrir ma boutique", "text": ""},
        },
    ]
    lesson.save_revision().publish()
    page = client.get(lesson.url).content.decode()
    assert 'href="/mon-plan/">Voir mon plan</a>' in page
    assert ("Ouvrir ma boutique" in page) == (product_url("storefront") is not None)


def test_checklist_renders(client, lessons):
    page = client.get(fresh(lessons[0]).url).content.decode()
    assert '<section class="checklist card"><h2>À appliquer dans ma boutique</h2>' in page


def test_advisors_reading_a_lesson_are_not_sent_to_an_owners_page(client, lessons):
    """The button leads an owner to her diagnostic; an advisor would meet a 403 there."""
    from tests.accounts.factories import AdvisorFactory, OwnerFactory, totp_for

    lesson = fresh(lessons[0])
    lesson.body = [
        {
            "type": "product_link",
            "value": {"destination": "diagnostic", "label": "Faire mon diagnostic", "text": ""},
        },
    ]
    lesson.save_revision().publish()
    assert 'href="/diagnostic/"' in client.get(lesson.url).content.decode()
    advisor = AdvisorFactory()
    totp_for(advisor)  # advisors without a second factor are sent to set one up first
    client.force_login(advisor)
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert 'href="/diagnostic/"' not in response.content.decode()
    client.force_login(OwnerFactory())
    assert 'href="/diagnostic/"' in client.get(lesson.url).content.decode()


def test_objectives_sources_and_the_date_of_checking_are_shown(client, lessons):
    lesson = fresh(lessons[0])
    bare = client.get(lesson.url).content.decode()
    assert "lesson-objectives" not in bare and "lesson-sources" not in bare
    lesson.objectives = "Choisir sa plateforme agréée.\nPréparer ses données clients."
    lesson.sources = [
        {
            "type": "source",
            "value": {
                "title": "Facturation électronique — impots.gouv.fr",
                "url": "https://www.impots.gouv.fr/professionnel",
            },
        }
    ]
    lesson.last_checked = datetime.date(2026, 12, 1)
    lesson.save_revision().publish()
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    objectives = soup.select_one(".lesson-objectives")
    assert [li.get_text() for li in objectives.select("li")] == [
        "Choisir sa plateforme agréée.",
        "Préparer ses données clients.",
    ]
    source = soup.select_one('.lesson-sources ul[lang="fr"] a')
    assert source["href"] == "https://www.impots.gouv.fr/professionnel"
    assert source.get_text() == "Facturation électronique — impots.gouv.fr"
    assert "vérifiées le 1er décembre 2026" in soup.select_one(".lesson-sources").get_text()
