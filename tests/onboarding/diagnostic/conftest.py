"""Businesses, answer sets and results for the diagnostic tests."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from onboarding.diagnostic.models import DiagnosticResult
from onboarding.diagnostic.questionnaire import QUESTIONS, VERSION
from onboarding.diagnostic.scoring import score_answers
from onboarding.profile.models import Business
from tests.accounts.factories import OwnerFactory

SIRETS = ("73282932000074", "44306184100047", "55208131766522", "54205118000066")


def make_business(owner, siret=SIRETS[0], **fields) -> Business:
    defaults = {
        "trade_name": "La Boulangerie du Port",
        "legal_form": "sarl",
        "naf_code": "10.71C",
        "headcount": 3,
        "annual_turnover": Decimal("180000"),
        "created_on": date(2015, 3, 1),
        "postcode": "29200",
        "commune": "Brest",
        "sector": "food_retail",
    }
    return Business.objects.create(owner=owner, siret=siret, **{**defaults, **fields})


def answers_with(points: dict[str, int] | None = None, default: int = 0) -> dict[str, str]:
    """An answer key per question: ``points`` maps a dimension or question key to its points."""
    points = points or {}
    return {
        question.key: question.choices[
            points.get(question.key, points.get(question.dimension, default))
        ].key
        for question in QUESTIONS
    }


def add_result(business, answers, days_ago=0) -> DiagnosticResult:
    """A stored result, dated in the past without going through the view."""
    scores = score_answers(answers)
    return DiagnosticResult.objects.create(
        business=business,
        taken_by=business.owner,
        taken_at=timezone.now() - timedelta(days=days_ago),
        questionnaire_version=VERSION,
        answers=scores.answers,
        scores=scores.by_dimension,
        overall_score=scores.overall,
    )


@pytest.fixture
def business(owner):
    return make_business(owner)


@pytest.fixture
def other_owner(db):
    return OwnerFactory()


@pytest.fixture
def other_business(other_owner):
    return make_business(other_owner, siret=SIRETS[1], trade_name="Fleurs de Saison")
