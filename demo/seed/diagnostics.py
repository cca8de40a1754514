"""Diagnostics taken by a share of the businesses, some of them twice with progress between."""

from demo.seed.base import BATCH, Seed
from onboarding.diagnostic.models import DiagnosticResult
from onboarding.diagnostic.questionnaire import QUESTIONS, VERSION
from onboarding.diagnostic.scoring import score_answers


def diagnostics(seed: Seed, businesses, joined) -> int:
    rows = []
    for business, since in zip(businesses, joined, strict=True):
        if seed.rng.random() >= 0.7:
            continue
        level = seed.rng.randint(0, 3)
        for sitting in range(1 if seed.rng.random() < 0.8 else 2):
            answers = {
                question.key: question.choices[
                    max(0, min(3, level + sitting + seed.rng.randint(-1, 1)))
                ].key
                for question in QUESTIONS
            }
            scores = score_answers(answers)
            rows.append(
                DiagnosticResult(
                    business=business,
                    taken_by_id=business.owner_id,
                    taken_at=seed.moment(since),
                    questionnaire_version=VERSION,
                    answers=scores.answers,
                    scores=scores.by_dimension,
                    overall_score=scores.overall,
                )
            )
    DiagnosticResult.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)
