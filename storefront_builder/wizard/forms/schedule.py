"""Steps 3 and 4: the week's opening hours, and the pickup windows with the slots' rules."""

from django import forms
from django.utils.translation import gettext_lazy as _

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
