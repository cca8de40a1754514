"""Quizzes: the form a learner fills in, and the scoring done on the server.

The form carries only the identifiers and texts of the answers: which ones are right, and the
explanations, never reach the browser before the learner has submitted.
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from core.translations import language_of
from courses.blocks import MULTIPLE


@dataclass(frozen=True)
class Answer:
    id: str
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    answers: tuple[Answer, ...]

    @property
    def right_ids(self) -> frozenset[str]:
        return frozenset(answer.id for answer in self.answers if answer.correct)


@dataclass(frozen=True)
class Score:
    score: int
    passed: bool
    review: list[dict]


def quiz_questions(lesson) -> list[Question]:
    """The lesson's quiz as plain data; the block ids are stable across edits of other blocks."""
    return [
        Question(
            id=block.id,
            text=block.value["text"],
            kind=block.value["kind"],
            answers=tuple(
                Answer(
                    id=item.id,
                    text=item.value["text"],
                    correct=bool(item.value["correct"]),
                    explanation=item.value["explanation"],
                )
                for item in block.value["answers"].bound_blocks
            ),
        )
        for block in lesson.quiz
    ]


def shown_quiz_in(shown, original) -> tuple[list[Question], str]:
    """The quiz a learner answers on ``shown`` (the lesson in her language), graded as the
    default-locale lesson's, and the language its texts are in (kept with the attempt, so its
    review says which language it was written in).

    A translation keeps its questions and answers in the same order as the original: each
    question gets the translation's texts and explanations, and the original's ids and right
    answers, so attempts and progress record the original's ids whatever the language. A
    translation whose quiz no longer has the same shape (a question or an answer added or
    removed) shows the original's quiz rather than grade against the wrong answers.
    """
    reference = quiz_questions(original)
    if shown.pk == original.pk:
        return reference, language_of(original)
    texts = quiz_questions(shown)
    same_shape = len(texts) == len(reference) and all(
        len(text.answers) == len(ref.answers) for text, ref in zip(texts, reference, strict=True)
    )
    if not same_shape:
        return reference, language_of(original)
    return [
        Question(
            id=ref.id,
            text=text.text,
            kind=ref.kind,
            answers=tuple(
                Answer(
                    id=ref_answer.id,
                    text=answer.text,
                    correct=ref_answer.correct,
                    explanation=answer.explanation,
                )
                for answer, ref_answer in zip(text.answers, ref.answers, strict=True)
            ),
        )
        for text, ref in zip(texts, reference, strict=True)
    ], language_of(shown)


def shown_quiz(shown, original) -> list[Question]:
    """The questions of :func:`shown_quiz_in`, without their language."""
    return shown_quiz_in(shown, original)[0]


def field_name(question: Question) -> str:
    return f"q-{question.id}"


class QuizForm(forms.Form):
    """One field per question: radio buttons, or checkboxes when several answers are right."""

    def __init__(self, questions: list[Question], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for number, question in enumerate(questions, start=1):
            choices = [(answer.id, answer.text) for answer in question.answers]
            label = f"{number}. {question.text}"
            if question.kind == MULTIPLE:
                field = forms.MultipleChoiceField(
                    label=label,
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Plusieurs réponses possibles."),
                    error_messages={"required": _("Cochez au moins une réponse.")},
                )
            else:
                field = forms.ChoiceField(
                    label=label,
                    choices=choices,
                    widget=forms.RadioSelect,
                    error_messages={"required": _("Choisissez une réponse.")},
                )
            field.error_messages["invalid_choice"] = _(
                "Cette réponse n'existe plus : la question a changé, choisissez à nouveau."
            )
            self.fields[field_name(question)] = field

    def questions_for_display(self) -> list[dict]:
        """Each question with its options and what was ticked, as plain data for the template.

        The lesson page draws the inputs itself: rendering each option through Django's widget
        templates costs more than the rest of the quiz.
        """
        items = []
        for question in self.questions:
            bound = self[field_name(question)]
            ticked = bound.value() or []
            ticked = {ticked} if isinstance(ticked, str) else set(ticked)
            items.append(
                {
                    "name": bound.html_name,
                    "id": bound.auto_id,
                    "label": bound.label,
                    "help": bound.help_text,
                    "errors": bound.errors,
                    "input_type": "checkbox" if question.kind == MULTIPLE else "radio",
                    "options": [
                        (answer.id, answer.text, answer.id in ticked) for answer in question.answers
                    ],
                }
            )
        return items

    def chosen(self) -> dict[str, list[str]]:
        """Question id → the answer ids chosen, from valid data."""
        chosen = {}
        for question in self.questions:
            value = self.cleaned_data[field_name(question)]
            chosen[question.id] = sorted(value) if isinstance(value, list) else [value]
        return chosen


def score_quiz(questions: list[Question], chosen: dict[str, list[str]], pass_mark: int) -> Score:
    """Score out of 100: a question counts when the chosen set is exactly the right set."""
    review = []
    for question in questions:
        picked = set(chosen.get(question.id, []))
        review.append(
            {
                "question": question.text,
                "correct": picked == question.right_ids,
                "chosen": [
                    {
                        "text": answer.text,
                        "correct": answer.correct,
                        "explanation": answer.explanation,
                    }
                    for answer in question.answers
                    if answer.id in picked
                ],
            }
        )
    right = sum(1 for item in review if item["correct"])
    score = round(100 * right / len(questions)) if questions else 0
    return Score(score=score, passed=score >= pass_mark, review=review)
