"""Which advisor follows which business."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Assignment(models.Model):
    """An advisor follows a business: she may read its profile, diagnostics and dossiers."""

    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments"
    )
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="assignments"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("suivi par un conseiller")
        verbose_name_plural = _("suivis par des conseillers")
        constraints = [
            models.UniqueConstraint(fields=["advisor", "business"], name="one_assignment_per_pair")
        ]

    def __str__(self):
        return f"{self.advisor} → {self.business}"
