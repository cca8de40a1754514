"""A learner's enrolments, finished lessons and quiz attempts. Written only by courses.services."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner following a course; ``completed_at`` is set once, when everything is done."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(_("inscription"), default=timezone.now)
    completed_at = models.DateTimeField(_("terminée le"), null=True, blank=True)
    # The lesson last opened, so "Reprendre" brings the learner back where they were.
    last_lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    last_activity_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("inscription")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]
        indexes = [models.Index(fields=["user", "-last_activity_at"])]

    def __str__(self):
        return f"{self.user} → {self.course_id}"


class LessonProgress(models.Model):
    """A lesson done, by "mark as done" or by passing its quiz. One row per lesson, ever."""

    class Method(models.TextChoices):
        MARKED = "marked", _("Marquée comme terminée")
        QUIZ = "quiz", _("Quiz réussi")

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)
    method = models.CharField(max_length=10, choices=Method.choices)

    class Meta:
        verbose_name = _("leçon terminée")
        verbose_name_plural = _("leçons terminées")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="one_progress_per_lesson")
        ]

    def __str__(self):
        return f"{self.enrolment} · {self.lesson_id} ({self.method})"


class QuizAttempt(models.Model):
    """One submission of a quiz, kept with what was asked and answered at that moment.

    ``review`` is a snapshot (question, chosen answers and their explanations, right or wrong)
    so that the result page stays true even after an editor rewrites the quiz.
    """

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    submitted_at = models.DateTimeField(default=timezone.now)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("note pour réussir (%)"))
    passed = models.BooleanField(_("réussi"))
    answers = models.JSONField(default=dict)
    review = models.JSONField(default=list)
    #: The language of the review's texts (the quiz as the learner read it).
    language = models.CharField(max_length=8, default=settings.LANGUAGE_CODE)

    class Meta:
        verbose_name = _("tentative de quiz")
        verbose_name_plural = _("tentatives de quiz")
        indexes = [models.Index(fields=["enrolment", "lesson", "-score"])]

    def __str__(self):
        return f"{self.enrolment} · {self.lesson_id}: {self.score} %"
