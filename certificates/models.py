"""Certificates keep the facts as they were when issued; written only by certificates.services."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certificates.codes import new_code


class Certificate(models.Model):
    class Kind(models.TextChoices):
        COURSE = "course", _("Certificat de réussite")
        WEBINAR = "webinar", _("Attestation de participation")
        BOOTCAMP = "bootcamp", _("Certificat de bootcamp")
        MANUAL = "manual", _("Attestation")

    #: Kinds whose French name is feminine (« attestation »): e-mails agree with them
    #: (« votre attestation est prête », « téléchargez-la »).
    FEMININE_KINDS = frozenset({Kind.WEBINAR, Kind.MANUAL})

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    code = models.CharField(max_length=9, unique=True, default=new_code, editable=False)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    # What it was issued for ("enrolment:12", "registration:7"): one live certificate each.
    source = models.CharField(max_length=60)
    # The facts as they were at issue time, shown on the PDF and the verification page.
    holder_name = models.CharField(max_length=200)
    business_name = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=255)
    hours = models.CharField(max_length=20, blank=True)
    completed_on = models.DateField()
    issuer = models.CharField(max_length=200)
    issued_at = models.DateTimeField(default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # A correction issues a new certificate; the old one stays, superseded, for the history.
    replaces = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by"
    )
    superseded_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.TextField(blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Rendered once, by a task after issue (or at the first download): serving it is instant.
    pdf = models.FileField(upload_to="certificats/", blank=True)

    class Meta:
        verbose_name = _("certificat")
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "source"],
                condition=Q(superseded_at__isnull=True),
                name="one_current_certificate_per_source",
            )
        ]
        indexes = [models.Index(fields=["holder", "-issued_at"])]

    def __str__(self):
        return f"{self.code} · {self.title}"

    @property
    def is_feminine(self) -> bool:
        return self.kind in self.FEMININE_KINDS

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class CertificateBatch(models.Model):
    """An organiser's request: every certificate of a cohort or of a course, as one ZIP.

    Run by a task that can be run again after a crash: certificates already issued or already
    rendered are skipped, and ``done`` only grows.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente")
        RUNNING = "running", _("En cours")
        DONE = "done", _("Terminé")
        FAILED = "failed", _("Échec")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    source = models.CharField(max_length=60)  # "course:12" or "event:34"
    title = models.CharField(max_length=255)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    archive = models.FileField(upload_to="certificats/lots/", blank=True)

    class Meta:
        verbose_name = _("lot de certificats")

    def __str__(self):
        return f"{self.title} ({self.done}/{self.total})"

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0
