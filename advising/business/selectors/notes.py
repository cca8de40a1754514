"""The advisors' private notes about a business."""

from __future__ import annotations

from django.db.models import QuerySet

from advising.models import Note
from onboarding.profile.models import Business


def notes_of(business: Business) -> QuerySet[Note]:
    """The private notes, newest first, with their authors. Only for advisors' and staff's pages."""
    return Note.objects.filter(business=business).select_related("author")
