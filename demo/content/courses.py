"""The course catalogue as a tree of files, and the same catalogue as plain Python values.

    formations/catalogue.yaml                      the catalogue page
    formations/01-tronc-commun/track.yaml          a track, in the catalogue's order
    formations/01-tronc-commun/01-premiers-pas/course.yaml
    formations/01-tronc-commun/01-premiers-pas/01-pourquoi-le-numerique.md   a lesson
    formations/01-tronc-commun/01-premiers-pas/fichiers/…                    its downloads

A folder or a lesson is named ``NN-slug``: the number gives the order, the rest the page's
slug. The values in between (CatalogueSpec, TrackSpec, CourseSpec, LessonSpec) are what the
loader builds pages from and what the exporter reads from pages.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from demo.content.body import attachments, blocks_to_markdown, markdown_to_blocks
from demo.content.files import (
    Attachment,
    ContentError,
    numbered,
    numbered_name,
    read_attachment,
    read_markdown,
    read_yaml,
    write_attachment,
    write_markdown,
    write_yaml,
)

CATALOGUE_FILE, TRACK_FILE, COURSE_FILE, LESSON_SUFFIX = (
    "catalogue.yaml",
    "track.yaml",
    "course.yaml",
    ".md",
)
DEFAULT_PASS_MARK = 70


@dataclass
class LessonSpec:
    slug: str
    title: str
    intro: str = ""
    minutes: int = 10
    optional: bool = False
    #: What the learner can do after the lesson, one line each.
    objectives: list[str] = field(default_factory=list)
    #: Where the facts come from: ``{"title": …, "url": …}``, official pages first.
    sources: list[dict] = field(default_factory=list)
    #: When the facts were last checked against the sources.
    last_checked: datetime.date | None = None
    body: list[dict] = field(default_factory=list)
    #: Questions in their StreamField form: text, kind, answers (text, correct, explanation).
    questions: list[dict] = field(default_factory=list)
    pass_mark: int = DEFAULT_PASS_MARK


@dataclass
class CourseSpec:
    slug: str
    title: str
    summary: str
    objectives: list[str]
    level: str
    format: str
    effort_hours: Decimal
    themes: list[str] = field(default_factory=list)
    prerequisites: list[str] = field(default_factory=list)
    prerequisites_text: str = ""
    image: Attachment | None = None
    lessons: list[LessonSpec] = field(default_factory=list)


@dataclass
class TrackSpec:
    slug: str
    title: str
    intro: str
    is_core: bool = False
    courses: list[CourseSpec] = field(default_factory=list)


@dataclass
class CatalogueSpec:
    slug: str
    title: str
    intro: str = ""
    tracks: list[TrackSpec] = field(default_factory=list)


def _fields(data: dict, path: Path, required: tuple[str, ...], optional: tuple[str, ...]) -> dict:
    missing = [name for name in required if name not in data]
    unknown = sorted(set(data) - set(required) - set(optional))
    if missing or unknown:
        problems = [f"champ manquant : {', '.join(missing)}"] if missing else []
        problems += [f"champ inconnu : {', '.join(unknown)}"] if unknown else []
        raise ContentError(f"{path} : {' ; '.join(problems)}.")
    return data


# --- Reading --------------------------------------------------------------------------------


def _questions(quiz: dict, path: Path) -> tuple[list[dict], int]:
    _fields(quiz, path, ("questions",), ("pass_mark",))
    questions = []
    for question in quiz["questions"] or []:
        _fields(question, path, ("text", "answers"), ("kind",))
        answers = [
            {
                "text": _fields(answer, path, ("text",), ("correct", "explanation"))["text"],
                "correct": bool(answer.get("correct", False)),
                "explanation": answer.get("explanation", ""),
            }
            for answer in question["answers"]
        ]
        kind = question.get("kind", "single")
        questions.append({"text": question["text"], "kind": kind, "answers": answers})
    return questions, int(quiz.get("pass_mark", DEFAULT_PASS_MARK))


def _sources(sources: list, path: Path) -> list[dict]:
    return [
        {
            "title": _fields(source, path, ("title", "url"), ())["title"],
            "url": source["url"],
        }
        for source in sources or []
    ]


def _date(value, path: Path) -> datetime.date | None:
    """YAML reads ``2026-12-05`` as a date already; a quoted one is parsed here."""
    if value is None or isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ContentError(f"{path} : last_checked attend une date AAAA-MM-JJ.") from None


def read_lesson(path: Path, slug: str) -> LessonSpec:
    metadata, markdown = read_markdown(path)
    _fields(
        metadata,
        path,
        ("title",),
        ("intro", "minutes", "optional", "objectives", "sources", "last_checked", "quiz"),
    )
    questions, pass_mark = _questions(metadata.get("quiz") or {"questions": []}, path)
    text = path.read_text(encoding="utf-8")
    first_line = text[: text.rindex(markdown)].count("\n") + 1 if markdown else 1
    return LessonSpec(
        slug=slug,
        title=metadata["title"],
        intro=metadata.get("intro", ""),
        minutes=int(metadata.get("minutes", 10)),
        optional=bool(metadata.get("optional", False)),
        objectives=[str(line) for line in metadata.get("objectives") or []],
        sources=_sources(metadata.get("sources"), path),
        last_checked=_date(metadata.get("last_checked"), path),
        body=markdown_to_blocks(markdown, origin=path, base=path.parent, first_line=first_line),
        questions=questions,
        pass_mark=pass_mark,
    )


def read_course(directory: Path, slug: str) -> CourseSpec:
    path = directory / COURSE_FILE
    data = _fields(
        read_yaml(path),
        path,
        ("title", "summary", "objectives", "level", "format", "effort_hours"),
        ("themes", "prerequisites", "prerequisites_text", "image"),
    )
    image = data.get("image")
    return CourseSpec(
        slug=slug,
        title=data["title"],
        summary=data["summary"],
        objectives=list(data["objectives"]),
        level=data["level"],
        format=data["format"],
        effort_hours=Decimal(str(data["effort_hours"])),
        themes=list(data.get("themes") or []),
        prerequisites=list(data.get("prerequisites") or []),
        prerequisites_text=data.get("prerequisites_text", ""),
        image=read_attachment(directory, image, origin=path) if image else None,
        lessons=[
            read_lesson(lesson, lesson_slug)
            for lesson_slug, lesson in numbered(directory, suffix=LESSON_SUFFIX)
        ],
    )


def read_track(directory: Path, slug: str) -> TrackSpec:
    path = directory / TRACK_FILE
    data = _fields(read_yaml(path), path, ("title", "intro"), ("is_core",))
    return TrackSpec(
        slug=slug,
        title=data["title"],
        intro=data["intro"],
        is_core=bool(data.get("is_core", False)),
        courses=[read_course(course, course_slug) for course_slug, course in numbered(directory)],
    )


def read_catalogue(directory: Path) -> CatalogueSpec:
    path = directory / CATALOGUE_FILE
    data = _fields(read_yaml(path), path, ("slug", "title"), ("intro",))
    return CatalogueSpec(
        slug=data["slug"],
        title=data["title"],
        intro=data.get("intro", ""),
        tracks=[read_track(track, slug) for slug, track in numbered(directory)],
    )


# --- Writing --------------------------------------------------------------------------------


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def write_lesson(path: Path, lesson: LessonSpec) -> None:
    metadata = {
        "title": lesson.title,
        "intro": lesson.intro,
        "minutes": lesson.minutes,
        "optional": lesson.optional,
    }
    if lesson.objectives:
        metadata["objectives"] = lesson.objectives
    if lesson.sources:
        metadata["sources"] = lesson.sources
    if lesson.last_checked:
        metadata["last_checked"] = lesson.last_checked
    if lesson.questions or lesson.pass_mark != DEFAULT_PASS_MARK:
        metadata["quiz"] = {"pass_mark": lesson.pass_mark, "questions": lesson.questions}
    for attachment in attachments(lesson.body):
        write_attachment(path.parent, attachment)
    write_markdown(path, metadata, blocks_to_markdown(lesson.body))
    if read_lesson(path, lesson.slug) != lesson:
        raise ContentError(f"{path} : la leçon ne se relit pas à l'identique.")


def write_course(directory: Path, course: CourseSpec) -> None:
    data = {
        "title": course.title,
        "summary": course.summary,
        "objectives": course.objectives,
        "level": course.level,
        "format": course.format,
        "effort_hours": _number(course.effort_hours),
        "themes": course.themes,
        "prerequisites": course.prerequisites,
        "prerequisites_text": course.prerequisites_text,
    }
    if course.image is not None:
        data["image"] = course.image.name
        write_attachment(directory, course.image)
    write_yaml(directory / COURSE_FILE, data)
    for position, lesson in enumerate(course.lessons, start=1):
        write_lesson(directory / numbered_name(position, lesson.slug, LESSON_SUFFIX), lesson)


def write_track(directory: Path, track: TrackSpec) -> None:
    data = {"title": track.title, "intro": track.intro, "is_core": track.is_core}
    write_yaml(directory / TRACK_FILE, data)
    for position, course in enumerate(track.courses, start=1):
        write_course(directory / numbered_name(position, course.slug), course)


def write_catalogue(directory: Path, catalogue: CatalogueSpec) -> None:
    data = {"slug": catalogue.slug, "title": catalogue.title, "intro": catalogue.intro}
    write_yaml(directory / CATALOGUE_FILE, data)
    for position, track in enumerate(catalogue.tracks, start=1):
        write_track(directory / numbered_name(position, track.slug), track)
