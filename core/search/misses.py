"""Searches that found nothing, counted so that editors see what content or synonym is missing.

Only the text is kept, folded (« Sécurité » and « securite » count together), with how many
times and the first and last day: no account, no address, no time of day. A text that looks
like an e-mail address or a phone number is not kept at all: people paste odd things into
search boxes.
"""

from __future__ import annotations

import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.search.analysis import fold
from core.search.models import SearchMiss

_PERSONAL = re.compile(r"@|(?:\d[\s.\-]?){6,}")


def normalised(query: str) -> str:
    return " ".join(fold(query).split())[:100]


def record_miss(scope: str, query: str) -> bool:
    """Count one more search in ``scope`` for ``query`` that found nothing; ``False`` when
    the text was not kept (empty, or looking like personal data)."""
    text = normalised(query)
    if not text or _PERSONAL.search(text):
        return False
    today = timezone.localdate()
    misses = SearchMiss.objects.filter(scope=scope, query=text)
    if misses.update(count=F("count") + 1, last_seen=today):
        return True
    try:
        with transaction.atomic():
            SearchMiss.objects.create(
                scope=scope, query=text, count=1, first_seen=today, last_seen=today
            )
    except IntegrityError:  # another request created it in between
        misses.update(count=F("count") + 1, last_seen=today)
    return True
