"""Reads: the latest result, a result with its progress, the history, recommended courses.

Each function runs a fixed number of queries, whatever the number of past results or courses:
the result page must not slow down for a business that takes the diagnostic every month.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from core.translations import in_default_locale, translated
from courses.models import CoursePage
from courses.models.pages import CourseTheme
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.diagnostic.questionnaire import DIMENSIONS
from onboarding.profile.selectors import visible_businesses

RECOMMENDATIONS = 4
#: How many of the weakest dimensions the recommendations serve, taking turns.
FOCUS = 2


@dataclass(frozen=True)
class DimensionScore:
    """A dimension's score in one result, and its change since the result before."""

    key: str
    label: str
    score: int
    previous: int | None = None

    @property
    def change(self) -> int | None:
        return None if self.previous is None else self.score - self.previous


@dataclass(frozen=True)
class HistoryEntry:
    result: DiagnosticResult
    dimensions: list[DimensionScore]
    previous_overall: int | None

    @property
    def overall_change(self) -> int | None:
        if self.previous_overall is None:
            return None
        return self.result.overall_score - self.previous_overall


def latest_result(business) -> DiagnosticResult | None:
    """The business's most recent diagnostic, or None if it never took one. One query."""
    if business is None:
        return None
    return DiagnosticResult.objects.filter(business=business).order_by("-taken_at", "-pk").first()


def visible_result(user, pk: int) -> DiagnosticResult | None:
    """The result if ``user`` may see its business (owner, assigned advisor, staff). One query."""
    return (
        DiagnosticResult.objects.select_related("business")
        .filter(pk=pk, business__in=visible_businesses(user))
        .first()
    )


def previous_result(result: DiagnosticResult) -> DiagnosticResult | None:
    """The same business's result just before ``result``. One query."""
    earlier = Q(taken_at__lt=result.taken_at) | Q(taken_at=result.taken_at, pk__lt=result.pk)
    return (
        DiagnosticResult.objects.filter(earlier, business_id=result.business_id)
        .order_by("-taken_at", "-pk")
        .defer("answers")
        .first()
    )


def dimension_scores(
    result: DiagnosticResult, previous: DiagnosticResult | None = None
) -> list[DimensionScore]:
    """The result's scores in questionnaire order, with the previous ones when there are some.

    Dimensions a result does not know (from another version of the questionnaire) are left out.
    """
    before = previous.scores if previous else {}
    return [
        DimensionScore(
            key=dimension.key,
            label=str(dimension.label),
            score=result.scores[dimension.key],
            previous=before.get(dimension.key),
        )
        for dimension in DIMENSIONS
        if dimension.key in result.scores
    ]


def history(business) -> list[HistoryEntry]:
    """Every result of the business, newest first, each compared with the one before. One query."""
    results = list(
        DiagnosticResult.objects.filter(business=business)
        .order_by("-taken_at", "-pk")
        .defer("answers")
    )
    entries = []
    for index, result in enumerate(results):
        previous = results[index + 1] if index + 1 < len(results) else None
        entries.append(
            HistoryEntry(
                result=result,
                dimensions=dimension_scores(result, previous),
                previous_overall=previous.overall_score if previous else None,
            )
        )
    return entries


def weakest_dimensions(result: DiagnosticResult) -> list[str]:
    """Dimension keys below 100, weakest first; ties keep the questionnaire's order."""
    order = {dimension.key: index for index, dimension in enumerate(DIMENSIONS)}
    keys = [key for key, score in result.scores.items() if key in order and score < 100]
    return sorted(keys, key=lambda key: (result.scores[key], order[key]))


def recommended_courses(result: DiagnosticResult, limit: int = RECOMMENDATIONS) -> list[CoursePage]:
    """Published courses for the weakest dimensions, the most relevant first. Two queries.

    The page promises courses for the owner's weakest dimensions, so the ``FOCUS`` weakest
    take turns (the weakest first): one dimension with many courses cannot fill every place.
    Within a dimension, a course sharing more of its themes comes first (a course *about*
    security before one that mentions the CNIL in passing), then the catalogue's order.

    Each course gets ``dimension``: the weak dimension it is recommended for, for the page to
    say why.
    """
    weakest = weakest_dimensions(result)[:FOCUS]
    if not weakest:
        return []
    themes_of = {dimension.key: set(dimension.themes) for dimension in DIMENSIONS}
    wanted = set().union(*(themes_of[key] for key in weakest))
    tagged = CourseTheme.objects.filter(tag__name__in=wanted).values("content_object_id")
    # Default-locale courses only (translations share their themes), texts in the visitor's
    # language.
    courses = translated(
        in_default_locale(CoursePage.objects.live())
        .filter(pk__in=tagged)
        .order_by("path")
        .prefetch_related(CoursePage.card_themes_prefetch()),
        ("title", "summary"),
    )
    names_of = {course.pk: {theme.name for theme in course.card_themes} for course in courses}
    queues = []
    for key in weakest:
        matching = [course for course in courses if names_of[course.pk] & themes_of[key]]
        # Stable sort: equally relevant courses keep the catalogue's order.
        matching.sort(key=lambda course: -len(names_of[course.pk] & themes_of[key]))
        queues.append((key, matching))
    labels = {dimension.key: str(dimension.label) for dimension in DIMENSIONS}
    chosen: dict[int, CoursePage] = {}
    while len(chosen) < limit and any(matching for _key, matching in queues):
        for key, matching in queues:
            while matching and matching[0].pk in chosen:
                matching.pop(0)  # already recommended for a weaker dimension
            if matching and len(chosen) < limit:
                course = matching.pop(0)
                course.dimension = labels[key]
                chosen[course.pk] = course
    return list(chosen.values())
