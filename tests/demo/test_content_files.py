"""Checks on the catalogue's content itself, read from its files (no database).

A shopkeeper acts on what a lesson says the same day: each lesson states what she will be able
to do, how long it takes, what to do in her shop, where the facts come from and when they were
last checked. Quizzes must teach (an explanation for every answer) and be passable; no two
lessons may share a paragraph (copied text reads as filler and rots twice); every link to a page
of the site must lead somewhere; a course's announced duration adds up from its lessons.

Each lesson and course is its own test, so that ``-k <course-slug>`` checks one course.
"""

import datetime
import html
import re
from collections import defaultdict
from decimal import Decimal
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from courses.blocks import PRODUCT_DESTINATIONS
from demo.content import CONTENT_DIR
from demo.content.courses import COURSE_FILE, LESSON_SUFFIX, read_lesson
from demo.content.files import numbered, read_markdown, read_yaml, slug_of
from onboarding.diagnostic.questionnaire import DIMENSIONS

FORMATIONS = CONTENT_DIR / "formations"
COURSE_DIRS = sorted(path.parent for path in FORMATIONS.glob("*/*/course.yaml"))
LESSON_FILES = sorted(
    path
    for course in COURSE_DIRS
    for path in course.glob(f"[0-9][0-9]-*{LESSON_SUFFIX}")
    if ".en." not in path.name
)
CHECKLIST_TITLE = "À appliquer dans ma boutique"
#: Sites whose word is the rule: every lesson names at least one of them.
OFFICIAL_HOSTS = (
    ".gouv.fr",
    "service-public.fr",
    "cnil.fr",
    "urssaf.fr",
    "europa.eu",
    "bpifrance-creation.fr",
    "bpifrance.fr",
    "cci.fr",
    "artisanat.fr",
    "inpi.fr",
    "ademe.fr",
)
#: A lesson checked longer ago than this is due for a new check.
RECHECK_WITHIN = datetime.timedelta(days=548)
LEVELS = {"beginner", "intermediate", "advanced"}
FORMATS = {"online", "video", "workshop"}
DIMENSION_THEMES = {theme for dimension in DIMENSIONS for theme in dimension.themes}
#: Shorter paragraphs (« Concrètement : ») may recur without being copied text.
SHARED_PARAGRAPH_MIN = 60
PAGE_LINK = re.compile(r'href="page:([^"]+)"')
PARAGRAPH = re.compile(r"<(?:p|li)>(.*?)</(?:p|li)>", re.S)
TAG = re.compile(r"<[^>]+>")


def _label(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}" if path.suffix == ".md" else path.name


def _course_slug(directory: Path) -> str:
    return slug_of(directory.name)


@cache
def _lesson(path: Path):
    return read_lesson(path, slug_of(path.name.removesuffix(LESSON_SUFFIX)))


def _texts(lesson) -> list[str]:
    """The rich texts of a lesson's body: paragraphs, lists, callouts."""
    texts = []
    for block in lesson.body:
        if block["type"] == "paragraph":
            texts.append(block["value"])
        elif block["type"] == "callout":
            texts.append(block["value"]["text"])
    return texts


def _paragraphs(lesson) -> list[str]:
    found = []
    for text in _texts(lesson):
        for paragraph in PARAGRAPH.findall(text):
            plain = " ".join(html.unescape(TAG.sub("", paragraph)).split()).lower()
            if len(plain) >= SHARED_PARAGRAPH_MIN:
                found.append(plain)
    return found


@cache
def _site_paths() -> frozenset[str]:
    """Every page path the demo builds, as ``page:`` links name them."""
    home = "/accueil/"
    catalogue = read_yaml(FORMATIONS / "catalogue.yaml")["slug"]
    paths = {home, f"{home}{catalogue}/"}
    for track_slug, track in numbered(FORMATIONS):
        paths.add(f"{home}{catalogue}/{track_slug}/")
        for course_slug, course in numbered(track):
            paths.add(f"{home}{catalogue}/{track_slug}/{course_slug}/")
            for lesson_slug, _ in numbered(course, suffix=LESSON_SUFFIX):
                paths.add(f"{home}{catalogue}/{track_slug}/{course_slug}/{lesson_slug}/")
    for folder in ("webinaires", "bootcamps"):
        index = read_yaml(CONTENT_DIR / folder / "index.yaml")["slug"]
        paths.add(f"{home}{index}/")
        paths.update(
            f"{home}{index}/{slug}/"
            for slug, _ in numbered(CONTENT_DIR / folder, suffix=LESSON_SUFFIX)
        )
    paths.update(
        f"{home}{slug}/"
        for slug, _ in numbered(CONTENT_DIR / "site" / "pages", suffix=LESSON_SUFFIX)
    )
    return frozenset(paths)


@cache
def _course_slugs() -> frozenset[str]:
    return frozenset(_course_slug(directory) for directory in COURSE_DIRS)


@pytest.mark.parametrize("path", LESSON_FILES, ids=_label)
def test_a_lesson_says_what_to_do_and_where_its_facts_come_from(path):
    lesson = _lesson(path)
    assert lesson.intro.strip(), "intro manquante"
    assert 5 <= lesson.minutes <= 15, f"minutes : {lesson.minutes} (entre 5 et 15)"
    assert len(lesson.objectives) >= 2, "au moins deux objectifs"
    assert all(objective.strip() for objective in lesson.objectives)
    assert lesson.sources, "au moins une source"
    hosts = [urlsplit(source["url"]).hostname or "" for source in lesson.sources]
    assert all(source["url"].startswith("https://") for source in lesson.sources), hosts
    assert all(source["title"].strip() for source in lesson.sources)
    assert any(host.endswith(OFFICIAL_HOSTS) for host in hosts), (
        f"aucune source officielle parmi {hosts}"
    )
    assert isinstance(lesson.last_checked, datetime.date), "last_checked : une date AAAA-MM-JJ"
    today = datetime.date.today()
    assert lesson.last_checked <= today, "last_checked dans le futur"
    assert today - lesson.last_checked <= RECHECK_WITHIN, "faits à revérifier (plus de 18 mois)"
    checklists = [block for block in lesson.body if block["type"] == "checklist"]
    assert checklists, f"pas de liste « {CHECKLIST_TITLE} »"
    assert lesson.body[-1]["type"] == "checklist", "la leçon doit finir par sa liste d'actions"
    assert all(block["value"]["items"] for block in checklists)
    for block in lesson.body:
        if block["type"] == "product_link":
            assert block["value"]["destination"] in PRODUCT_DESTINATIONS, block["value"]


@pytest.mark.parametrize("path", LESSON_FILES, ids=_label)
def test_a_quiz_explains_every_answer_and_can_be_passed(path):
    lesson = _lesson(path)
    for question in lesson.questions:
        answers = question["answers"]
        right = [answer for answer in answers if answer["correct"]]
        assert len(answers) >= 2, question["text"]
        assert right, f"aucune bonne réponse : {question['text']}"
        if question["kind"] == "single":
            assert len(right) == 1, f"« single » avec {len(right)} bonnes réponses"
        else:
            assert question["kind"] == "multiple", question["kind"]
        for answer in answers:
            assert answer["explanation"].strip(), f"explication manquante : {answer['text']}"
    if lesson.questions:
        # One wrong answer must not fail the quiz: with 2 questions, a pass mark of 50.
        count = len(lesson.questions)
        right_but_one = round(100 * (count - 1) / count)
        assert right_but_one >= lesson.pass_mark, (
            f"pass_mark {lesson.pass_mark} : une seule erreur sur {count} questions fait "
            f"échouer ; mettez pass_mark: {right_but_one} au plus, ou une question de plus"
        )


@pytest.mark.parametrize("path", LESSON_FILES, ids=_label)
def test_links_to_pages_of_the_site_resolve(path):
    missing = [
        target
        for text in _texts(_lesson(path))
        for target in PAGE_LINK.findall(text)
        if target not in _site_paths()
    ]
    assert not missing, f"liens vers des pages absentes : {missing}"


@pytest.mark.parametrize("directory", COURSE_DIRS, ids=_course_slug)
def test_a_course_adds_up_from_its_lessons(directory):
    data = read_yaml(directory / COURSE_FILE)
    lessons = [_lesson(path) for _, path in numbered(directory, suffix=LESSON_SUFFIX)]
    assert 3 <= len(lessons) <= 6, f"{len(lessons)} leçons (de 3 à 6)"
    minutes = sum(lesson.minutes for lesson in lessons)
    announced = Decimal(str(data["effort_hours"])) * 60
    # Announced in half hours: within a quarter of an hour of the lessons' total.
    assert abs(announced - minutes) <= 15, f"effort_hours {data['effort_hours']} ≠ {minutes} min"
    assert data["level"] in LEVELS and data["format"] in FORMATS
    assert len(data["objectives"]) >= 2
    themes = set(data.get("themes") or [])
    assert themes & DIMENSION_THEMES, f"aucun thème du diagnostic parmi {sorted(themes)}"
    unknown = set(data.get("prerequisites") or []) - _course_slugs()
    assert not unknown, f"prérequis inconnus : {unknown}"


def test_no_two_lessons_share_a_paragraph():
    seen: dict[str, list[str]] = defaultdict(list)
    for path in LESSON_FILES:
        for paragraph in set(_paragraphs(_lesson(path))):
            seen[paragraph].append(_label(path))
    shared = {text[:80]: where for text, where in seen.items() if len(where) > 1}
    assert not shared, shared


def test_the_catalogue_is_as_broad_as_promised():
    lessons = [_lesson(path) for path in LESSON_FILES]
    assert len(COURSE_DIRS) >= 50
    assert len(lessons) >= 200
    assert sum(1 for lesson in lessons if lesson.questions) >= 150


def test_every_dimension_of_the_diagnostic_has_six_courses():
    themes_of = [set(read_yaml(d / COURSE_FILE).get("themes") or []) for d in COURSE_DIRS]
    for dimension in DIMENSIONS:
        courses = [themes for themes in themes_of if themes & set(dimension.themes)]
        assert len(courses) >= 6, (dimension.key, len(courses))


def _events(folder: str) -> list[dict]:
    return [
        read_markdown(path)[0] | {"slug": slug}
        for slug, path in numbered(CONTENT_DIR / folder, suffix=LESSON_SUFFIX)
    ]


def test_the_live_programme_is_full_for_three_months():
    webinars = _events("webinaires")
    upcoming = [w for w in webinars if 0 < w["days_from_now"] <= 92]
    assert len(upcoming) >= 12, len(upcoming)
    bootcamps = _events("bootcamps")
    assert len(bootcamps) >= 3
    for bootcamp in bootcamps:
        assert len(bootcamp["sessions"]) >= 2, bootcamp["slug"]
        assert bootcamp["application_prompt"].strip(), bootcamp["slug"]
    for event in webinars + bootcamps:
        assert event["related_courses"], event["slug"]
        assert set(event["related_courses"]) <= _course_slugs(), event["slug"]
        # Speakers are described by their role: a programme invents nobody.
        for speaker in event.get("speakers") or []:
            assert set(speaker) == {"role"} and speaker["role"].strip(), speaker
