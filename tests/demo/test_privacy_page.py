"""The privacy page says what the code does: its figures follow the settings."""

from pathlib import Path

import pytest
from django.conf import settings

PAGE = Path(__file__).resolve().parents[2] / "demo/content/site/pages/02-confidentialite.md"


def test_the_privacy_page_states_the_version_and_the_retention_periods():
    text = PAGE.read_text(encoding="utf-8")
    retention = settings.RGPD_RETENTION
    assert f"Version du {settings.PRIVACY_POLICY_VERSION}" in text
    assert "L123-22" in text
    assert f"**{retention['orders_accounting_years']} ans**, pièces comptables" in text
    assert f"comptabilité ({retention['orders_accounting_years']} ans)" in text
    assert f"**{retention['grant_dossiers_years']} ans**, pour le contrôle du financeur" in text
    assert f"{retention['order_closed_days_after_slot']} jours après le créneau" in text
    assert "/compte/mes-donnees/" in text


@pytest.mark.django_db
def test_the_privacy_page_links_to_her_data(client, home_page):
    page = client.get("/confidentialite/").content.decode()
    assert 'href="/compte/mes-donnees/"' in page
    assert "Politique de confidentialité" in page
