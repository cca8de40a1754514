"""Step 1, the shop's identity: name, address on the site, category, address, phone, description.

Phone numbers and postcodes are normalised before they are checked, so that « 01.23.45.67.89 »
or « +33 1 23 45 67 89 », as people type them, are accepted and stored in one form. The
commune and its postcode are checked against the official list (core.places) and the commune
saved in its official spelling; the position placed on the map must be in France.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.places.geo import in_france
from core.places.selectors import check_commune
from storefront_builder.models import Shop
from storefront_builder.phones import normalise_phone
from storefront_builder.wizard.identity import IDENTITY_FIELDS, POSITION_FIELDS

#: Addresses that would be confusing or collide with pages of the site, now or later.
RESERVED_SLUGS = frozenset(
    {
        "admin",
        "api",
        "aide",
        "apercu",
        "boutique",
        "boutiques",
        "cms",
        "commande",
        "commandes",
        "compte",
        "connexion",
        "contact",
        "media",
        "modifier",
        "nouveau",
        "nouvelle",
        "panier",
        "produits",
        "recherche",
        "static",
        "www",
    }
)

DESCRIPTION_MAX = 2000


def _coordinate(label, limit: int) -> forms.DecimalField:
    """A hidden input the map fills in (static/js/shop-map.js), six decimals (~10 cm)."""
    return forms.DecimalField(
        label=label,
        required=False,
        max_digits=9,
        decimal_places=6,
        min_value=-limit,
        max_value=limit,
        widget=forms.HiddenInput,
    )


def suggest_slug(name: str, taken: set[str]) -> str:
    """An address made from the name, free and not reserved: « chez-lili », « chez-lili-2 »…"""
    base = slugify(name)[:50].strip("-") or "boutique"
    if base in RESERVED_SLUGS:
        base = f"{base}-boutique"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


class IdentityForm(forms.ModelForm):
    """Who the shop is. The slug may be left empty: it is then made from the name."""

    slug = forms.CharField(
        label=_("Adresse de la boutique sur le site"),
        required=False,
        max_length=60,
        help_text=_(
            "Ce qui suit /boutiques/ dans l'adresse de votre vitrine : lettres minuscules, "
            "chiffres et tirets. Laissez vide pour qu'elle soit faite à partir du nom. "
            "La changer après la mise en ligne casse les liens déjà partagés."
        ),
    )
    phone = forms.CharField(
        label=_("Téléphone"),
        max_length=25,
        help_text=_("Un numéro français, par exemple 01 23 45 67 89 ou +33 6 12 34 56 78."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    postcode = forms.CharField(
        label=_("Code postal"),
        max_length=10,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
    )
    description = forms.CharField(
        label=_("Présentation"),
        required=False,
        max_length=DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Quelques lignes sur votre commerce. Une ligne vide sépare les paragraphes ; "
            "**gras**, *italique* et les lignes commençant par « - » (listes) sont reconnus ; "
            "les adresses web et e-mail deviennent des liens."
        ),
    )

    latitude = _coordinate(_("Latitude"), 90)
    longitude = _coordinate(_("Longitude"), 180)

    class Meta:
        model = Shop
        fields = [*IDENTITY_FIELDS, *POSITION_FIELDS]
        labels = {
            "name": _("Nom de la boutique"),
            "category": _("Type de commerce"),
            "street_address": _("Adresse"),
            "commune": _("Commune"),
        }
        help_texts = {
            "name": _("Le nom que vos clients voient en haut de votre vitrine."),
            "street_address": _("Numéro et rue, là où les clients viennent retirer."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "street_address": forms.TextInput(attrs={"autocomplete": "street-address"}),
            "commune": forms.TextInput(attrs={"autocomplete": "address-level2"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [
            ("", _("Choisissez…")),
            *self.fields["category"].choices[1:],
        ]

    def _other_shops(self):
        others = Shop.objects.all()
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        return others

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())

    def clean_commune(self) -> str:
        return " ".join(self.cleaned_data["commune"].split())

    def clean_street_address(self) -> str:
        return " ".join(self.cleaned_data["street_address"].split())

    def clean_postcode(self) -> str:
        postcode = re.sub(r"\s", "", self.cleaned_data["postcode"])
        if not re.fullmatch(r"\d{5}", postcode):
            raise forms.ValidationError(
                _("Le code postal compte 5 chiffres, par exemple 69004."), code="postcode"
            )
        return postcode

    def clean_phone(self) -> str:
        phone = normalise_phone(self.cleaned_data["phone"])
        if phone is None:
            raise forms.ValidationError(
                _("Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89."),
                code="phone",
            )
        return phone

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"].strip().lower()
        if not slug:
            return ""  # Made from the name in clean(), once the name is known to be valid.
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
            raise forms.ValidationError(
                _(
                    "Utilisez seulement des lettres minuscules sans accent, des chiffres et des "
                    "tirets, par exemple « chez-lili »."
                ),
                code="slug_format",
            )
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(
                _("Cette adresse est réservée par le site : choisissez-en une autre."),
                code="slug_reserved",
            )
        if self._other_shops().filter(slug=slug).exists():
            raise forms.ValidationError(
                _("Cette adresse est déjà prise par une autre boutique : choisissez-en une autre."),
                code="slug_taken",
            )
        return slug

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("slug") and cleaned.get("name") and "slug" not in self.errors:
            base = slugify(cleaned["name"])[:50].strip("-") or "boutique"
            taken = set(
                self._other_shops().filter(slug__startswith=base).values_list("slug", flat=True)
            )
            cleaned["slug"] = suggest_slug(cleaned["name"], taken)
        self._check_commune(cleaned)
        self._check_position(cleaned)
        return cleaned

    def _check_commune(self, cleaned: dict) -> None:
        """The commune must exist and have the postcode; it is saved as officially spelt."""
        if not cleaned.get("commune") or not cleaned.get("postcode"):
            return  # already refused, with its own message
        try:
            commune = check_commune(cleaned["commune"], cleaned["postcode"])
        except ValidationError as error:
            self.add_error(None, error)
        else:
            cleaned["commune"] = commune.name

    def _check_position(self, cleaned: dict) -> None:
        if "latitude" in self.errors or "longitude" in self.errors:
            return
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (latitude is None) != (longitude is None):
            self.add_error(
                "latitude",
                _("La position est incomplète : placez de nouveau le repère sur votre boutique."),
            )
        elif latitude is not None and not in_france(latitude, longitude):
            self.add_error(
                "latitude",
                _("Cette position est hors de France : placez le repère sur votre boutique."),
            )

    def validate_unique(self):
        # The slug's uniqueness is checked in clean_slug with a message for people, and once
        # more by the database constraint when saving (see services.save_identity).
        pass
