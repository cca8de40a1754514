"""Grant programmes for digitisation, as data that staff edit: who may apply, for what, how much.

Rules are columns rather than code so that a new regional aid is typed in, not deployed. Empty
means "no such rule": no headcount cap, every sector, every département.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


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

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("programme d'aide")
        verbose_name_plural = _("programmes d'aide")
        ordering = ["name"]

    def __str__(self):
        return self.name
