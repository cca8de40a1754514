"""Writes: recording a diagnostic, scored here whatever the form said."""

from collections.abc import Mapping

from onboarding.diagnostic.models import DiagnosticResult
from onboarding.diagnostic.questionnaire import VERSION
from onboarding.diagnostic.scoring import score_answers


def record_result(business, user, answers: Mapping[str, object]) -> DiagnosticResult:
    """Score ``answers`` and store the result; InvalidAnswers (nothing stored) if incomplete."""
    scores = score_answers(answers)
    return DiagnosticResult.objects.create(
        business=business,
        taken_by=user,
        questionnaire_version=VERSION,
        answers=scores.answers,
        scores=scores.by_dimension,
        overall_score=scores.overall,
    )
