"""Wagtail hooks of the courses: what each page shows around its own fields, for the visitor,
and the lesson a learner last opened."""

from django.conf import settings
from django.utils.translation import get_language

from accounts.roles import Role, role_of
from core.local_copies import LocalCopies
from core.page_cache import TIMEOUT
from core.page_context import contributes_to
from core.search.misses import record_miss
from core.translations import original_of, text_language, translated
from courses.catalogue import MISS_SCOPE, catalogue_search
from courses.models import CatalogPage, CoursePage, LessonPage, TrackPage
from courses.selectors import (
    can_enrol,
    course_outline,
    learner_statuses,
    lesson_context,
    track_courses,
)
from courses.services import record_visit


def _with_statuses(courses, user):
    """Each course with ``learner_status`` (enrolled, completed…) for a signed-in visitor."""
    if user.is_authenticated:
        statuses = learner_statuses(user)
        for course in courses:
            course.learner_status = statuses.get(course.pk)
    return courses


def _in_visitor_language(search):
    """The catalogue's courses and tracks with their English texts where translated: two
    queries in English, none in French."""
    tracks = {track.pk: track for track in translated(search.tracks.values(), ("title", "intro"))}
    search.tracks = {slug: tracks[track.pk] for slug, track in search.tracks.items()}
    interface = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    for facet in search.facets:
        if facet.name == "track":
            for option in facet.options:
                track = search.tracks.get(option.value)
                if track is not None:
                    option.label = track.title
                    language = text_language(track)
                    option.lang = "" if language == interface else language
    courses = translated(search.courses, ("title", "summary"))
    for course in courses:
        course.track_page = tracks.get(course.track_page.pk, course.track_page)
    search.courses = courses
    return search


#: The catalogue as a visitor without an account sees it, per filters and language, kept in each
#: process until the next publication (``catalogue_context``).
_visitor_catalogues = LocalCopies(max_entries=200, max_age=TIMEOUT)
FILTERS = ("track", "format", "level", "effort")


@contributes_to(CatalogPage)
def catalogue_context(page, request, **kwargs) -> dict:
    """The default-locale catalogue: each course once, with the ids learner data points to.

    A visitor without an account, who is not searching, gets the catalogue made for the same
    filters since the last publication (which changes ``request.content_version``), with
    ``shared`` naming it for the template's copy of its HTML. A search is made each time (a
    miss is counted), and a learner's courses carry her own progress."""
    version = getattr(request, "content_version", None)  # read by core.routing
    personal = request.user.is_authenticated or getattr(request, "is_preview", False)
    if personal or version is None or request.GET.get("q"):
        search = _in_visitor_language(catalogue_search(original_of(page), request.GET))
        if search.missed:
            record_miss(MISS_SCOPE, search.query)
        _with_statuses(search.courses, request.user)
        return {"search": search}
    filters = tuple((name, request.GET.get(name, "")) for name in FILTERS)
    key = (page.pk, version, get_language(), filters)
    found = _visitor_catalogues.get(key)
    if found is None:
        search = _in_visitor_language(catalogue_search(original_of(page), request.GET))
        # Names this catalogue for the template's copy ({% memo shared %}).
        found = {"search": search, "shared": object()}
        _visitor_catalogues.set(key, found)
    return found


@contributes_to(TrackPage)
def track_context(page, request, **kwargs) -> dict:
    return {"courses": _with_statuses(track_courses(page), request.user)}


@contributes_to(CoursePage)
def course_context(page, request, **kwargs) -> dict:
    original = original_of(page)
    return {
        "outline": course_outline(original, request.user),
        "can_enrol": can_enrol(request.user),
        "can_issue": role_of(request.user) in (Role.ADVISOR, Role.STAFF),
        # .all() rather than a queryset method: in a preview, the relation is held in memory.
        "prerequisites": translated(
            course for course in original.prerequisites.all() if course.live
        ),
    }


@contributes_to(LessonPage)
def lesson_page_context(page, request, quiz_form=None, **kwargs) -> dict:
    """The lesson around its body, for this reader. A learner opening it (a GET, not a preview,
    nor the quiz's answer shown again) moves her "Reprendre" there (see ``record_visit`` for why
    this GET writes): here rather than before serving, so that the enrolment just read says
    whether it moves, and a reload writes nothing."""
    context = lesson_context(
        page,
        request.user,
        quiz_form=quiz_form,
        version=getattr(request, "content_version", None),  # read by core.routing
    )
    enrolment = context["outline"].enrolment
    if request.method == "GET" and not getattr(request, "is_preview", False) and enrolment:
        record_visit(request.user, original_of(page), enrolment=enrolment)
    return context
