"""The accessibility statement (RGAA's model) shows the audit's own figures, in each language."""

import re

import pytest

from core.accessibility import audit_results
from core.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(home_page):
    return StandardPage.objects.get(slug="accessibilite", locale__language_code="fr")


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_the_statement_has_every_part_the_rgaa_asks_for(client, statement):
    response = client.get(statement.url)
    assert response.status_code == 200
    text = text_of(response)
    for part in (
        "État de conformité",
        "partiellement conforme",
        "Résultats des tests",
        "Non-conformités",
        "Dérogations pour charge disproportionnée",
        "Contenus non soumis à l'obligation d'accessibilité",
        "Établissement de cette déclaration",
        "Pages du site ayant fait l'objet de la vérification",
        "Retour d'information et contact",
        "accessibilite@accelerateur.example",
        "formulaire en ligne",
        "Voies de recours",
        "09 69 39 00 00",
        "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07",
    ):
        assert part.replace("'", "&#x27;") in text or part in text, part
    assert 'href="https://formulaire.defenseurdesdroits.fr/"' in response.content.decode()


def test_its_figures_are_the_audits(client, statement):
    audit = audit_results()
    text = text_of(client.get(statement.url))
    assert f"axe-core {audit['axe_core']}" in text
    assert f"Chromium {audit['chromium']}" in text
    assert f"{audit['page_types']} types de pages" in text
    assert f"{audit['pages_audited']} pages vérifiées" in text
    for impact, label in (
        ("critical", "Critique"),
        ("serious", "Grave"),
        ("moderate", "Modérée"),
        ("minor", "Mineure"),
    ):
        assert f"{label} {audit['violations'][impact]} " in text
    for page in audit["pages"]:
        assert page["fr"].replace("'", "&#x27;") in text or page["fr"] in text, page["fr"]


def test_in_english_the_french_text_is_marked_french(client, statement, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(statement.url).content.decode()
    assert '<html lang="en">' in html
    # The statement has an English version (site/pages/03-accessibilite.en.md).
    assert 'class="container prose page-body" lang="fr"' not in html
    # The audit's part is the interface's, in English, inside the French page.
    assert 'class="accessibility-audit" lang="en"' in html
    assert audit_results()["pages"][0]["en"] in html


def test_the_audit_file_counts_what_it_lists():
    audit = audit_results()
    assert audit["page_types"] == len(audit["pages"])
    assert audit["combinations"] == sum(len(page["roles"]) for page in audit["pages"]) * len(
        audit["languages"]
    )
    assert set(audit["violations"]) == {"critical", "serious", "moderate", "minor"}


def test_the_cms_french_text_is_marked_french_on_english_pages(client, home_page, settings):
    # A page nobody has translated (the demo's home and legal pages have English versions).
    page = StandardPage(title="Sans traduction", slug="sans-traduction", intro="Texte.", body=[])
    home_page.add_child(instance=page)
    page.save_revision().publish()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert '<div lang="fr">' in client.get(page.url).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    assert '<div lang="fr">' not in client.get(page.url).content.decode()


def test_every_page_states_the_conformity_in_its_footer(client, statement):
    """The RGAA asks for « Accessibilité : partiellement conforme » on every page."""
    for path in ("/", "/mentions-legales/"):
        content = client.get(path).content.decode()
        assert f'<a href="{statement.url}">Accessibilité : partiellement conforme</a>' in content
