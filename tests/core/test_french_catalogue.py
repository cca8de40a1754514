"""French is the source language, and its catalogue holds every message as written.

Without it, Django falls back to the English plural rule (only 1 is singular) and a French
page reads « 0 commandes », « 0 leçons terminées »: French takes the singular for 0 and 1.
``make messages`` keeps the catalogue complete (``msgen``).
"""

from pathlib import Path

from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def test_every_french_message_is_in_the_french_catalogue():
    with CATALOGUE.open("rb") as po:
        catalogue = read_po(po)
    missing = [
        message.id
        for message in catalogue
        if message.id
        and (not message.string or (isinstance(message.string, tuple) and not all(message.string)))
    ]
    assert missing == []
    assert catalogue.plural_forms == "nplurals=2; plural=(n > 1);"


def test_zero_takes_the_singular_in_french_and_the_plural_in_english():
    singular, plural = "%(count)s nouvelle commande", "%(count)s nouvelles commandes"
    with translation.override("fr"):
        assert translation.ngettext(singular, plural, 0) % {"count": 0} == "0 nouvelle commande"
        assert translation.ngettext(singular, plural, 2) % {"count": 2} == "2 nouvelles commandes"
    with translation.override("en"):
        assert translation.ngettext(singular, plural, 0) % {"count": 0} == "0 new orders"
