"""Learning activity: enrolments in the published courses, lessons done in order, and quiz
attempts on the way."""

from dataclasses import dataclass, field
from datetime import timedelta

from core.translations import in_default_locale
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from demo.seed.base import BATCH, Seed


@dataclass
class Catalogue:
    """Published courses and their lessons, read once: (lesson id, has quiz, pass mark)."""

    courses: list[int] = field(default_factory=list)
    lessons: dict[int, list[tuple[int, bool, int]]] = field(default_factory=dict)


def catalogue(seed: Seed, skip: bool) -> Catalogue:
    """The published courses; without any, the demo catalogue is loaded first unless
    ``skip``."""
    if not CoursePage.objects.live().exists():
        if skip:
            seed.say("Aucune formation publiée : pas d'inscription générée.")
            return Catalogue()
        from demo.catalogue import load_demo_courses
        from demo.site import load_demo_site

        seed.say("Aucune formation publiée : chargement du catalogue de démonstration…")
        load_demo_courses(load_demo_site())
    # Default-locale pages only: learner data never points to a translation.
    courses = dict(in_default_locale(CoursePage.objects.live()).values_list("path", "pk"))
    found = Catalogue(courses=sorted(courses.values()))
    steplen = CoursePage.steplen
    lessons = in_default_locale(LessonPage.objects.live()).order_by("path")
    for lesson_id, path, has_quiz, optional, pass_mark in lessons.values_list(
        "pk", "path", "has_quiz", "optional", "quiz_pass_mark"
    ):
        course_id = courses.get(path[:-steplen])
        if course_id is not None and (has_quiz or not optional):
            found.lessons.setdefault(course_id, []).append((lesson_id, has_quiz, pass_mark))
    found.courses = [pk for pk in found.courses if found.lessons.get(pk)]
    return found


def learning(seed: Seed, owners, joined, catalogue: Catalogue) -> dict[str, int]:
    """Enrolments, then the lessons done in order and the quizzes tried on the way; an
    enrolment whose every counted lesson is done is completed at its last lesson."""
    if not catalogue.courses:
        return {"inscriptions aux formations": 0}
    rng = seed.rng
    enrolments, plans = [], []
    for owner, since in zip(owners, joined, strict=True):
        if rng.random() >= 0.75:
            continue
        # The first courses of the catalogue (the common core comes first) are favoured.
        pool = catalogue.courses
        chosen = set()
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4, 6))):
            chosen.add(pool[min(len(pool) - 1, int(rng.expovariate(0.35)))])
        for course_id in sorted(chosen):
            lessons = catalogue.lessons[course_id]
            done = rng.choice((0, len(lessons), len(lessons), rng.randint(0, len(lessons))))
            start = seed.moment(since)
            stamps = sorted(seed.moment(start) for _ in range(done))
            last = stamps[-1] if stamps else start
            enrolments.append(
                Enrolment(
                    user=owner,
                    course_id=course_id,
                    enrolled_at=start,
                    completed_at=last if done == len(lessons) else None,
                    last_lesson_id=lessons[min(done, len(lessons) - 1)][0],
                    last_activity_at=last,
                )
            )
            plans.append((lessons[:done], stamps))
    enrolments = Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
    progress, attempts = [], []
    for enrolment, (lessons, stamps) in zip(enrolments, plans, strict=True):
        for (lesson_id, has_quiz, pass_mark), stamp in zip(lessons, stamps, strict=True):
            if has_quiz:
                if rng.random() < 0.3:  # a first try that failed
                    attempts.append(_attempt(seed, enrolment, lesson_id, pass_mark, stamp, False))
                attempts.append(_attempt(seed, enrolment, lesson_id, pass_mark, stamp, True))
            method = LessonProgress.Method.QUIZ if has_quiz else LessonProgress.Method.MARKED
            progress.append(
                LessonProgress(
                    enrolment=enrolment, lesson_id=lesson_id, completed_at=stamp, method=method
                )
            )
    LessonProgress.objects.bulk_create(progress, batch_size=BATCH)
    QuizAttempt.objects.bulk_create(attempts, batch_size=BATCH)
    return {
        "inscriptions aux formations": len(enrolments),
        "formations terminées": sum(1 for e in enrolments if e.completed_at),
        "leçons terminées": len(progress),
        "tentatives de quiz": len(attempts),
    }


def _attempt(seed: Seed, enrolment, lesson_id, pass_mark, stamp, passed) -> QuizAttempt:
    score = seed.rng.randint(pass_mark, 100) if passed else seed.rng.randint(0, pass_mark - 1)
    return QuizAttempt(
        enrolment=enrolment,
        lesson_id=lesson_id,
        submitted_at=stamp - timedelta(minutes=0 if passed else 5),
        score=score,
        pass_mark=pass_mark,
        passed=passed,
    )
