"""Write the catalogue's pages back to content files, so a course made in the CMS can be kept,
reviewed and loaded again like the demo's own.

The export gives the files the loader reads: importing them again makes the same pages, with
the same fields and the same blocks (rich text without Wagtail's paragraph keys, see
demo/content/portable.py). A file that a block uses is written beside the lessons, named
after its title: ``fichiers/`` for downloads, ``images/`` for pictures.
"""

from pathlib import Path

from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.models import CatalogPage, CoursePage, LessonPage, TrackPage
from demo.content.body import map_rich_text
from demo.content.courses import (
    CatalogueSpec,
    CourseSpec,
    LessonSpec,
    TrackSpec,
    write_catalogue,
    write_course,
    write_track,
)
from demo.content.files import Attachment, ContentError
from demo.content.portable import to_portable


class _Files:
    """The files of one course, each named once: a second file of the same name is numbered."""

    def __init__(self):
        self.names: dict[str, bytes] = {}

    def attachment(self, folder: str, item) -> Attachment:
        # Computed (and kept) now if the file came without it: an import finds the same file
        # by this hash rather than copying it.
        item.get_file_hash()
        suffix = Path(item.file.name).suffix.lower()
        stem = slugify(item.title) or "fichier"
        with item.file.open("rb") as handle:
            content = handle.read()
        name, number = f"{folder}/{stem}{suffix}", 1
        while self.names.get(name, content) != content:
            number += 1
            name = f"{folder}/{stem}-{number}{suffix}"
        self.names[name] = content
        return Attachment(name=name, content=content)


def plain(value):
    """Stored block data without Wagtail's bookkeeping: the ids of list items and blocks.

    A list block saved by the editor holds ``{"type": "item", "value": …, "id": …}`` items,
    one written from code holds the values alone; both give the values alone.
    """
    if isinstance(value, list):
        if value and all(isinstance(item, dict) and item.get("type") == "item" for item in value):
            return [plain(item["value"]) for item in value]
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items() if key != "id"}
    return value


def _media(model, pk, lesson: LessonPage):
    item = model.objects.filter(pk=pk).first()
    if item is None:
        raise ContentError(f"« {lesson.title} » : un fichier de la leçon a disparu ({pk}).")
    return item


def _body(lesson: LessonPage, files: _Files) -> list[dict]:
    blocks = []
    for block in plain(list(lesson.body.raw_data)):
        value = block["value"]
        if block["type"] == "document":
            document = _media(get_document_model(), value["document"], lesson)
            value = {**value, "document": files.attachment("fichiers", document)}
        elif block["type"] == "image":
            image = _media(get_image_model(), value["image"], lesson)
            value = {**value, "image": files.attachment("images", image)}
        blocks.append({"type": block["type"], "value": value})
    return map_rich_text(blocks, to_portable)


def lesson_spec(lesson: LessonPage, files: _Files) -> LessonSpec:
    questions = [
        {
            "text": question["value"]["text"],
            "kind": question["value"]["kind"],
            "answers": question["value"]["answers"],
        }
        for question in plain(list(lesson.quiz.raw_data))
    ]
    return LessonSpec(
        slug=lesson.slug,
        title=lesson.title,
        intro=lesson.intro,
        minutes=lesson.estimated_minutes,
        optional=lesson.optional,
        objectives=lesson.objective_list,
        sources=[
            {"title": source["value"]["title"], "url": source["value"]["url"]}
            for source in plain(list(lesson.sources.raw_data))
        ],
        last_checked=lesson.last_checked,
        body=_body(lesson, files),
        questions=questions,
        pass_mark=lesson.quiz_pass_mark,
    )


def _pk(item) -> int:
    return item.pk


def course_spec(course: CoursePage) -> CourseSpec:
    files = _Files()
    return CourseSpec(
        slug=course.slug,
        title=course.title,
        summary=course.summary,
        objectives=course.objective_list,
        level=course.level,
        format=course.format,
        effort_hours=course.effort_hours,
        themes=[item.tag.name for item in sorted(course.tagged_themes.all(), key=_pk)],
        prerequisites=[page.slug for page in course.prerequisites.order_by("path")],
        prerequisites_text=course.prerequisites_text,
        image=files.attachment("images", course.image) if course.image else None,
        lessons=[
            lesson_spec(lesson, files)
            for lesson in LessonPage.objects.child_of(course).order_by("path")
        ],
    )


def track_spec(track: TrackPage) -> TrackSpec:
    return TrackSpec(
        slug=track.slug,
        title=track.title,
        intro=track.intro,
        is_core=track.is_core,
        courses=[course_spec(c) for c in CoursePage.objects.child_of(track).order_by("path")],
    )


def catalogue_spec(catalogue: CatalogPage) -> CatalogueSpec:
    return CatalogueSpec(
        slug=catalogue.slug,
        title=catalogue.title,
        intro=catalogue.intro,
        tracks=[track_spec(t) for t in TrackPage.objects.child_of(catalogue).order_by("path")],
    )


def export_page(page, directory: Path) -> Path:
    """Write a catalogue, a track or a course (with everything under it) into ``directory``.

    A track or a course gets a folder of its own there, named after its slug.
    """
    page = page.specific
    if isinstance(page, CatalogPage):
        write_catalogue(directory, catalogue_spec(page))
        return directory
    if isinstance(page, TrackPage):
        target = directory / page.slug
        write_track(target, track_spec(page))
        return target
    if isinstance(page, CoursePage):
        target = directory / page.slug
        write_course(target, course_spec(page))
        return target
    raise ContentError(f"« {page.title} » n'est ni un catalogue, ni un parcours, ni une formation.")
