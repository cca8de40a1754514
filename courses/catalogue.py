"""The catalogue's filters, facet counts and French full-text search.

One query lists the few columns of every live course, one runs the search when there is a
query, one loads the courses shown: the page costs the same with 10 courses or 200.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from core.search import has_words, search_query
from courses.models import CoursePage, Format, Level, TrackPage

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


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption]


@dataclass
class CatalogueSearch:
    query: str
    courses: list[CoursePage]
    facets: list[Facet]
    selected: dict[str, str] = field(default_factory=dict)
    tracks: dict[str, TrackPage] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.courses)

    @property
    def filtered(self) -> bool:
        return bool(self.query or self.selected)


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
        order = [course.pk for course in live_courses.search(query, operator="and")]
        order = [pk for pk in order if pk in rows]
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
    by_pk = CoursePage.objects.filter(pk__in=shown).prefetch_related("themes").in_bulk()
    courses = [by_pk[pk] for pk in shown if pk in by_pk]
    for course in courses:
        course.track_page = tracks[course.path[:-steplen]]
    return CatalogueSearch(
        query=query,
        courses=courses,
        facets=facets,
        selected=selected,
        tracks={track.slug: track for track in tracks.values()},
    )
