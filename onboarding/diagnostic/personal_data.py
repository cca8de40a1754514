"""Diagnostics under the RGPD: exported with their answers and scores; deleted with the
account (no law asks to keep them, and an advisor has no use for them once she is gone)."""

from accounts.personal_data import Erasure, Part, Section, register
from onboarding.diagnostic.models import DiagnosticResult


def export_diagnostics(user) -> Part:
    results = DiagnosticResult.objects.filter(business__owner=user).order_by("taken_at", "pk")
    return Part(
        [
            {
                "taken_at": r.taken_at,
                "questionnaire_version": r.questionnaire_version,
                "answers": r.answers,
                "scores": r.scores,
                "overall_score": r.overall_score,
            }
            for r in results
        ]
    )


def erase_diagnostics(erasure: Erasure) -> None:
    DiagnosticResult.objects.filter(business__owner=erasure.user).delete()
    DiagnosticResult.objects.filter(taken_by=erasure.user).delete()


SECTION = Section(key="diagnostics", order=35, export=export_diagnostics, erase=erase_diagnostics)


def register_section() -> None:
    register(SECTION)
