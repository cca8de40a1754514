"""A diagnostic taken by a business: its answers and the scores computed from them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DiagnosticResult(models.Model):
    """One sitting of the questionnaire, never edited afterwards: the history is the list.

    Scores are stored rather than recomputed, so that a later version of the questionnaire
    (other questions, other points) leaves past results as they were shown.
    """

    business = models.ForeignKey(
        "businesses.Business",
        verbose_name=_("entreprise"),
        on_delete=models.CASCADE,
        related_name="diagnostic_results",
    )
    # Kept when the account goes: the result belongs to the business, not to the person.
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("répondu par"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    taken_at = models.DateTimeField(_("date"), default=timezone.now)
    questionnaire_version = models.PositiveSmallIntegerField(_("version du questionnaire"))
    answers = models.JSONField(_("réponses"), default=dict)
    scores = models.JSONField(_("scores par dimension"), default=dict)
    overall_score = models.PositiveSmallIntegerField(_("score global"))

    class Meta:
        verbose_name = _("résultat de diagnostic")
        verbose_name_plural = _("résultats de diagnostic")
        ordering = ["-taken_at", "-pk"]
        indexes = [models.Index(fields=["business", "-taken_at"], name="diagnostic_business_date")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(overall_score__lte=100), name="diagnostic_overall_score_max_100"
            )
        ]

    def __str__(self):
        return f"{self.business} · {self.taken_at:%Y-%m-%d} · {self.overall_score}"
