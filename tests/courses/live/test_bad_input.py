"""Registration input no form checks (the motivation is read from the POST) and ids no row can
have: a clear 400 or a 404, nothing stored, what was typed kept."""

import pytest
from django.urls import reverse

from courses.live.models import Registration
from tests.hostile_input import HUGE_ID

pytestmark = pytest.mark.django_db


def apply(client, event, motivation):
    return client.post(reverse("events:register", args=[event.pk]), {"motivation": motivation})


@pytest.mark.parametrize("motivation", ["Ouvrir\x00 ma boutique", "Ouvrir\x1f ma boutique"])
def test_a_motivation_with_a_control_character_is_refused(client, owner, bootcamp, motivation):
    client.force_login(owner)
    response = apply(client, bootcamp, motivation)
    assert response.status_code == 400
    page = response.content.decode()
    assert "caractère invisible non autorisé" in page
    assert "ma boutique" in page  # what she typed is still in the box
    assert not Registration.objects.exists()


def test_a_motivation_over_2000_characters_is_refused(client, owner, bootcamp):
    client.force_login(owner)
    response = apply(client, bootcamp, "a" * 2001)
    assert response.status_code == 400
    assert "dépasse 2000 caractères" in response.content.decode()
    assert not Registration.objects.exists()


def test_line_breaks_and_tabs_are_ordinary_typing(client, owner, bootcamp):
    client.force_login(owner)
    apply(client, bootcamp, "Ouvrir ma boutique.\r\n\tEt vendre en ligne.")
    assert Registration.objects.get().motivation == "Ouvrir ma boutique.\r\n\tEt vendre en ligne."


def test_ids_that_cannot_exist_are_404(client, owner, staff):
    client.force_login(owner)
    assert client.post(f"/evenements/{HUGE_ID}/inscription/").status_code == 404
    assert client.post(f"/evenements/inscriptions/{HUGE_ID}/annulation/").status_code == 404
    assert client.get(f"/evenements/inscriptions/{HUGE_ID}/agenda.ics").status_code == 404
    client.force_login(staff)
    assert client.get(f"/evenements/{HUGE_ID}/participants/").status_code == 404
    assert client.post(f"/evenements/inscriptions/{HUGE_ID}/decision/").status_code == 404
    assert client.post(f"/evenements/{HUGE_ID}/presences/").status_code == 404
    assert client.post(f"/evenements/{HUGE_ID}/presences/import/").status_code == 404
