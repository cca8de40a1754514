"""Writes: enrolment, lesson progress, quiz attempts and course completion."""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.page_cache import invalidate_user
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.quiz import quiz_questions, score_quiz
from courses.signals import course_completed, lesson_opened

logger = logging.getLogger(__name__)


class ProgressError(Exception):
    """A progress write that is refused; the message is for the learner."""


class NotEnrolled(ProgressError):
    def __init__(self):
        super().__init__(_("Inscrivez-vous à la formation pour enregistrer votre progression."))


class QuizRequired(ProgressError):
    def __init__(self):
        super().__init__(_("Cette leçon se valide en réussissant son quiz."))


def enrol(user, course: CoursePage) -> Enrolment:
    """Enrol in one click; enrolling twice (double click, two tabs) changes nothing."""
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(user=user, course=course)
    except IntegrityError:  # the other request won the race between get and create
        return Enrolment.objects.get(user=user, course=course)
    if created:
        invalidate_user(user.pk)
    return enrolment


def enrolment_for_lesson(user, lesson: LessonPage) -> Enrolment:
    """The learner's enrolment in the lesson's course, or NotEnrolled."""
    course_path = lesson.path[: -lesson.steplen]
    enrolment = (
        Enrolment.objects.filter(user=user, course__path=course_path).first()
        if user.is_authenticated
        else None
    )
    if enrolment is None:
        raise NotEnrolled
    return enrolment


def record_visit(user, lesson: LessonPage, enrolment: Enrolment | None = None) -> bool:
    """Remember the lesson a learner last opened, for "Reprendre"; True when it moved.

    The one write a page view makes, on purpose: which lesson she opened last is a fact only
    the opening tells. A beacon posted by the page would lose it without JavaScript and add a
    request to every lesson read, a queued task would add a job to every read; this is one
    conditional UPDATE that writes only when the lesson changes, and gives the same result
    however often it is repeated (a reload, two tabs). When it moved, her cached pages are
    forgotten and ``lesson_opened`` tells the advisors' side (``advising.activity``).

    ``enrolment``: her enrolment in the lesson's course, when the page already read it. A
    lesson she was already on then costs no statement at all, and another one an UPDATE of
    that row alone (still conditional: a second tab may have moved it meanwhile).
    """
    if not user.is_authenticated:
        return False
    if enrolment is not None:
        if enrolment.last_lesson_id == lesson.pk:
            return False
        enrolments = Enrolment.objects.filter(pk=enrolment.pk)
    else:
        enrolments = Enrolment.objects.filter(
            user=user, course__path=lesson.path[: -lesson.steplen]
        )
    now = timezone.now()
    moved = enrolments.exclude(last_lesson=lesson).update(last_lesson=lesson, last_activity_at=now)
    if moved:
        invalidate_user(user.pk)
        lesson_opened.send(sender=Enrolment, user_id=user.pk, at=now)
    return bool(moved)


def mark_lesson_done(user, lesson: LessonPage) -> LessonProgress:
    """ "Marquer comme terminée". A lesson with a quiz is done only by passing the quiz."""
    enrolment = enrolment_for_lesson(user, lesson)
    if lesson.has_quiz:
        raise QuizRequired
    with transaction.atomic():
        progress = _record_progress(enrolment, lesson, LessonProgress.Method.MARKED)
        complete_course_if_done(enrolment)
        invalidate_user(user.pk)
    return progress


def submit_quiz(
    user,
    lesson: LessonPage,
    chosen: dict[str, list[str]],
    questions=None,
    *,
    language: str = settings.LANGUAGE_CODE,
) -> QuizAttempt:
    """Score an attempt on the server and keep it; passing it marks the lesson done.

    ``lesson`` is the default-locale lesson; ``questions`` the quiz as the learner read it
    (courses.quiz.shown_quiz: a translation's texts with the lesson's ids and right answers),
    so that the review she reads is in her language; ``language`` is the one of those texts.
    """
    enrolment = enrolment_for_lesson(user, lesson)
    questions = quiz_questions(lesson) if questions is None else questions
    result = score_quiz(questions, chosen, lesson.quiz_pass_mark)
    with transaction.atomic():
        attempt = QuizAttempt.objects.create(
            enrolment=enrolment,
            lesson=lesson,
            score=result.score,
            pass_mark=lesson.quiz_pass_mark,
            passed=result.passed,
            answers=chosen,
            review=result.review,
            language=language,
        )
        if result.passed:
            _record_progress(enrolment, lesson, LessonProgress.Method.QUIZ)
            complete_course_if_done(enrolment)
        enrolment.last_activity_at = timezone.now()
        enrolment.save(update_fields=["last_activity_at"])
        invalidate_user(user.pk)
    return attempt


def _record_progress(enrolment: Enrolment, lesson: LessonPage, method: str) -> LessonProgress:
    progress, _created = LessonProgress.objects.get_or_create(
        enrolment=enrolment, lesson=lesson, defaults={"method": method}
    )
    return progress


def complete_course_if_done(enrolment: Enrolment) -> bool:
    """Record the completion once, with its date, when every counted lesson is done.

    Counted lessons are the required ones and every lesson with a quiz. The conditional UPDATE
    makes the recording happen once even if two requests finish the last lesson together;
    only the one that recorded it sends ``course_completed``, after commit.
    """
    course = CoursePage.objects.only("path", "depth").get(pk=enrolment.course_id)
    counted = (
        LessonPage.objects.live().child_of(course).filter(Q(optional=False) | Q(has_quiz=True))
    )
    done = LessonProgress.objects.filter(enrolment=enrolment).values("lesson_id")
    if not counted.exists() or counted.exclude(pk__in=done).exists():
        return False
    now = timezone.now()
    recorded = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    if not recorded:
        return False
    enrolment.completed_at = now
    transaction.on_commit(lambda: _announce_completion(enrolment))
    return True


def _announce_completion(enrolment: Enrolment) -> None:
    for receiver, outcome in course_completed.send_robust(sender=Enrolment, enrolment=enrolment):
        if isinstance(outcome, Exception):
            logger.error("course_completed receiver %r failed", receiver, exc_info=outcome)
