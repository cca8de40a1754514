"""Reads for a business's page in the advisor workspace: what happened (``timeline``), where
the owner stands in her courses (``progress``), how her storefront is doing (``storefront``),
and the advisors' private notes (``notes``).

Every function runs a fixed number of queries whatever the amount of activity: each source is
read in one query (limited when it can grow without end) and the rows are joined in Python.
Callers pass a business they already obtained through ``followed_business`` (``access``):
these reads do not check access again.
"""

from advising.business.selectors.access import followed_business
from advising.business.selectors.notes import notes_of
from advising.business.selectors.progress import CourseProgress, QuizScore, course_progress
from advising.business.selectors.storefront import (
    ACTIVE_ORDER_STATUSES,
    StorefrontFigures,
    shops_of,
    storefront_figures,
)
from advising.business.selectors.timeline import KIND_LABELS, Kind, TimelineEntry, timeline

__all__ = [
    "ACTIVE_ORDER_STATUSES",
    "KIND_LABELS",
    "CourseProgress",
    "Kind",
    "QuizScore",
    "StorefrontFigures",
    "TimelineEntry",
    "course_progress",
    "followed_business",
    "notes_of",
    "shops_of",
    "storefront_figures",
    "timeline",
]
