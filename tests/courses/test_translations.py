"""Pages translated into English: same addresses, one page for learner data, French shown with a
notice where nobody has translated yet."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale

from courses import services
from courses.models import CoursePage, LessonPage, LessonProgress, QuizAttempt
from courses.quiz import quiz_questions
from tests.courses.factories import fresh, make_course

pytestmark = pytest.mark.django_db

# The notice's class: its English text comes from locale/ ("This page is not available in
# English yet; it is shown in French.").
NOTICE = "translation-notice"


def translate(page, **texts):
    """What an editor does with "Translate" then "Publish" (untranslated parents become
    aliases, as simple_translation makes them)."""
    english = Locale.objects.get(language_code="en")
    translation = page.copy_for_translation(english, copy_parents=True)
    for name, value in texts.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def in_english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def english_quiz(lesson):
    """The lesson's quiz in English: same questions, answers in the same order."""
    return [
        {
            "type": "question",
            "value": {
                "text": f"EN {question.text}",
                "kind": question.kind,
                "answers": [
                    {
                        "text": f"EN {answer.text}",
                        "correct": answer.correct,
                        "explanation": f"EN {answer.explanation}",
                    }
                    for answer in question.answers
                ],
            },
        }
        for question in quiz_questions(fresh(lesson))
    ]


def test_the_english_page_is_served_at_the_french_address(client, course):
    translate(course, title="Click and collect", summary="Open for collection.")
    french = client.get(course.url).content.decode()
    assert "<h1>Le click and collect</h1>" in french
    english = in_english(client).get(course.url).content.decode()
    assert "Click and collect</h1>" in english
    assert "Le click and collect" not in english
    assert NOTICE not in english


def test_an_untranslated_page_says_so_and_is_marked_french(client, lessons):
    content = in_english(client).get(lessons[0].url).content.decode()
    assert NOTICE in content
    assert '<div lang="fr">' in content
    assert "Contenu de la leçon 1." in content
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert NOTICE not in client.get(lessons[0].url).content.decode()


def test_the_language_switch_returns_to_the_same_page(client, course):
    translate(course, title="Click and collect")
    response = client.post(reverse("set_language"), {"language": "en", "next": course.url})
    assert response.status_code == 302
    assert response.url == course.url
    assert "Click and collect</h1>" in client.get(response.url).content.decode()


def test_progress_made_in_french_shows_on_the_english_lesson(client, owner, course, lessons):
    services.enrol(owner, course)
    services.mark_lesson_done(owner, lessons[0])
    translate(course, title="Click and collect")
    english = translate(lessons[0], title="Lesson one")
    client.force_login(owner)
    content = in_english(client).get(english.url).content.decode()
    assert "Lesson one</h1>" in content
    # The outline is the French course's, with the English title and the lesson done.
    assert re.search(r'class="is-done is-current">.*?Lesson one', content, re.S)
    assert NOTICE not in content
    # "Done" on the English lesson records the French one.
    second = translate(lessons[1], title="Lesson two")
    client.post(reverse("courses:mark_done", args=[second.pk]))
    assert LessonProgress.objects.filter(lesson=lessons[1]).exists()
    assert not LessonProgress.objects.filter(lesson=second).exists()


def test_a_quiz_passed_in_english_counts_for_the_french_lesson(client, owner, course, lessons):
    quiz_lesson = lessons[3]
    services.enrol(owner, course)
    translate(course, title="Click and collect")
    english = translate(quiz_lesson, title="The quiz", quiz=english_quiz(quiz_lesson))
    client.force_login(owner)
    in_english(client)
    page = client.get(english.url).content.decode()
    assert "EN Question simple ?" in page
    # The form carries the French lesson's answer ids, whatever the language.
    answers = {}
    for question in quiz_questions(fresh(quiz_lesson)):
        right = [answer.id for answer in question.answers if answer.correct]
        assert f'value="{right[0]}"' in page
        answers[f"q-{question.id}"] = right
    response = client.post(reverse("courses:submit_quiz", args=[english.pk]), answers)
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get()
    assert attempt.lesson_id == quiz_lesson.pk and attempt.passed
    assert attempt.review[0]["question"] == "EN Question simple ?"
    assert LessonProgress.objects.filter(lesson=quiz_lesson).exists()
    assert not LessonProgress.objects.filter(lesson=english).exists()


def test_a_wrong_answer_in_english_fails(client, owner, course, lessons):
    quiz_lesson = lessons[3]
    services.enrol(owner, course)
    english = translate(quiz_lesson, title="The quiz", quiz=english_quiz(quiz_lesson))
    client.force_login(owner)
    in_english(client)
    answers = {
        f"q-{question.id}": [answer.id for answer in question.answers if not answer.correct][:1]
        for question in quiz_questions(fresh(quiz_lesson))
    }
    client.post(reverse("courses:submit_quiz", args=[english.pk]), answers)
    assert not QuizAttempt.objects.get().passed
    assert not LessonProgress.objects.filter(lesson=quiz_lesson).exists()


def test_the_catalogue_lists_each_course_once_in_both_languages(client, catalog, track, course):
    other = make_course(track, slug="vitrine", title="Ma vitrine en ligne", lessons=1)
    translate(course, title="Click and collect", summary="Open for collection.")
    french = client.get(catalog.url).content.decode()
    assert french.count('class="card course-card"') == 2
    assert "Le click and collect" in french
    english = in_english(client).get(catalog.url).content.decode()
    assert english.count('class="card course-card"') == 2
    assert ">Click and collect</a>" in english
    assert "Le click and collect" not in english
    assert f'lang="fr"><a href="{other.url}">Ma vitrine en ligne</a>' in english
    # Learner data and global lists see the French page only.
    assert CoursePage.objects.filter(slug=course.slug).count() == 2
    assert LessonPage.objects.live().count() > LessonPage.objects.child_of(course).count()


def test_english_adds_one_query_per_listing_not_one_per_course(client, catalog, track, course):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(5):
        translate(make_course(track, slug=f"f{number}", title=f"F{number}", lessons=0))
    in_english(client)
    url = f"{catalog.url}?rendu=1"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(5, 10):
        translate(make_course(track, slug=f"f{number}", title=f"F{number}", lessons=0))
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few.captured_queries) == len(many.captured_queries)


def test_an_english_course_page_costs_the_same_with_more_lessons(client, track):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for slug, lessons in (("petite", 2), ("grande", 12)):
        course = make_course(track, slug=slug, title=slug, lessons=lessons)
        translate(course, title=f"EN {slug}")
        for lesson in LessonPage.objects.child_of(course):
            translate(lesson, title=f"EN {lesson.title}")
        url = f"{course.url}?rendu=1"
        in_english(client).get(url)
        with CaptureQueriesContext(connection) as context:
            content = client.get(url).content.decode()
        assert "EN Leçon 2" in content
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
