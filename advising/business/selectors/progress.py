"""Where a business's owner stands in her courses, as she sees it herself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Max, Q

from courses.models import QuizAttempt

# The learner's own outline helpers, so the advisor reads the same figures as "Mon parcours".
from courses.selectors import outlines_of
from onboarding.profile.models import Business


@dataclass
class QuizScore:
    """The owner's best result at one lesson's quiz (None when not attempted yet)."""

    lesson: str
    best: int | None = None
    attempts: int = 0
    passed: bool = False


@dataclass
class CourseProgress:
    """One course the owner is enrolled in, with the figures the learner sees herself."""

    title: str
    url: str
    enrolled_at: datetime
    last_activity_at: datetime
    completed_at: datetime | None
    done: int
    total: int
    percent: int
    quizzes: list[QuizScore] = field(default_factory=list)


def course_progress(business: Business) -> list[CourseProgress]:
    """The owner's courses, most recently active first. Four queries however many courses, plus
    Wagtail's site roots for the pages' URLs (cached)."""
    owner_id = business.owner_id
    outlines = outlines_of(owner_id)
    if not outlines:
        return []
    scores = {
        (row["enrolment_id"], row["lesson_id"]): row
        for row in QuizAttempt.objects.filter(enrolment__user_id=owner_id)
        .values("enrolment_id", "lesson_id")
        .annotate(
            best=Max("score"), attempts=Count("pk"), passes=Count("pk", filter=Q(passed=True))
        )
        .order_by()
    }
    progress = []
    for outline in outlines:
        enrolment = outline.enrolment
        quizzes = []
        for line in outline.lessons:
            if not line.has_quiz:
                continue
            row = scores.get((enrolment.pk, line.id))
            quizzes.append(
                QuizScore(
                    lesson=line.title,
                    best=row["best"] if row else None,
                    attempts=row["attempts"] if row else 0,
                    passed=bool(row and row["passes"]),
                )
            )
        progress.append(
            CourseProgress(
                title=enrolment.course.title,
                url=enrolment.course.url or "",
                enrolled_at=enrolment.enrolled_at,
                last_activity_at=enrolment.last_activity_at,
                completed_at=enrolment.completed_at,
                done=outline.done_count,
                total=outline.total_count,
                percent=outline.percent,
                quizzes=quizzes,
            )
        )
    return progress
