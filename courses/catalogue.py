"""The catalogue's filters, facet counts and search.

One query lists the few columns of every live course, the search (core.search: stemming,
synonyms, typos) runs a constant handful when there is a query, one loads the courses shown
and one the lessons found: the page costs the same with 10 courses or 200.

A lesson that matches leads to itself: it is listed under its course with an extract, its
words highlighted, and brings its course into the results. Courses an editor promoted for the
query come first. A search that finds nothing is counted for the editors (core.search.misses).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils import translation
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from core.search import has_words, search_query
from core.search.engine import search
from core.search.promotions import promoted_page_ids
from core.translations import translated
from courses.models import CoursePage, Format, LessonPage, Level, TrackPage
from courses.search import COURSE, LESSON

#: Lessons shown under a course found by its lessons.
LESSONS_PER_COURSE = 3
MISS_SCOPE = "catalogue"

EFFORT_CHOICES = [
    ("short", _("1 h ou moins")),
    ("medium", _("De 1 h à 3 h")),
    ("long", _("Plus de 3 h")),
]


def effort_bucket(hours: Decimal) -> str:
    if hours <= 1:
        return "short"
    return "medium" if hours <= 3 else "long"


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    #: The label's language when it is not the interface's (a track not translated yet).
    lang: str = ""


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption]


@dataclass
class LessonMatch:
    """A lesson found by the search, with the lines that matched."""

    lesson: LessonPage
    extract: SafeString
    #: The language of the extract (a French lesson found from the English site says so).
    language: str


@dataclass
class CatalogueSearch:
    query: str
    courses: list[CoursePage]
    facets: list[Facet]
    selected: dict[str, str] = field(default_factory=dict)
    tracks: dict[str, TrackPage] = field(default_factory=dict)
    #: The query with a mistyped word corrected, when the results are those of the correction.
    correction: str = ""

    @property
    def total(self) -> int:
        return len(self.courses)

    @property
    def filtered(self) -> bool:
        return bool(self.query or self.selected)

    @property
    def missed(self) -> bool:
        """A search with no filter that found nothing: what editors want to hear about."""
        return bool(self.query) and not self.courses and not self.selected


def _read_params(params, choices: dict[str, dict[str, str]]) -> tuple[str, dict[str, str]]:
    """The search text and the filters, ignoring values that are not offered."""
    query = search_query(params.get("q", ""))
    selected = {
        name: params[name] for name, allowed in choices.items() if params.get(name) in allowed
    }
    return query, selected


def catalogue_search(catalog, params) -> CatalogueSearch:
    """Courses of the catalogue matching ``params`` (q, track, format, level, effort)."""
    tracks = {
        track.path: track for track in TrackPage.objects.live().child_of(catalog).order_by("path")
    }
    choices = {
        "track": {track.slug: track.title for track in tracks.values()},
        "format": dict(Format.choices),
        "level": dict(Level.choices),
        "effort": dict(EFFORT_CHOICES),
    }
    labels = {
        "track": _("Parcours"),
        "format": _("Format"),
        "level": _("Niveau"),
        "effort": _("Durée"),
    }
    query, selected = _read_params(params, choices)
    lesson_hits, correction = {}, ""

    live_courses = CoursePage.objects.live().descendant_of(catalog)
    steplen = CoursePage.steplen
    rows = {
        row["pk"]: {
            "track": tracks[row["path"][:-steplen]].slug,
            "format": row["format"],
            "level": row["level"],
            "effort": effort_bucket(row["effort_hours"]),
        }
        for row in live_courses.values("pk", "path", "format", "level", "effort_hours")
        if row["path"][:-steplen] in tracks
    }
    if query and not has_words(query):
        order = []  # punctuation alone: nothing to look for
    elif query:
        order, lesson_hits, correction = _search(query, rows)
    else:
        order = list(rows)  # tree order: tracks, then courses, as editors arranged them

    def matches(pk: int, ignore: str | None = None) -> bool:
        return all(rows[pk][name] == value for name, value in selected.items() if name != ignore)

    facets = []
    for name, options in choices.items():
        counts: dict[str, int] = {}
        for pk in order:
            if matches(pk, ignore=name):
                counts[rows[pk][name]] = counts.get(rows[pk][name], 0) + 1
        facets.append(
            Facet(
                name=name,
                label=labels[name],
                options=[
                    FacetOption(value, label, counts.get(value, 0), selected.get(name) == value)
                    for value, label in options.items()
                ],
            )
        )
    shown = [pk for pk in order if matches(pk)]
    by_pk = (
        CoursePage.objects.filter(pk__in=shown)
        .prefetch_related(CoursePage.card_themes_prefetch())
        .in_bulk()
    )
    courses = [by_pk[pk] for pk in shown if pk in by_pk]
    for course in courses:
        course.track_page = tracks[course.path[:-steplen]]
    _attach_lessons(courses, lesson_hits)
    return CatalogueSearch(
        query=query,
        courses=courses,
        facets=facets,
        selected=selected,
        tracks={track.slug: track for track in tracks.values()},
        correction=correction,
    )


def search_languages() -> list[str]:
    """The visitor's language first, then the default: an English visitor finds the courses
    not translated yet, by their French words."""
    active = translation.get_language() or settings.LANGUAGE_CODE
    active = translation.get_supported_language_variant(active)
    return list(dict.fromkeys([active, settings.LANGUAGE_CODE]))


def _search(query: str, rows: dict) -> tuple[list[int], dict[int, list], str]:
    """Course ids in rank order (promoted first), the lesson hits of each, the correction."""
    outcome = search(query, kinds=[COURSE, LESSON], languages=search_languages())
    order = [pk for pk in promoted_page_ids(query) if pk in rows]
    lessons: dict[int, list] = {}
    for hit in outcome.hits:
        course = hit.object_id if hit.kind == COURSE else hit.group_id
        if course not in rows:
            continue
        if course not in order:
            order.append(course)
        if hit.kind == LESSON and len(lessons.setdefault(course, [])) < LESSONS_PER_COURSE:
            lessons[course].append(hit)
    return order, lessons, outcome.correction


def _attach_lessons(courses: list[CoursePage], hits: dict[int, list]) -> None:
    """``course.lesson_matches``: the lessons found in each course shown, in one query."""
    wanted = [hit.object_id for course in courses for hit in hits.get(course.pk, [])]
    # A card shows a lesson's title and address: its body, sources and quiz stay unread.
    lessons = (
        translated(LessonPage.objects.live().filter(pk__in=wanted).defer_streamfields())
        if wanted
        else []
    )
    found = {lesson.pk: lesson for lesson in lessons}
    for course in courses:
        course.lesson_matches = [
            LessonMatch(found[hit.object_id], hit.extract, hit.language)
            for hit in hits.get(course.pk, [])
            if hit.object_id in found
        ]
