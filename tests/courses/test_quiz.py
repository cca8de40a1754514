"""Quizzes are scored on the server; every attempt is kept; the best score counts."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import LessonProgress, QuizAttempt
from courses.quiz import QuizForm, field_name, quiz_questions, score_quiz
from tests.accounts.factories import OwnerFactory
from tests.courses.factories import RIGHT, WRONG, fresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz_lesson(lessons):
    return fresh(lessons[3])


@pytest.fixture
def enrolled(client, owner, course):
    services.enrol(owner, course)
    client.force_login(owner)
    return client


def answers(lesson, right: bool = True) -> dict:
    """Form data answering every question, all right or all wrong."""
    data = {}
    for question in quiz_questions(lesson):
        wanted = [a.id for a in question.answers if a.correct == right]
        data[field_name(question)] = wanted if question.kind == "multiple" else wanted[0]
    return data


def submit(client, lesson, data):
    return client.post(reverse("courses:submit_quiz", args=[lesson.pk]), data)


def test_scoring_counts_a_question_only_when_the_exact_set_is_chosen(quiz_lesson):
    single, multiple = quiz_questions(quiz_lesson)
    right_single = [a.id for a in single.answers if a.correct]
    right_multiple = sorted(a.id for a in multiple.answers if a.correct)
    full = score_quiz(
        [single, multiple], {single.id: right_single, multiple.id: right_multiple}, 100
    )
    assert (full.score, full.passed) == (100, True)
    half = score_quiz(
        [single, multiple], {single.id: right_single, multiple.id: right_multiple[:1]}, 100
    )
    assert (half.score, half.passed) == (50, False)
    assert half.review[1]["correct"] is False


def test_the_page_never_holds_the_right_answers_before_submitting(enrolled, quiz_lesson):
    page = enrolled.get(quiz_lesson.url).content.decode()
    assert f"{RIGHT} 1" in page and f"{WRONG} 1" in page  # the answers are offered...
    assert "Exact, raison" not in page and "Non, piège" not in page  # ...not explained
    assert "correct" not in page.lower().replace("incorrect", "")


def test_fail_then_pass_keeps_every_attempt_and_validates_the_lesson(enrolled, quiz_lesson):
    response = submit(enrolled, quiz_lesson, answers(quiz_lesson, right=False))
    failed = QuizAttempt.objects.get()
    assert response.url == reverse("courses:attempt", args=[failed.pk])
    result = enrolled.get(response.url).content.decode()
    assert "0 % de bonnes réponses" in result and "Non, piège 1." in result
    assert not LessonProgress.objects.exists()

    submit(enrolled, quiz_lesson, answers(quiz_lesson))
    assert list(QuizAttempt.objects.order_by("pk").values_list("score", "passed")) == [
        (0, False),
        (100, True),
    ]
    assert LessonProgress.objects.get().method == "quiz"
    page = enrolled.get(quiz_lesson.url).content.decode()
    assert "Meilleur score : 100 % (2 tentatives)" in page


def test_the_best_score_counts_after_a_worse_retake(enrolled, quiz_lesson):
    submit(enrolled, quiz_lesson, answers(quiz_lesson))
    submit(enrolled, quiz_lesson, answers(quiz_lesson, right=False))
    assert LessonProgress.objects.count() == 1
    assert "Meilleur score : 100 %" in enrolled.get(quiz_lesson.url).content.decode()


def test_missing_answers_keep_the_choices_and_record_nothing(enrolled, quiz_lesson):
    data = answers(quiz_lesson)
    single, multiple = quiz_questions(quiz_lesson)
    del data[field_name(multiple)]
    response = submit(enrolled, quiz_lesson, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Cochez au moins une réponse." in page
    assert f'value="{data[field_name(single)]}"' in page
    chosen = page.split(f'value="{data[field_name(single)]}"')[1].split(">")[0]
    assert "checked" in chosen
    assert not QuizAttempt.objects.exists()


def test_forged_answer_ids_are_refused(enrolled, quiz_lesson):
    data = answers(quiz_lesson)
    single, _multiple = quiz_questions(quiz_lesson)
    data[field_name(single)] = "not-an-answer"
    assert submit(enrolled, quiz_lesson, data).status_code == 400
    assert not QuizAttempt.objects.exists()


def test_a_learner_not_enrolled_cannot_answer(client, course, quiz_lesson):
    client.force_login(OwnerFactory())
    assert submit(client, quiz_lesson, answers(quiz_lesson)).status_code == 403
    assert not QuizAttempt.objects.exists()


def test_nobody_else_sees_an_attempt(enrolled, client, quiz_lesson, advisor):
    submit(enrolled, quiz_lesson, answers(quiz_lesson))
    url = reverse("courses:attempt", args=[QuizAttempt.objects.get().pk])
    client.force_login(OwnerFactory())
    assert client.get(url).status_code == 404
    client.force_login(advisor)
    assert client.get(url).status_code == 403


def test_editors_must_mark_the_right_answers():
    from django.core.exceptions import ValidationError

    from courses.blocks import QuestionBlock

    block = QuestionBlock()
    value = block.to_python(
        {
            "text": "?",
            "kind": "single",
            "answers": [
                {"text": "A", "correct": True, "explanation": "a"},
                {"text": "B", "correct": True, "explanation": "b"},
            ],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_quiz_form_offers_radios_or_checkboxes(quiz_lesson):
    form = QuizForm(quiz_questions(quiz_lesson))
    html = str(form)
    assert 'type="radio"' in html and 'type="checkbox"' in html
