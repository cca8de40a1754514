"""Scoring is done on the server, per dimension and overall, from complete answers only."""

import pytest

from onboarding.diagnostic.questionnaire import (
    DIMENSIONS,
    MAX_POINTS,
    QUESTIONS,
    VERSION,
    questions_of,
)
from onboarding.diagnostic.scoring import InvalidAnswers, percent, score_answers
from tests.onboarding.diagnostic.conftest import answers_with


def test_questionnaire_shape():
    assert VERSION >= 1
    assert len(QUESTIONS) == 15
    assert len(DIMENSIONS) == 5
    assert len({question.key for question in QUESTIONS}) == 15
    for dimension in DIMENSIONS:
        assert len(questions_of(dimension.key)) == 3
        assert dimension.themes
    for question in QUESTIONS:
        assert 3 <= len(question.choices) <= 4
        assert [choice.points for choice in question.choices] == list(range(len(question.choices)))
        assert max(choice.points for choice in question.choices) == MAX_POINTS


def test_all_lowest_and_all_highest():
    assert score_answers(answers_with(default=0)).overall == 0
    best = score_answers(answers_with(default=3))
    assert best.overall == 100
    assert set(best.by_dimension.values()) == {100}


def test_score_per_dimension_and_overall():
    answers = answers_with({"visibility": 3, "selling": 2, "relationship": 1, "security": 0})
    # One question of "tools" gets 2 points, the two others 0: 2 / 9.
    answers["invoicing"] = "software"
    scores = score_answers(answers)
    assert scores.by_dimension == {
        "visibility": 100,
        "selling": 67,  # 6 / 9
        "relationship": 33,  # 3 / 9
        "tools": 22,  # 2 / 9
        "security": 0,
    }
    assert scores.overall == 44  # (9 + 6 + 3 + 2 + 0) / 45 = 44.4
    assert scores.answers == answers


def test_halves_round_up():
    assert percent(1, 8) == 13  # 12.5
    assert percent(0, 0) == 0


def test_missing_and_forged_answers_are_refused():
    answers = answers_with(default=1)
    del answers["backups"]
    answers["passwords"] = "tout-bon"
    answers["gdpr"] = ["compliant"]
    with pytest.raises(InvalidAnswers) as caught:
        score_answers(answers)
    assert set(caught.value.errors) == {"backups", "passwords", "gdpr"}


def test_unknown_questions_are_ignored():
    answers = {**answers_with(default=2), "bonus": "100"}
    scores = score_answers(answers)
    assert "bonus" not in scores.answers
    assert scores.overall == 67
