"""The demo's ``.en.`` files become English translations of its pages, once."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page

from core.translations import original_of
from courses.models import CoursePage, LessonPage
from courses.quiz import quiz_questions
from demo.catalogue import load_demo_courses
from demo.content.english import translate_course
from demo.content.files import numbered
from demo.programmes import english_copy, load_demo_programmes
from demo.site import load_demo_site

pytestmark = pytest.mark.django_db


def english(model):
    return model.objects.filter(locale__language_code="en")


def test_load_demo_makes_english_translations_once(client):
    load_demo_courses(load_demo_site())
    counts = (Page.objects.count(), english(Page).count())
    load_demo_courses(load_demo_site())
    assert (Page.objects.count(), english(Page).count()) == counts
    # Each English page stands for one French page, at the same address.
    courses = list(english(CoursePage))
    if not courses:
        pytest.skip("no course.en.yaml in demo/content yet")
    keys = [page.translation_key for page in english(Page)]
    assert len(keys) == len(set(keys))
    course = courses[0]
    original = original_of(course)
    assert original.locale.language_code == "fr"
    assert course.url == original.url
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert course.title in client.get(original.url).content.decode()
    # Quizzes keep the French shape, so answers are graded by position.
    for lesson in english(LessonPage).filter(has_quiz=True):
        shown, reference = quiz_questions(lesson), quiz_questions(original_of(lesson))
        assert [len(q.answers) for q in shown] == [len(q.answers) for q in reference]
        assert [[a.correct for a in q.answers] for q in shown] == [
            [a.correct for a in q.answers] for q in reference
        ]


def test_a_course_folder_with_an_english_sibling(tmp_path):
    """The smallest case, from a fixture folder: one course.en.yaml, one lesson.en.md."""
    from demo.content.loader import import_directory
    from tests.courses.factories import make_catalog, make_track

    home = load_demo_site()
    track = make_track(make_catalog(home))
    folder = tmp_path / "01-essai"
    folder.mkdir()
    (folder / "course.yaml").write_text(
        "title: Essai\nsummary: Un essai.\nobjectives:\n- Essayer\nlevel: beginner\n"
        "format: online\neffort_hours: 1\n",
        encoding="utf-8",
    )
    (folder / "course.en.yaml").write_text(
        "title: Trial\nsummary: A trial.\nobjectives:\n- Try\nlevel: beginner\n"
        "format: online\neffort_hours: 1\n",
        encoding="utf-8",
    )
    (folder / "01-lecon.md").write_text("---\ntitle: Leçon\n---\n\nBonjour.\n", encoding="utf-8")
    (folder / "01-lecon.en.md").write_text("---\ntitle: Lesson\n---\n\nHello.\n", encoding="utf-8")
    from demo.content.english import translate

    # The track needs its translation first, as an editor's would.
    translate(track.get_parent().specific, {})
    translate(track, {"title": "Selling online"})
    for _ in range(2):
        course = import_directory(folder, track)
        translate_course(course, folder)
    assert [slug for slug, _path in numbered(folder, suffix=".md")] == ["lecon"]
    assert LessonPage.objects.child_of(course).count() == 1
    english_course = english(CoursePage).get(translation_key=course.translation_key)
    assert (english_course.title, english_course.objectives) == ("Trial", "Try")
    lesson = english(LessonPage).get()
    assert lesson.title == "Lesson" and lesson.live
    assert english(CoursePage).count() == 1


def test_the_example_grant_speaks_english(client):
    programme = load_demo_programmes(timezone.localdate())
    if programme is None or not english_copy():
        pytest.skip("no example programme or no aides.en.yaml")
    url = reverse("grants:detail", args=[programme.slug])
    assert escape(programme.summary) in client.get(url).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    content = client.get(url).content.decode()
    assert escape(programme.summary_en) in content
    assert escape(programme.summary) not in content
