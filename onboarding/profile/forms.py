"""The business profile as its owner fills it in.

Identifiers are normalised before they are checked, so that « 356 000 000 49837 » or « 4711f »,
as people copy them from a Kbis, are accepted and stored in one canonical form.
"""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from onboarding.profile.identifiers import normalize_naf, normalize_siret
from onboarding.profile.models import (
    PROFILE_FIELDS,
    Business,
    LegalForm,
    Marketplace,
    Sector,
    SocialNetwork,
)

SIRET_TAKEN = _(
    "Ce numéro SIRET est déjà enregistré par un autre compte. S'il s'agit bien de votre "
    "établissement, contactez l'équipe du programme : nous vérifierons avec vous."
)


#: An SME has fewer than 250 employees (EU recommendation 2003/361, taken up in French law by
#: décret 2008-1354): beyond that the business is not one the programme serves, and a larger
#: figure on a very small business's profile is a typo (a turnover typed in the wrong field)
#: that would silently skew its grant eligibility.
MAX_SME_HEADCOUNT = 249


def _ordered(values: list[str], choices: type[models.TextChoices]) -> list[str]:
    """Stored in the order of the choices, so that the same answer is always the same list."""
    return [value for value, _label in choices.choices if value in values]


class BusinessProfileForm(forms.ModelForm):
    """Create or edit the owner's business; the owner is set by the view, never typed."""

    # Declared here rather than derived from the model: people type spaces and dots, so the
    # raw input is longer than the stored value and is normalised before any check.
    siret = forms.CharField(
        label=_("Numéro SIRET"),
        max_length=30,
        help_text=_(
            "14 chiffres, sur votre extrait Kbis ou votre avis de situation Insee. "
            "Les espaces, points et tirets sont acceptés."
        ),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        # Replaces the model's uniqueness message, which names nothing useful; whose account
        # holds the number stays private.
        error_messages={"unique": SIRET_TAKEN},
    )
    naf_code = forms.CharField(
        label=_("Code NAF/APE"),
        max_length=10,
        help_text=_("4 chiffres et une lettre, par exemple 47.11F ou 1071C."),
    )
    annual_turnover = forms.DecimalField(
        label=_("Chiffre d'affaires annuel (€)"),
        min_value=0,
        max_digits=12,
        decimal_places=2,
        help_text=_("Celui du dernier exercice clos, hors taxes. Une estimation suffit."),
        error_messages={"min_value": _("Le chiffre d'affaires ne peut pas être négatif.")},
        widget=forms.NumberInput(attrs={"step": "1", "min": "0"}),
    )
    headcount = forms.IntegerField(
        label=_("Effectif salarié"),
        min_value=0,
        max_value=MAX_SME_HEADCOUNT,
        help_text=_(
            "Le nombre exact de salariés, sans compter le dirigeant. 0 si vous êtes seul. "
            "Le programme s'adresse aux TPE et PME : 249 salariés au plus."
        ),
        error_messages={
            "min_value": _("L'effectif ne peut pas être négatif."),
            "max_value": _(
                "Au-delà de 249 salariés, une entreprise n'est plus une PME et ce programme "
                "ne peut pas l'accompagner. Vérifiez le nombre saisi : sans espace ni point."
            ),
        },
        widget=forms.NumberInput(attrs={"min": "0", "max": str(MAX_SME_HEADCOUNT), "step": "1"}),
    )
    website = forms.URLField(
        label=_("Site internet"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("Laissez vide si votre entreprise n'a pas encore de site."),
        widget=forms.URLInput(attrs={"placeholder": "https://", "autocomplete": "url"}),
    )
    social_networks = forms.MultipleChoiceField(
        label=_("Réseaux sociaux où vous êtes présent"),
        choices=SocialNetwork.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    marketplaces = forms.MultipleChoiceField(
        label=_("Places de marché où vous vendez"),
        choices=Marketplace.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Business
        fields = list(PROFILE_FIELDS)
        labels = {
            "trade_name": _("Nom commercial"),
            "legal_form": _("Forme juridique"),
            "sector": _("Secteur d'activité"),
            "created_on": _("Date de création"),
            "postcode": _("Code postal"),
            "commune": _("Commune"),
            "closed_by_decree": _("Mon commerce a dû fermer au public sur décision administrative"),
        }
        help_texts = {
            "trade_name": _("Le nom sous lequel vos clients vous connaissent."),
            "created_on": _("La date d'immatriculation, sur votre extrait Kbis."),
            "postcode": _("Celui de votre établissement, par exemple 69004."),
            "closed_by_decree": _(
                "Par exemple pendant la crise sanitaire : certaines aides y sont réservées."
            ),
        }
        widgets = {
            # An ISO value, or the browser's date picker shows an empty field when editing.
            "created_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "postcode": forms.TextInput(
                attrs={"inputmode": "numeric", "autocomplete": "postal-code"}
            ),
            "commune": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "trade_name": forms.TextInput(attrs={"autocomplete": "organization"}),
        }

    # The order the template shows the fields in, under headings an owner recognises.
    sections = (
        (_("Votre entreprise"), ("trade_name", "siret", "legal_form", "naf_code", "sector")),
        (_("Son activité"), ("created_on", "headcount", "annual_turnover", "closed_by_decree")),
        (_("Son adresse"), ("postcode", "commune")),
        (_("Sa présence en ligne"), ("website", "social_networks", "marketplaces")),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_form"].choices = [("", _("Choisissez…")), *LegalForm.choices]
        self.fields["sector"].choices = [("", _("Choisissez…")), *Sector.choices]

    def fieldsets(self):
        """(heading, bound fields) pairs for the template."""
        return [(title, [self[name] for name in names]) for title, names in self.sections]

    def clean_siret(self) -> str:
        # The model's validator and uniqueness check then run on the canonical 14 digits.
        return normalize_siret(self.cleaned_data["siret"])

    def clean_naf_code(self) -> str:
        return normalize_naf(self.cleaned_data["naf_code"])

    def clean_commune(self) -> str:
        return " ".join(self.cleaned_data["commune"].split())

    def clean_trade_name(self) -> str:
        return " ".join(self.cleaned_data["trade_name"].split())

    def clean_created_on(self):
        created_on = self.cleaned_data["created_on"]
        if created_on > timezone.localdate():
            raise forms.ValidationError(
                _("La date de création ne peut pas être dans le futur."), code="future_date"
            )
        return created_on

    def clean_social_networks(self) -> list[str]:
        return _ordered(self.cleaned_data["social_networks"], SocialNetwork)

    def clean_marketplaces(self) -> list[str]:
        return _ordered(self.cleaned_data["marketplaces"], Marketplace)
