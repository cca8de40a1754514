"""Who registered, who is waiting, who attended; written only by courses.live.services."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Registration(models.Model):
    """A person's place at a webinar or bootcamp: confirmed, waiting, applying or ended."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Inscrit")
        WAITING = "waiting", _("Liste d'attente")
        APPLIED = "applied", _("Candidature en attente")
        DECLINED = "declined", _("Candidature refusée")
        CANCELLED = "cancelled", _("Annulé")

    ACTIVE = (Status.CONFIRMED, Status.WAITING, Status.APPLIED)

    event = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="event_registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations"
    )
    status = models.CharField(max_length=12, choices=Status.choices)
    motivation = models.TextField(_("motivation"), blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Set once when attendance makes it complete: the attestation and certificates hook here.
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("inscription")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(status__in=["confirmed", "waiting", "applied"]),
                name="one_active_registration_per_event",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        return f"{self.user} · {self.event_id} · {self.status}"


class Reminder(models.Model):
    """A reminder sent: its row is written before the e-mail leaves, so it never leaves twice."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE)
    session_key = models.CharField(max_length=40)
    kind = models.CharField(max_length=8)  # "24h" or "1h"
    starts_at = models.DateTimeField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "session_key", "kind", "starts_at"],
                name="one_reminder_per_session_start",
            )
        ]

    def __str__(self):
        return f"{self.registration_id} {self.session_key} {self.kind}"


class Attendance(models.Model):
    """Whether a registered person was there, per session, marked by hand or imported."""

    class Source(models.TextChoices):
        MANUAL = "manual", _("Saisie")
        IMPORT = "import", _("Import du fichier de présence")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendances"
    )
    session_key = models.CharField(max_length=40)
    present = models.BooleanField()
    minutes = models.PositiveIntegerField(null=True, blank=True)
    source = models.CharField(max_length=8, choices=Source.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("présence")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "session_key"], name="one_attendance_per_session"
            )
        ]

    def __str__(self):
        return f"{self.registration_id} {self.session_key} {self.present}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The secret address of a person's calendar feed; a new token revokes the old address."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.user}"


class ScheduleNotice(models.Model):
    """What registrants were last told of an event's schedule, and how many times.

    Kept beside the page rather than on it: page revisions carry every field, and publishing
    an older revision must not wind the calendar sequence back.
    """

    event = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    fingerprint = models.CharField(max_length=64)
    sequence = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.event_id} #{self.sequence}"
