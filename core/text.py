"""Free text typed into a field that no Django form reads (a motivation, a reason).

Django's form fields refuse a NUL byte (``ProhibitNullCharactersValidator``); text read
straight from ``request.POST`` must be checked the same way before it is stored: PostgreSQL
refuses a NUL in any text (a 500), and other control characters break the exports and PDFs
that print the text later. Tabs and line breaks are ordinary typing and stay allowed.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext_lazy as _

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

#: What the person reads when her text holds such a character (pasted from another program).
CONTROL_CHARACTERS_MESSAGE = _(
    "Votre texte contient un caractère invisible non autorisé : retapez-le sans le copier-coller."
)


def has_control_characters(text: str) -> bool:
    """Whether ``text`` holds NUL or another control character other than tab and newlines."""
    return bool(_CONTROL.search(text))
