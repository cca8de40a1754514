"""A business and what the platform needs to know about it to guide and fund it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from onboarding.profile.identifiers import (
    department_of,
    normalize_naf,
    normalize_siret,
    siren_of,
    validate_naf,
    validate_postcode,
    validate_siret,
)


class LegalForm(models.TextChoices):
    MICRO = "micro", _("Micro-entreprise")
    EI = "ei", _("Entreprise individuelle (EI)")
    EURL = "eurl", _("EURL")
    SARL = "sarl", _("SARL")
    SASU = "sasu", _("SASU")
    SAS = "sas", _("SAS")
    SA = "sa", _("SA")
    SNC = "snc", _("SNC")
    ASSOCIATION = "association", _("Association")
    OTHER = "other", _("Autre")


class Sector(models.TextChoices):
    FOOD_RETAIL = "food_retail", _("Commerce alimentaire")
    RETAIL = "retail", _("Commerce non alimentaire")
    HOSPITALITY = "hospitality", _("Hôtellerie, restauration, cafés")
    CRAFTS = "crafts", _("Artisanat")
    BEAUTY = "beauty", _("Beauté, bien-être, coiffure")
    SERVICES = "services", _("Services aux particuliers")
    OTHER = "other", _("Autre activité")


class SocialNetwork(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    TIKTOK = "tiktok", "TikTok"
    LINKEDIN = "linkedin", "LinkedIn"
    GOOGLE = "google", _("Fiche d'établissement Google")
    OTHER = "other", _("Autre réseau")


class Marketplace(models.TextChoices):
    AMAZON = "amazon", "Amazon"
    ETSY = "etsy", "Etsy"
    LEBONCOIN = "leboncoin", "leboncoin"
    CDISCOUNT = "cdiscount", "Cdiscount"
    FNAC = "fnac", "Fnac Darty"
    OTHER = "other", _("Autre place de marché")


#: What the owner fills in on her profile page, in the order of the form.
PROFILE_FIELDS = (
    "trade_name",
    "siret",
    "legal_form",
    "naf_code",
    "sector",
    "created_on",
    "headcount",
    "annual_turnover",
    "postcode",
    "commune",
    "closed_by_decree",
    "website",
    "social_networks",
    "marketplaces",
)


class Business(models.Model):
    """A business, as its owner describes it.

    Owned through a foreign key so that an owner can have several businesses later; today a
    constraint allows one per owner. The SIREN is derived from the SIRET on save, never typed.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="businesses"
    )
    siret = models.CharField(_("SIRET"), max_length=14, unique=True, validators=[validate_siret])
    siren = models.CharField(_("SIREN"), max_length=9, db_index=True, editable=False)
    trade_name = models.CharField(_("nom commercial"), max_length=200)
    legal_form = models.CharField(_("forme juridique"), max_length=20, choices=LegalForm)
    naf_code = models.CharField(_("code NAF/APE"), max_length=6, validators=[validate_naf])
    headcount = models.PositiveIntegerField(_("effectif salarié"))
    annual_turnover = models.DecimalField(
        _("chiffre d'affaires annuel (€)"), max_digits=12, decimal_places=2
    )
    created_on = models.DateField(_("date de création"))
    postcode = models.CharField(_("code postal"), max_length=5, validators=[validate_postcode])
    commune = models.CharField(_("commune"), max_length=120)
    sector = models.CharField(_("secteur"), max_length=20, choices=Sector)
    closed_by_decree = models.BooleanField(
        _("fermée au public par décision administrative"), default=False
    )
    website = models.URLField(_("site internet"), blank=True)
    social_networks = models.JSONField(_("réseaux sociaux"), default=list, blank=True)
    marketplaces = models.JSONField(_("places de marché"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    #: The latest trace the business left (sign-in, lesson, quiz, diagnostic, grant
    #: application, storefront, order), kept up to date by ``advising.activity``; None when
    #: it never did anything. Indexed: advisors filter and sort thousands of rows by it.
    last_activity_at = models.DateTimeField(
        _("dernière activité"), null=True, blank=True, editable=False, db_index=True
    )

    class Meta:
        verbose_name = _("entreprise")
        verbose_name_plural = _("entreprises")
        constraints = [
            models.UniqueConstraint(fields=["owner"], name="one_business_per_owner_for_now"),
            models.CheckConstraint(
                condition=models.Q(annual_turnover__gte=0),
                name="turnover_not_negative",
                violation_error_message=_("Le chiffre d'affaires ne peut pas être négatif."),
            ),
        ]

    def __str__(self):
        return self.trade_name

    def save(self, *args, **kwargs):
        self.siret = normalize_siret(self.siret)
        self.siren = siren_of(self.siret)
        super().save(*args, **kwargs)

    def clean(self):
        self.siret = normalize_siret(self.siret)
        self.naf_code = normalize_naf(self.naf_code)

    @property
    def department(self) -> str:
        return department_of(self.postcode)

    @property
    def online_presence(self) -> bool:
        return bool(self.website or self.social_networks or self.marketplaces)

    def social_network_labels(self) -> list[str]:
        """The networks the business is on, as people read them (unknown values are skipped)."""
        return _labels(SocialNetwork, self.social_networks)

    def marketplace_labels(self) -> list[str]:
        return _labels(Marketplace, self.marketplaces)


def _labels(choices: type[models.TextChoices], values) -> list[str]:
    known = dict(choices.choices)
    return [str(known[value]) for value in values or [] if value in known]
