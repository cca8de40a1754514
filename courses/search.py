"""What the catalogue's search finds: every live course and lesson, in each language it is
written in.

A course is found by its title (weighs most), its summary, objectives and themes (next), and
what its prerequisites say; a lesson by its title, its introduction, and its whole text:
paragraphs, callouts, checklists and quiz questions. A lesson's document points to its
course (``group_id``) so the catalogue shows it under that course.

Every document carries the id of the default-locale page, whatever its language, so that an
English lesson found in English leads to the same course and progress as the French one.
Pages are indexed again when they are published, unpublished or deleted (courses.apps).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.models import Page

from core.search.indexing import (
    Document,
    index_documents,
    is_paused,
    register_source,
    remove_documents,
)
from core.translations import default_locale_id, language_of
from courses.models import CoursePage, LessonPage

COURSE, LESSON = "course", "lesson"


def _text(*parts) -> str:
    return "\n".join(str(part) for part in parts if part)


def _stream_text(value) -> str:
    """The readable text of a StreamField, without tags: what its blocks give to search,
    except the labels of choices (a heading's « Titre 2 », a callout's kind), which are the
    CMS's words, not the lesson's."""
    if not value:
        return ""
    return _text(*(strip_tags(text) for text in _searchable(value.stream_block, value)))


def _searchable(block, value) -> list[str]:
    if isinstance(block, blocks.ChoiceBlock):
        return []
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child in block.child_blocks.items()
            for text in _searchable(child, value.get(name))
        ]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in _searchable(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in _searchable(block.child_block, item)]
    return block.get_searchable_content(value) if value is not None else []


def _originals(pages: Iterable[Page]) -> dict[object, int]:
    """translation_key → the default-locale page's id, for ``pages``, in one query."""
    keys = {page.translation_key for page in pages}
    return dict(
        Page.objects.filter(translation_key__in=keys, locale_id=default_locale_id()).values_list(
            "translation_key", "pk"
        )
    )


def course_documents(courses: Iterable[CoursePage]) -> list[Document]:
    courses = list(courses)
    originals = _originals(courses)
    return [
        Document(
            kind=COURSE,
            object_id=originals.get(course.translation_key, course.pk),
            language=language_of(course),
            title=course.title,
            summary=_text(
                course.summary,
                course.objectives,
                ", ".join(theme.name for theme in course.themes.all()),
            ),
            body=course.prerequisites_text,
        )
        for course in courses
    ]


def lesson_documents(lessons: Iterable[LessonPage]) -> list[Document]:
    lessons = list(lessons)
    steplen = LessonPage.steplen
    parents = dict(
        Page.objects.filter(path__in={lesson.path[:-steplen] for lesson in lessons}).values_list(
            "path", "translation_key"
        )
    )
    originals = _originals(lessons)
    parent_originals = dict(
        Page.objects.filter(translation_key__in=set(parents.values()))
        .filter(locale_id=default_locale_id())
        .values_list("translation_key", "pk")
    )
    return [
        Document(
            kind=LESSON,
            object_id=originals.get(lesson.translation_key, lesson.pk),
            group_id=parent_originals.get(parents.get(lesson.path[:-steplen])),
            language=language_of(lesson),
            title=lesson.title,
            summary=lesson.intro,
            body=_text(lesson.objectives, _stream_text(lesson.body), _stream_text(lesson.quiz)),
        )
        for lesson in lessons
    ]


def all_courses() -> list[Document]:
    return course_documents(CoursePage.objects.live().prefetch_related("themes"))


def all_lessons() -> list[Document]:
    return lesson_documents(LessonPage.objects.live())


def register() -> None:
    """Called from CoursesConfig.ready."""
    register_source(COURSE, all_courses)
    register_source(LESSON, all_lessons)


def reindex_page(sender, instance, **kwargs) -> None:
    """A course or lesson published again: its document now; unpublished: gone (nothing
    while a bulk load has indexing paused: it rebuilds the index when done)."""
    if is_paused():
        return
    page = instance.specific
    if isinstance(page, CoursePage):
        documents, kind = course_documents, COURSE
    elif isinstance(page, LessonPage):
        documents, kind = lesson_documents, LESSON
    else:
        return
    if page.live:
        index_documents(documents([page]))
    else:
        remove_documents(kind, [_originals([page]).get(page.translation_key, page.pk)])


def unindex_page(sender, instance, **kwargs) -> None:
    """A deleted page: its documents go (a translation's id is its own, so only that
    language's copy would remain; the default-locale page takes every language with it)."""
    kind = COURSE if isinstance(instance, CoursePage) else LESSON
    remove_documents(kind, [instance.pk])
