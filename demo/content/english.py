"""English versions of the demo pages, from the ``.en.`` files beside the French ones.

``course.en.yaml`` beside ``course.yaml``, ``01-lecon.en.md`` beside ``01-lecon.md``: same keys,
same structure, quiz answers in the same order, same image paths. The French page is loaded
first (demo.content.loader, demo.site); its English translation is then made the way an editor
would with "Translate" in the CMS (Wagtail's copy for translation), given the English texts,
and published. Only the texts are read from the English file: level, duration, themes, images
and the right answers stay the French page's.

Like the French loader, an English page that already exists is kept as it is (an editor may
have changed it since), so running ``load_demo`` again creates nothing twice. A translation
needs its parent's: an English lesson whose course has no English file is not made.
"""

from copy import deepcopy
from pathlib import Path

from wagtail.models import Locale

from courses.models import CoursePage, LessonPage, TrackPage
from demo.content.courses import (
    CATALOGUE_FILE,
    COURSE_FILE,
    LESSON_SUFFIX,
    TRACK_FILE,
    read_lesson,
)
from demo.content.files import english_sibling, numbered, read_yaml

ENGLISH = "en"


def english_locale() -> Locale | None:
    return Locale.objects.filter(language_code=ENGLISH).first()


def translate(page, texts: dict):
    """The English translation of ``page`` holding ``texts``, published; None when its parent
    has no translation to go under (or there is no English locale)."""
    locale = english_locale()
    if locale is None:
        return None
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    parent = page.get_parent()
    if not parent.is_root() and parent.get_translation_or_none(locale) is None:
        return None
    translation = page.copy_for_translation(locale)
    for name, value in texts.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def _texts(data: dict, *names: str) -> dict:
    return {name: data[name] for name in names if name in data}


def translate_lesson(lesson: LessonPage, path: Path):
    from demo.content.loader import stored_body

    english = english_sibling(path)
    if english is None:
        return None
    spec = read_lesson(english, lesson.slug)
    texts = {"title": spec.title, "intro": spec.intro, "body": stored_body(spec.body)}
    if spec.objectives:
        texts["objectives"] = "\n".join(spec.objectives)
    if spec.questions:
        # Same questions and answers in the same order: the learner's answers are graded
        # against the French lesson's by position (courses.quiz.shown_quiz).
        texts["quiz"] = [{"type": "question", "value": deepcopy(q)} for q in spec.questions]
    return translate(lesson, texts)


def translate_course(course: CoursePage, directory: Path):
    english = english_sibling(directory / COURSE_FILE)
    if english is not None:
        data = read_yaml(english)
        texts = _texts(data, "title", "summary", "prerequisites_text")
        if "objectives" in data:
            texts["objectives"] = "\n".join(data["objectives"])
        translate(course, texts)
    lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course)}
    for slug, path in numbered(directory, suffix=LESSON_SUFFIX):
        if slug in lessons:
            translate_lesson(lessons[slug], path)


def translate_track(track: TrackPage, directory: Path) -> None:
    english = english_sibling(directory / TRACK_FILE)
    if english is not None:
        translate(track, _texts(read_yaml(english), "title", "intro"))
    courses = {course.slug: course for course in CoursePage.objects.child_of(track)}
    for slug, path in numbered(directory):
        if slug in courses:
            translate_course(courses[slug], path)


def translate_catalogue(catalogue, directory: Path) -> None:
    """The English versions of a catalogue folder's pages (the French ones are loaded)."""
    english = english_sibling(directory / CATALOGUE_FILE)
    if english is not None:
        translate(catalogue, _texts(read_yaml(english), "title", "intro"))
    tracks = {track.slug: track for track in TrackPage.objects.child_of(catalogue)}
    for slug, path in numbered(directory):
        if slug in tracks:
            translate_track(tracks[slug], path)
