"""Scoring: answers in, a score per dimension and overall out, all on the server.

The browser only ever sends answer keys; points live here and in the questionnaire, so a
forged form cannot raise a score. An answer set is scored only if it is complete and every
answer is one of the question's choices: a partial diagnostic would not compare with the next.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from onboarding.diagnostic.questionnaire import DIMENSIONS, MAX_POINTS, QUESTIONS, questions_of


class InvalidAnswers(ValueError):
    """Missing or unknown answers; ``errors`` maps a question key to a message for the person."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(", ".join(sorted(errors)))
        self.errors = errors


MISSING = _("Choisissez une réponse à cette question.")
UNKNOWN = _("Cette réponse ne fait pas partie des choix proposés.")


@dataclass(frozen=True)
class Scores:
    answers: dict[str, str]
    by_dimension: dict[str, int]
    overall: int


def percent(points: int, maximum: int) -> int:
    """A whole percentage, halves rounded up (Python's round() would send 12.5 to 12)."""
    return (200 * points + maximum) // (2 * maximum) if maximum else 0


def score_answers(answers: Mapping[str, object]) -> Scores:
    """Score a complete answer set; raise InvalidAnswers otherwise. Unknown keys are ignored."""
    errors: dict[str, str] = {}
    points: dict[str, int] = {}
    kept: dict[str, str] = {}
    for question in QUESTIONS:
        key = answers.get(question.key)
        if not key:
            errors[question.key] = str(MISSING)
            continue
        choice = question.choice(key) if isinstance(key, str) else None
        if choice is None:
            errors[question.key] = str(UNKNOWN)
            continue
        points[question.key] = choice.points
        kept[question.key] = choice.key
    if errors:
        raise InvalidAnswers(errors)
    by_dimension = {}
    for dimension in DIMENSIONS:
        questions = questions_of(dimension.key)
        by_dimension[dimension.key] = percent(
            sum(points[question.key] for question in questions), MAX_POINTS * len(questions)
        )
    overall = percent(sum(points.values()), MAX_POINTS * len(QUESTIONS))
    return Scores(answers=kept, by_dimension=by_dimension, overall=overall)
