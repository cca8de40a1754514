"""Build the catalogue's pages from content files: tracks, courses, lessons and their quizzes.

Safe to run twice: a page whose slug already exists under its parent is kept as it is (an
editor may have changed it since), and only what is missing is added. Files a lesson ships
become Wagtail documents and images, shared with any existing one of the same content.
"""

import io
from copy import deepcopy
from functools import partial
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.utils.file import hash_filelike

from core.translations import in_default_locale
from courses.models import CatalogPage, CoursePage, LessonPage, TrackPage
from demo.content.body import map_rich_text
from demo.content.courses import (
    CATALOGUE_FILE,
    COURSE_FILE,
    TRACK_FILE,
    CatalogueSpec,
    CourseSpec,
    LessonSpec,
    TrackSpec,
    read_catalogue,
    read_course,
    read_track,
)
from demo.content.files import Attachment, ContentError, slug_of
from demo.content.portable import from_portable


def _publish_child(parent, page):
    # ``add_child`` has just validated the page: the revision of the same state needs no
    # second ``full_clean``.
    parent.add_child(instance=page)
    page.save_revision(clean=False).publish()
    return page


def _hash(attachment: Attachment) -> str:
    return hash_filelike(io.BytesIO(attachment.content))


def document_for(attachment: Attachment, title: str):
    """The Wagtail document holding these bytes: an existing one, or a new one titled so."""
    model = get_document_model()
    file_hash = _hash(attachment)
    document = model.objects.filter(file_hash=file_hash).first()
    if document is None:
        document = model(title=title, file_hash=file_hash, file_size=len(attachment.content))
        document.file.save(Path(attachment.name).name, ContentFile(attachment.content), save=False)
        document.save()
    return document


def image_for(attachment: Attachment):
    """The Wagtail image holding these bytes: an existing one, or a new one named after it."""
    model = get_image_model()
    file_hash = _hash(attachment)
    image = model.objects.filter(file_hash=file_hash).first()
    if image is None:
        with PillowImage.open(io.BytesIO(attachment.content)) as picture:
            width, height = picture.size
        name = Path(attachment.name)
        image = model(title=name.stem, file_hash=file_hash, width=width, height=height)
        image.file.save(name.name, ContentFile(attachment.content), save=False)
        image.file_size = len(attachment.content)
        image.save()
    return image


def _stored_block(block: dict) -> dict:
    value = block["value"]
    if block["type"] == "document":
        value = {**value, "document": document_for(value["document"], value["title"]).pk}
    elif block["type"] == "image":
        value = {**value, "image": image_for(value["image"]).pk}
    return {"type": block["type"], "value": deepcopy(value)}


def stored_body(blocks: list[dict], missing=None) -> list[dict]:
    """A body as the StreamField stores it: files as ids, page links resolved (see
    ``from_portable`` for ``missing``)."""
    convert = partial(from_portable, missing=missing)
    return [_stored_block(block) for block in map_rich_text(blocks, convert)]


def link_later_pages(pending: list[tuple[LessonPage, LessonSpec]]) -> None:
    """Lessons that link to a page the import created after them, linked now: a lesson of
    the common core may point to a course of a later track."""
    for lesson, spec in pending:
        lesson.body = stored_body(spec.body)
        lesson.save_revision().publish()


def import_lesson(spec: LessonSpec, course: CoursePage, pending: list | None = None) -> LessonPage:
    """The lesson, published. With ``pending``, a link to a page not created yet leaves the
    lesson in that list, for ``link_later_pages``; without it, such a link is an error."""
    existing = LessonPage.objects.child_of(course).filter(slug=spec.slug).first()
    if existing is not None:
        return existing
    later: list[str] = []
    lesson = _publish_child(
        course,
        LessonPage(
            title=spec.title,
            slug=spec.slug,
            intro=spec.intro,
            estimated_minutes=spec.minutes,
            optional=spec.optional,
            objectives="\n".join(spec.objectives),
            body=stored_body(spec.body, later.append if pending is not None else None),
            sources=[{"type": "source", "value": dict(source)} for source in spec.sources],
            last_checked=spec.last_checked,
            quiz=[{"type": "question", "value": deepcopy(q)} for q in spec.questions],
            quiz_pass_mark=spec.pass_mark,
        ),
    )
    if later:
        pending.append((lesson, spec))
    return lesson


def import_course(spec: CourseSpec, track: TrackPage, pending: list | None = None) -> CoursePage:
    """The course and its missing lessons; prerequisites are linked by ``link_prerequisites``."""
    course = CoursePage.objects.child_of(track).filter(slug=spec.slug).first()
    if course is None:
        course = CoursePage(
            title=spec.title,
            slug=spec.slug,
            summary=spec.summary,
            objectives="\n".join(spec.objectives),
            level=spec.level,
            format=spec.format,
            effort_hours=spec.effort_hours,
            prerequisites_text=spec.prerequisites_text,
            image=image_for(spec.image) if spec.image else None,
        )
        course.themes.add(*spec.themes)
        _publish_child(track, course)
    for lesson in spec.lessons:
        import_lesson(lesson, course, pending)
    return course


def import_track(
    spec: TrackSpec, catalogue: CatalogPage, pending: list | None = None
) -> dict[str, CoursePage]:
    """The track and its courses; returns the courses by slug."""
    track = TrackPage.objects.child_of(catalogue).filter(slug=spec.slug).first()
    if track is None:
        track = _publish_child(
            catalogue,
            TrackPage(title=spec.title, slug=spec.slug, intro=spec.intro, is_core=spec.is_core),
        )
    return {course.slug: import_course(course, track, pending) for course in spec.courses}


def link_prerequisites(specs: list[CourseSpec], courses: dict[str, CoursePage]) -> None:
    """Each course's prerequisites, by slug: a course of the same import first, else the
    first course of the site with that slug."""
    for spec in specs:
        course = courses[spec.slug]
        wanted = []
        for slug in spec.prerequisites:
            found = courses.get(slug) or (
                in_default_locale(CoursePage.objects)
                .filter(slug=slug)
                .exclude(pk=course.pk)
                .order_by("path")
                .first()
            )
            if found is not None:
                wanted.append(found)
        if set(course.prerequisites.all()) != set(wanted):
            course.prerequisites.set(wanted)
            course.save_revision().publish()


def _courses_of(tracks: list[TrackSpec]) -> list[CourseSpec]:
    return [course for track in tracks for course in track.courses]


@transaction.atomic
def import_catalogue(spec: CatalogueSpec, home) -> CatalogPage:
    """The catalogue under ``home`` (the one already there, if any), with its tracks."""
    catalogue = CatalogPage.objects.child_of(home).first()
    if catalogue is None:
        catalogue = _publish_child(
            home, CatalogPage(title=spec.title, slug=spec.slug, intro=spec.intro)
        )
    courses: dict[str, CoursePage] = {}
    pending: list[tuple[LessonPage, LessonSpec]] = []
    for track in spec.tracks:
        courses.update(import_track(track, catalogue, pending))
    link_later_pages(pending)
    link_prerequisites(_courses_of(spec.tracks), courses)
    return catalogue


def _check_parent(model, parent) -> None:
    if not model.can_exist_under(parent):
        raise ContentError(
            f"« {parent.title} » ne peut pas recevoir de page « {model._meta.verbose_name} »."
        )


@transaction.atomic
def import_directory(directory: Path, parent):
    """Import a catalogue, track or course folder under ``parent``; returns the page made."""
    if (directory / CATALOGUE_FILE).exists():
        _check_parent(CatalogPage, parent)
        return import_catalogue(read_catalogue(directory), parent)
    slug = slug_of(directory.name)
    if (directory / TRACK_FILE).exists():
        _check_parent(TrackPage, parent)
        spec = read_track(directory, slug)
        pending: list[tuple[LessonPage, LessonSpec]] = []
        courses = import_track(spec, parent, pending)
        link_later_pages(pending)
        link_prerequisites(spec.courses, courses)
        return TrackPage.objects.child_of(parent).get(slug=spec.slug)
    if not (directory / COURSE_FILE).exists():
        raise ContentError(f"{directory} : ni {CATALOGUE_FILE}, ni {TRACK_FILE}, ni {COURSE_FILE}.")
    _check_parent(CoursePage, parent)
    course_spec = read_course(directory, slug)
    course = import_course(course_spec, parent)
    link_prerequisites([course_spec], {course_spec.slug: course})
    return course


def page_at(reference: str):
    """A page by its id, or by its path on the default site (``/formations/tronc-commun/``)."""
    if reference.isdigit():
        return Page.objects.filter(pk=reference).first()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    path = "/".join(part for part in reference.split("/") if part)
    url_path = f"{site.root_page.url_path}{path}/" if path else site.root_page.url_path
    return Page.objects.filter(url_path=url_path).first()
