"""The wizard's forms, one per step; the views save what they clean through the services.

Phone numbers and postcodes are normalised before they are checked, so that « 01.23.45.67.89 »
or « +33 1 23 45 67 89 », as people type them, are accepted and stored in one form.
"""

import re

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from storefront_builder.images import ImageRefused, check_image
from storefront_builder.models import Shop
from storefront_builder.palettes import palette_choices
from storefront_builder.phones import normalise_phone
from storefront_builder.wizard.identity import IDENTITY_FIELDS

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
WEEKDAYS = (
    _("Lundi"),
    _("Mardi"),
    _("Mercredi"),
    _("Jeudi"),
    _("Vendredi"),
    _("Samedi"),
    _("Dimanche"),
)
RANGES_PER_DAY = 2


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

    class Meta:
        model = Shop
        fields = list(IDENTITY_FIELDS)
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
        return cleaned

    def validate_unique(self):
        # The slug's uniqueness is checked in clean_slug with a message for people, and once
        # more by the database constraint when saving (see services.save_identity).
        pass


class BrandingForm(forms.Form):
    """Logo, cover photo and colours; an empty file field keeps the current image."""

    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("JPEG, PNG ou WebP, 10 Mo au plus. Il sera affiché en petit carré."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_logo = forms.BooleanField(label=_("Retirer le logo actuel"), required=False)
    cover = forms.FileField(
        label=_("Photo de couverture"),
        required=False,
        help_text=_(
            "Votre devanture ou vos produits, en largeur. JPEG, PNG ou WebP, 10 Mo au plus."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_cover = forms.BooleanField(label=_("Retirer la photo actuelle"), required=False)
    palette = forms.ChoiceField(
        label=_("Couleurs de la vitrine"),
        choices=palette_choices,
        widget=forms.RadioSelect,
        help_text=_("Toutes ces couleurs restent lisibles par les personnes qui voient mal."),
    )

    def _image(self, name: str):
        upload = self.cleaned_data.get(name)
        if upload:
            try:
                check_image(upload)
            except ImageRefused as refused:
                raise forms.ValidationError(str(refused), code="image") from refused
        return upload

    def clean_logo(self):
        return self._image("logo")

    def clean_cover(self):
        return self._image("cover")


def _range_field_names(day: int, index: int) -> tuple[str, str]:
    return f"d{day}_{index}_start", f"d{day}_{index}_end"


class WeeklyRangesForm(forms.Form):
    """Up to two time ranges for each day of the week (a shop closing at lunch has two)."""

    start_label = _("de")
    end_label = _("à")
    empty_message = _("Indiquez au moins une plage horaire dans la semaine.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for day, day_name in enumerate(WEEKDAYS):
            for index in range(RANGES_PER_DAY):
                start, end = _range_field_names(day, index)
                for name, label in ((start, self.start_label), (end, self.end_label)):
                    self.fields[name] = forms.TimeField(
                        label=f"{day_name}, {_('plage')} {index + 1}, {label}",
                        required=False,
                        input_formats=["%H:%M", "%H:%M:%S", "%Hh%M", "%Hh"],
                        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                        error_messages={"invalid": _("Saisissez une heure, par exemple 09:30.")},
                    )

    @staticmethod
    def initial_for(days: list[tuple[int, list]]) -> dict:
        """Initial values from ``storefront_builder.selectors.weekly_ranges``."""
        initial = {}
        for day, ranges in days:
            for index, (start, end) in enumerate(ranges[:RANGES_PER_DAY]):
                start_name, end_name = _range_field_names(day, index)
                initial[start_name], initial[end_name] = start, end
        return initial

    def rows(self):
        """(day name, [(start field, end field), …]) for the template's table."""
        return [
            (
                day_name,
                [
                    tuple(self[name] for name in _range_field_names(day, index))
                    for index in range(RANGES_PER_DAY)
                ],
            )
            for day, day_name in enumerate(WEEKDAYS)
        ]

    def clean(self):
        cleaned = super().clean()
        self._ranges: list[tuple[int, object, object]] = []
        for day, day_name in enumerate(WEEKDAYS):
            day_ranges = []
            for index in range(RANGES_PER_DAY):
                start_name, end_name = _range_field_names(day, index)
                if start_name in self.errors or end_name in self.errors:
                    continue
                start, end = cleaned.get(start_name), cleaned.get(end_name)
                if start is None and end is None:
                    continue
                if start is None or end is None:
                    self.add_error(
                        end_name if end is None else start_name,
                        _("%(day)s : indiquez l'heure de début et l'heure de fin.")
                        % {"day": day_name},
                    )
                    continue
                if end <= start:
                    self.add_error(
                        end_name,
                        _("%(day)s : l'heure de fin doit être après l'heure de début.")
                        % {"day": day_name},
                    )
                    continue
                day_ranges.append((start, end, end_name))
            day_ranges.sort()
            if len(day_ranges) == 2 and day_ranges[1][0] < day_ranges[0][1]:
                self.add_error(
                    day_ranges[1][2],
                    _("%(day)s : les deux plages se chevauchent.") % {"day": day_name},
                )
                continue
            self._ranges.extend((day, start, end) for start, end, _name in day_ranges)
        if not self.errors and not self._ranges:
            raise forms.ValidationError(self.empty_message, code="empty")
        return cleaned

    def ranges(self) -> list[tuple[int, object, object]]:
        """(weekday, start, end) for every range typed, once the form is valid."""
        return list(self._ranges)


class OpeningHoursForm(WeeklyRangesForm):
    empty_message = _("Indiquez au moins une plage d'ouverture dans la semaine.")


SLOT_CHOICES = [
    (15, _("15 minutes")),
    (20, _("20 minutes")),
    (30, _("30 minutes")),
    (60, _("1 heure")),
]


class PickupForm(WeeklyRangesForm):
    """When customers collect, and how the orders are spread across slots."""

    empty_message = _("Indiquez au moins une plage de retrait dans la semaine.")

    slot_minutes = forms.TypedChoiceField(
        label=_("Durée d'un créneau"),
        choices=SLOT_CHOICES,
        coerce=int,
        help_text=_("Les clients choisissent un créneau de cette durée pour venir retirer."),
    )
    capacity_per_slot = forms.IntegerField(
        label=_("Commandes par créneau"),
        min_value=1,
        max_value=50,
        help_text=_("Combien de commandes vous pouvez remettre pendant un créneau (1 à 50)."),
        error_messages={
            "min_value": _("Au moins une commande par créneau."),
            "max_value": _("Au plus 50 commandes par créneau."),
        },
        widget=forms.NumberInput(attrs={"min": "1", "max": "50"}),
    )
    lead_time_minutes = forms.IntegerField(
        label=_("Délai de préparation (minutes)"),
        min_value=0,
        max_value=2880,
        help_text=_(
            "Le temps qu'il vous faut entre la commande et le retrait : 60 pour une heure, "
            "1440 pour la veille. Au plus 2880 (deux jours)."
        ),
        error_messages={
            "min_value": _("Le délai ne peut pas être négatif."),
            "max_value": _("Le délai est de deux jours (2880 minutes) au plus."),
        },
        widget=forms.NumberInput(attrs={"min": "0", "max": "2880", "step": "5"}),
    )
    booking_horizon_days = forms.IntegerField(
        label=_("Réservation possible jusqu'à (jours)"),
        min_value=1,
        max_value=30,
        help_text=_("Combien de jours à l'avance vos clients peuvent commander (1 à 30)."),
        error_messages={
            "min_value": _("Au moins un jour."),
            "max_value": _("Au plus 30 jours."),
        },
        widget=forms.NumberInput(attrs={"min": "1", "max": "30"}),
    )
    pickup_instructions = forms.CharField(
        label=_("Instructions de retrait"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Par exemple : « Sonnez à la porte de droite, les commandes sont au comptoir. »"
        ),
    )

    settings_fields = (
        "slot_minutes",
        "capacity_per_slot",
        "lead_time_minutes",
        "booking_horizon_days",
        "pickup_instructions",
    )

    def clean(self):
        cleaned = super().clean()
        slot = cleaned.get("slot_minutes")
        if slot and not self.errors:
            for day, start, end in self._ranges:
                length = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
                if length < slot:
                    self.add_error(
                        None,
                        _(
                            "%(day)s : la plage de %(start)s à %(end)s est plus courte qu'un "
                            "créneau (%(slot)s minutes)."
                        )
                        % {
                            "day": WEEKDAYS[day],
                            "start": f"{start:%H:%M}",
                            "end": f"{end:%H:%M}",
                            "slot": slot,
                        },
                    )
        return cleaned

    def settings(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.settings_fields}

    def settings_rows(self):
        return [self[name] for name in self.settings_fields]
