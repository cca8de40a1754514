"""The timeline's note entry elides « de » before a vowel: « Note privée d'Amélie Durand »."""

import pytest
from django.utils import translation

from advising.business.selectors.timeline import _note_entries
from advising.models import Note
from tests.accounts.factories import AdvisorFactory

pytestmark = pytest.mark.django_db


def test_a_note_by_amelie_reads_d_amelie(business):
    author = AdvisorFactory(first_name="Amélie", last_name="Durand")
    Note.objects.create(business=business, author=author, body="À rappeler")
    with translation.override("fr"):
        (entry,) = _note_entries(business, 10)
    assert entry.text == "Note privée d'Amélie Durand"
