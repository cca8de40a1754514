"""Learning records under the RGPD: enrolments, lessons done and quiz attempts (with the
answers she gave) are exported, and deleted with the account; no law asks to keep them."""

from accounts.personal_data import Erasure, Part, Section, register
from courses.models import Enrolment, LessonProgress, QuizAttempt


def _grouped(rows) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in rows:
        grouped.setdefault(row.enrolment_id, []).append(row)
    return grouped


def export_learning(user) -> Part:
    """Three queries: enrolments, lessons done, attempts."""
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("course").order_by("enrolled_at")
    )
    progress = _grouped(
        LessonProgress.objects.filter(enrolment__user=user)
        .select_related("lesson")
        .order_by("completed_at", "pk")
    )
    attempts = _grouped(
        QuizAttempt.objects.filter(enrolment__user=user)
        .select_related("lesson")
        .order_by("submitted_at", "pk")
    )
    return Part(
        [
            {
                "course": e.course.title,
                "enrolled_at": e.enrolled_at,
                "completed_at": e.completed_at,
                "last_activity_at": e.last_activity_at,
                "lessons_done": [
                    {
                        "lesson": p.lesson.title,
                        "completed_at": p.completed_at,
                        "method": p.get_method_display(),
                    }
                    for p in progress.get(e.pk, [])
                ],
                "quiz_attempts": [
                    {
                        "lesson": a.lesson.title,
                        "submitted_at": a.submitted_at,
                        "score": a.score,
                        "pass_mark": a.pass_mark,
                        "passed": a.passed,
                        "answers": a.answers,
                    }
                    for a in attempts.get(e.pk, [])
                ],
            }
            for e in enrolments
        ]
    )


def erase_learning(erasure: Erasure) -> None:
    Enrolment.objects.filter(user=erasure.user).delete()  # lessons and attempts cascade


SECTION = Section(key="learning", order=40, export=export_learning, erase=erase_learning)


def register_section() -> None:
    register(SECTION)
