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


class Invitation(models.Model):
    """An advisor invites a business owner by e-mail; her business joins the advisor's
    portfolio when she signs up with that address (or at once if she already has one)."""

    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations_sent"
    )
    email = models.EmailField(_("adresse e-mail"))
    token = models.CharField(max_length=64, unique=True, editable=False)
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        constraints = [
            models.UniqueConstraint(fields=["advisor", "email"], name="one_invitation_per_email")
        ]

    def __str__(self):
        return self.email


class Note(models.Model):
    """A private note about a business: read by its advisors and staff, never by its owner."""

    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="advisor_notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("note"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("note de conseiller")

    def __str__(self):
        return self.body[:60]


class Reminder(models.Model):
    """A reminder e-mailed to a business owner by an advisor, kept for the timeline."""

    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="reminders"
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    subject = models.CharField(_("objet"), max_length=200)
    message = models.TextField(_("message"))
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("relance")

    def __str__(self):
        return self.subject


class Cohort(models.Model):
    """A group of businesses followed together, such as a bootcamp's participants."""

    name = models.CharField(_("nom"), max_length=120)
    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohorts"
    )
    businesses = models.ManyToManyField("businesses.Business", related_name="cohorts", blank=True)
    #: The webinar or bootcamp the cohort follows, for its attendance sheet (optional).
    event = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("cohorte")

    def __str__(self):
        return self.name
