"""An application for a grant programme, its expenses, its timeline and the advisors' comments.

One application per SIREN and programme: funders pay a company once per programme, whichever of
its establishments asks, so the SIREN is copied from the business when the application starts
and the database refuses a second row (``one_application_per_siren_per_programme``).
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from core.uploads import EXTENSIONS
from onboarding.dossiers.storage import private_storage
from onboarding.grants.models import ExpenseCategory


class Status(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    READY = "ready", _("Prête à déposer")
    SUBMITTED = "submitted", _("Déposée")
    MORE_INFO = "more_info", _("Compléments demandés")
    APPROVED = "approved", _("Accordée")
    PAID = "paid", _("Versée")
    REJECTED = "rejected", _("Refusée")


#: The owner may change expenses, bank details and the statement only in these states.
EDITABLE = frozenset({Status.DRAFT, Status.MORE_INFO})


class Application(models.Model):
    business = models.ForeignKey(
        "businesses.Business", on_delete=models.CASCADE, related_name="applications"
    )
    programme = models.ForeignKey(
        "grants.Programme", on_delete=models.PROTECT, related_name="applications"
    )
    siren = models.CharField(_("SIREN"), max_length=9, editable=False)
    status = models.CharField(
        _("statut"), max_length=12, choices=Status, default=Status.DRAFT, db_index=True
    )
    funder_reference = models.CharField(_("référence du financeur"), max_length=100, blank=True)
    iban = models.CharField(_("IBAN"), max_length=34, blank=True)
    bic = models.CharField(_("BIC"), max_length=11, blank=True)
    account_holder = models.CharField(_("titulaire du compte"), max_length=200, blank=True)
    sworn_at = models.DateTimeField(_("déclaration signée le"), null=True, blank=True)
    sworn_name = models.CharField(_("signée par"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("demande d'aide")
        verbose_name_plural = _("demandes d'aide")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "siren"], name="one_application_per_siren_per_programme"
            )
        ]

    def __str__(self):
        return f"{self.programme} – {self.business}"

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def has_bank_details(self) -> bool:
        return bool(self.iban and self.bic and self.account_holder)

    @property
    def sworn(self) -> bool:
        return self.sworn_at is not None


def invoice_path(instance, filename: str) -> str:
    """A random name: knowing one invoice's path tells nothing about the next one's.

    The extension comes from the detected content type (``Expense.content_type`` is set before
    saving), never from what the uploader typed.
    """
    return f"invoices/{secrets.token_urlsafe(24)}{EXTENSIONS.get(instance.content_type, '')}"


class Expense(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="expenses")
    supplier = models.CharField(_("fournisseur"), max_length=200)
    invoice_number = models.CharField(_("numéro de facture"), max_length=60)
    invoice_date = models.DateField(_("date de la facture"))
    amount_ht = models.DecimalField(_("montant HT (€)"), max_digits=10, decimal_places=2)
    amount_ttc = models.DecimalField(_("montant TTC (€)"), max_digits=10, decimal_places=2)
    category = models.CharField(_("catégorie"), max_length=20, choices=ExpenseCategory)
    invoice = models.FileField(
        _("facture"), upload_to=invoice_path, storage=private_storage, max_length=200
    )
    original_filename = models.CharField(_("nom du fichier"), max_length=200)
    content_type = models.CharField(_("type de fichier"), max_length=40)
    size = models.PositiveIntegerField(_("taille (octets)"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("dépense")
        verbose_name_plural = _("dépenses")
        ordering = ["invoice_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_ht__gt=0) & Q(amount_ttc__gte=F("amount_ht")),
                name="expense_amounts_positive_ttc_at_least_ht",
            )
        ]

    def __str__(self):
        return f"{self.supplier} {self.invoice_number}"

    @property
    def is_pdf(self) -> bool:
        return self.content_type == "application/pdf"


#: The notes the site writes itself on the timeline: stored as their French msgid and shown in
#: the reader's language (``StatusChange.shown_note``); what people write is shown as typed.
NOTE_OPENED = gettext_noop("Demande ouverte.")
NOTE_REOPENED = gettext_noop("Demande rouverte pour modification.")
SYSTEM_NOTES = frozenset({NOTE_OPENED, NOTE_REOPENED})


class StatusChange(models.Model):
    """One line of the timeline: the status the application entered, when, by whom, why."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(_("statut"), max_length=12, choices=Status)
    at = models.DateTimeField(_("le"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("changement de statut")
        verbose_name_plural = _("changements de statut")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.application_id} → {self.status}"

    @property
    def shown_note(self) -> str:
        """The note in the reader's language when the site wrote it, as typed otherwise."""
        return gettext(self.note) if self.note in SYSTEM_NOTES else self.note


class Comment(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("commentaire"))
    asks_changes = models.BooleanField(_("demande des modifications"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(_("traité le"), null=True, blank=True)

    class Meta:
        verbose_name = _("commentaire")
        verbose_name_plural = _("commentaires")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.body[:60]
