"""The few inputs of the back office: a day, a range of days, the pause switch."""

from datetime import date, timedelta

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from storefront_builder.models import OrderStatus, Shop

#: An export is for the accountant's month or year, not for the whole history at once.
MAX_EXPORT_DAYS = 366


class DayForm(forms.Form):
    """A day, no later than ``last_day`` when one is given (``selectors.last_board_day``)."""

    jour = forms.DateField(
        label=_("Jour"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Indiquez une date au format AAAA-MM-JJ.")},
    )

    def __init__(self, *args, last_day: date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.last_day = last_day
        if last_day is not None:
            self.fields["jour"].widget.attrs["max"] = f"{last_day:%Y-%m-%d}"

    def clean_jour(self):
        day = self.cleaned_data["jour"]
        if self.last_day is not None and day > self.last_day:
            raise forms.ValidationError(
                _("Vos créneaux ne sont ouverts que jusqu'au %(day)s.")
                % {"day": date_format(self.last_day, "l j F Y")},
                code="after_last_day",
            )
        return day


class ExportForm(forms.Form):
    du = forms.DateField(
        label=_("Du"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": _("Indiquez une date au format AAAA-MM-JJ."),
            "required": _("Indiquez le premier jour."),
        },
    )
    au = forms.DateField(
        label=_("Au"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": _("Indiquez une date au format AAAA-MM-JJ."),
            "required": _("Indiquez le dernier jour."),
        },
    )

    def clean(self):
        data = super().clean()
        first, last = data.get("du"), data.get("au")
        if first and last:
            if last < first:
                raise forms.ValidationError(_("Le dernier jour précède le premier."))
            if last - first >= timedelta(days=MAX_EXPORT_DAYS):
                raise forms.ValidationError(
                    _("Exportez au plus %(days)s jours à la fois.") % {"days": MAX_EXPORT_DAYS}
                )
        return data


class StatusForm(forms.Form):
    statut = forms.ChoiceField(
        choices=OrderStatus.choices,
        error_messages={
            "invalid_choice": _("Ce statut n'existe pas."),
            "required": _("Choisissez un statut."),
        },
    )


class PauseForm(forms.Form):
    orders_paused = forms.BooleanField(
        label=_("Mettre les commandes en pause"),
        required=False,
        help_text=_(
            "Votre boutique reste visible mais n'accepte plus de commande. Les commandes "
            "déjà passées sont conservées."
        ),
    )
    pause_message = forms.CharField(
        label=_("Message affiché sur votre boutique en ligne"),
        required=False,
        max_length=Shop._meta.get_field("pause_message").max_length,
        help_text=_(
            "Facultatif, 200 caractères au plus. Par exemple : « Fermé pour congés du "
            "4 au 18 août, à bientôt ! »"
        ),
        error_messages={"max_length": _("Le message fait plus de 200 caractères.")},
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SlotForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("fermer", _("Fermer")), ("rouvrir", _("Rouvrir"))],
        error_messages={
            "invalid_choice": _("Choisissez de fermer ou de rouvrir le créneau."),
            "required": _("Choisissez de fermer ou de rouvrir le créneau."),
        },
    )
