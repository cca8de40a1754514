"""Grant programmes for digitisation, as data that staff edit: who may apply, for what, how much.

Rules are columns rather than code so that a new regional aid is typed in, not deployed. Empty
means "no such rule": no headcount cap, every sector, every département.
"""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from onboarding.profile.models import Sector

# Metropolitan départements 01–95 (there is no « 20 » since Corsica split into 2A and 2B),
# then overseas: 971–978 and the collectivities of the Pacific and the TAAF (984–989), which
# national aids often exclude by name.
DEPARTMENT_PATTERN = re.compile(r"^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[4-9])$")


class ExpenseCategory(models.TextChoices):
    """The eleven themes of eligible spending, as published for the chèque France Num."""

    WEBSITE = "website", _("Vente, promotion – Site e-commerce ou vitrine")
    CONTENT = "content", _("Vente, promotion – Contenus (photos, vidéos, textes)")
    PAYMENT = "payment", _("Vente, promotion – Paiement en ligne")
    MARKETPLACE = "marketplace", _("Vente, promotion – Place de marché")
    VISIBILITY = "visibility", _("Vente, promotion – Visibilité sur internet")
    CUSTOMERS = "customers", _("Vente, promotion – Relation clients")
    BOOKING = "booking", _("Gestion – Réservation et commandes en ligne")
    SALES = "sales", _("Gestion – Ventes, stocks et caisse")
    ACCOUNTING = "accounting", _("Gestion – Comptabilité et facturation")
    DELIVERY = "delivery", _("Gestion – Logistique et livraison")
    SUPPORT = "support", _("Accompagnement à la numérisation par un prestataire")


class AmountKind(models.TextChoices):
    FLAT = "flat", _("Montant forfaitaire")
    PERCENT = "percent", _("Pourcentage des dépenses, plafonné")


class Programme(models.Model):
    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("adresse"), max_length=100, unique=True)
    funder = models.CharField(_("financeur"), max_length=200)
    summary = models.CharField(_("résumé"), max_length=300)
    description = models.TextField(_("présentation"), blank=True)
    official_url = models.URLField(_("page officielle"), blank=True)
    is_example = models.BooleanField(
        _("exemple"),
        default=False,
        help_text=_("Copie de démonstration aux dates déplacées, signalée comme telle."),
    )
    published = models.BooleanField(_("publiée"), default=True)

    # How much.
    amount_kind = models.CharField(_("type de montant"), max_length=10, choices=AmountKind)
    flat_amount = models.DecimalField(
        _("montant forfaitaire (€)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    rate = models.DecimalField(_("taux (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    cap = models.DecimalField(
        _("plafond (€)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    step = models.DecimalField(
        _("palier (€)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("L'aide est arrondie au palier inférieur, par exemple par tranches de 100 €."),
    )

    # Who.
    max_headcount = models.PositiveIntegerField(_("effectif maximal"), null=True, blank=True)
    max_turnover = models.DecimalField(
        _("chiffre d'affaires maximal (€)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    closure_required = models.BooleanField(_("fermeture administrative exigée"), default=False)
    activity_started_before = models.DateField(
        _("activité commencée avant le"), null=True, blank=True
    )
    included_departments = models.JSONField(
        _("départements couverts"),
        default=list,
        blank=True,
        help_text=_("Vide : toute la France."),
    )
    excluded_departments = models.JSONField(_("territoires exclus"), default=list, blank=True)
    eligible_sectors = models.JSONField(
        _("secteurs éligibles"), default=list, blank=True, help_text=_("Vide : tous.")
    )

    # For what, and when.
    expenses_from = models.DateField(_("dépenses à partir du"), null=True, blank=True)
    expenses_until = models.DateField(_("dépenses jusqu'au"), null=True, blank=True)
    eligible_categories = models.JSONField(
        _("catégories de dépenses éligibles"), default=list, blank=True
    )
    minimum_spend = models.DecimalField(
        _("dépense minimale HT (€)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    application_deadline = models.DateField(_("date limite de dépôt"), null=True, blank=True)
    required_documents = models.JSONField(_("pièces à fournir"), default=list, blank=True)

    # The public texts for visitors who chose English (the ``shown_*`` properties); left
    # empty, they read the French text. A programme is data, not a CMS page, so its few
    # public texts get an English column each rather than a translated copy of the row.
    name_en = models.CharField(_("nom (anglais)"), max_length=200, blank=True)
    summary_en = models.CharField(_("résumé (anglais)"), max_length=300, blank=True)
    description_en = models.TextField(_("présentation (anglais)"), blank=True)
    required_documents_en = models.JSONField(
        _("pièces à fournir (anglais)"), default=list, blank=True
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("programme d'aide")
        verbose_name_plural = _("programmes d'aide")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @staticmethod
    def _english_wanted() -> bool:
        return (get_language() or "").startswith("en")

    def _shown(self, name: str):
        """The English text when the visitor chose English and there is one, else French."""
        english = getattr(self, f"{name}_en")
        return english if english and self._english_wanted() else getattr(self, name)

    @property
    def shown_name(self) -> str:
        return self._shown("name")

    @property
    def shown_summary(self) -> str:
        return self._shown("summary")

    @property
    def shown_description(self) -> str:
        return self._shown("description")

    @property
    def shown_required_documents(self) -> list[str]:
        return self._shown("required_documents")

    @property
    def text_language(self) -> str:
        """The language of the texts shown (``lang`` for screen readers)."""
        return "en" if self.summary_en and self._english_wanted() else "fr"

    def is_open(self, today: date) -> bool:
        """Open while the deadline has not passed; the deadline day itself still counts."""
        return self.application_deadline is None or today <= self.application_deadline

    def clean(self):
        """Refuse a programme whose rules contradict each other or could not be checked.

        The eligibility check and the amount calculation trust these columns; a percentage of
        250 % or a window ending before it starts would be published as is otherwise.
        """
        errors = {}
        if self.amount_kind == AmountKind.FLAT and not self.flat_amount:
            errors["flat_amount"] = _("Un montant forfaitaire doit être indiqué.")
        percent = self.amount_kind == AmountKind.PERCENT
        if percent and (self.rate is None or not 0 < self.rate <= 100):
            errors["rate"] = _(
                "Le taux, en pourcentage, doit être supérieur à 0 et au plus égal à 100."
            )
        for field in ("flat_amount", "cap", "step", "minimum_spend"):
            value = getattr(self, field)
            if value is not None and value <= 0 and field not in errors:
                errors[field] = _("Ce montant doit être positif.")
        if self.expenses_from and self.expenses_until and self.expenses_from > self.expenses_until:
            errors["expenses_until"] = _("La fin de la période des dépenses précède son début.")
        for field in ("included_departments", "excluded_departments"):
            wrong = [code for code in getattr(self, field) if not DEPARTMENT_PATTERN.match(code)]
            if wrong:
                errors[field] = _(
                    "Codes de département inconnus : %(codes)s. Écrivez-les sur deux chiffres "
                    "(« 07 »), 2A ou 2B pour la Corse, trois chiffres outre-mer (« 974 »)."
                ) % {"codes": ", ".join(wrong)}
        both = set(self.included_departments) & set(self.excluded_departments)
        if both and "excluded_departments" not in errors:
            errors["excluded_departments"] = _(
                "Ces départements sont à la fois couverts et exclus : %(codes)s."
            ) % {"codes": ", ".join(sorted(both))}
        unknown = set(self.eligible_categories) - set(ExpenseCategory.values)
        if unknown:
            errors["eligible_categories"] = _("Catégories inconnues : %(values)s.") % {
                "values": ", ".join(sorted(unknown))
            }
        unknown = set(self.eligible_sectors) - set(Sector.values)
        if unknown:
            errors["eligible_sectors"] = _("Secteurs inconnus : %(values)s.") % {
                "values": ", ".join(sorted(unknown))
            }
        if errors:
            raise ValidationError(errors)
