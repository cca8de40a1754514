"""The few inputs of the back office: a day, a range of days, the pause switch, a closure."""

from datetime import date, datetime, timedelta

from django import forms
from django.utils.translation import gettext_lazy as _

from core.formatting import written_date
from storefront_builder.closures import PARIS, part_of_day, whole_days
from storefront_builder.models import OrderStatus, Shop, ShopClosure

#: An export is for the accountant's month or year, not for the whole history at once.
MAX_EXPORT_DAYS = 366

#: The days a board, its sheet, an export or a closure may be asked for: 0001-01-01 or
#: 9999-12-31 made the day before or after overflow (a 500); no shop has orders outside these.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2999, 12, 31)


def within_range(day: date) -> None:
    """Refuse a day outside FIRST_DAY..LAST_DAY with a French message."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise forms.ValidationError(
            _("Choisissez une date entre le %(first)s et le %(last)s.")
            % {"first": written_date(FIRST_DAY, "j F Y"), "last": written_date(LAST_DAY, "j F Y")},
            code="out_of_range",
        )


class DayForm(forms.Form):
    """A day, no later than ``last_day`` when one is given (``selectors.last_board_day``)."""

    jour = forms.DateField(
        label=_("Jour"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Indiquez une date au format AAAA-MM-JJ.")},
        validators=[within_range],
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
                % {"day": written_date(self.last_day, "l j F Y")},
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
        validators=[within_range],
    )
    au = forms.DateField(
        label=_("Au"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": _("Indiquez une date au format AAAA-MM-JJ."),
            "required": _("Indiquez le dernier jour."),
        },
        validators=[within_range],
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


class NotificationsForm(forms.Form):
    """The merchant's e-mails: each order (and each cancellation by a customer), and the
    morning summary of the day's pickups. The low-stock alert is set per product."""

    notify_orders = forms.BooleanField(
        label=Shop._meta.get_field("notify_orders").verbose_name,
        required=False,
        help_text=_("Un e-mail à chaque nouvelle commande et à chaque annulation par un client."),
    )
    notify_morning_summary = forms.BooleanField(
        label=Shop._meta.get_field("notify_morning_summary").verbose_name,
        required=False,
        help_text=_(
            "Chaque matin à 7 h, les retraits du jour créneau par créneau (rien s'il n'y en a pas)."
        ),
    )


class SlotForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("fermer", _("Fermer")), ("rouvrir", _("Rouvrir"))],
        error_messages={
            "invalid_choice": _("Choisissez de fermer ou de rouvrir le créneau."),
            "required": _("Choisissez de fermer ou de rouvrir le créneau."),
        },
    )


# --- Dated closures -----------------------------------------------------------------------------

HOLIDAYS, HOURS = "conges", "horaires"
#: Holidays of more than a year are a shop to unpublish, not a closure.
MAX_CLOSURE_DAYS = 366


def _date_field(label):
    return forms.DateField(
        label=label,
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Indiquez une date au format AAAA-MM-JJ.")},
        validators=[within_range],
    )


def _time_field(label):
    return forms.TimeField(
        label=label,
        required=False,
        input_formats=["%H:%M", "%H:%M:%S"],
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Indiquez une heure au format HH:MM, par exemple 14:30.")},
    )


class ClosureForm(forms.Form):
    """Holidays (whole days, from a first to a last day) or exceptional hours (one day, from
    one time to another), with a label. Only the fields of the chosen kind are read: the
    others may stay filled, nothing typed is thrown away if the merchant changes her mind.

    ``today`` and ``now`` are given by the view, so the form says the same as the clock.
    """

    kind = forms.ChoiceField(
        label=_("Type de fermeture"),
        choices=[
            (HOLIDAYS, _("Congés : des journées entières")),
            (HOURS, _("Horaires exceptionnels : une partie d'une journée")),
        ],
        initial=HOLIDAYS,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choisissez le type de fermeture."),
            "invalid_choice": _("Choisissez le type de fermeture."),
        },
    )
    first_day = _date_field(_("Premier jour fermé"))
    last_day = _date_field(_("Dernier jour fermé"))
    day = _date_field(_("Jour"))
    closes = _time_field(_("Fermé à partir de"))
    reopens = _time_field(_("Réouverture à"))
    label = forms.CharField(
        label=_("Motif affiché aux clients"),
        required=False,
        max_length=ShopClosure._meta.get_field("label").max_length,
        help_text=_("Facultatif. Par exemple : « Congés d'été » ou « Inventaire »."),
        error_messages={"max_length": _("Le motif fait plus de 120 caractères.")},
    )

    def __init__(self, *args, now: datetime, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now
        self.today = now.astimezone(PARIS).date()
        for name in ("first_day", "last_day", "day"):
            self.fields[name].widget.attrs["min"] = f"{self.today:%Y-%m-%d}"

    def _require(self, data, *required) -> bool:
        """Say which of ``required`` (name, message) are empty; True if all are there and
        valid."""
        complete = True
        for name, message in required:
            if name in self.errors:
                complete = False
            elif data.get(name) is None:
                self.add_error(name, message)
                complete = False
        return complete

    def _not_before_today(self, name, day) -> bool:
        if day < self.today:
            self.add_error(
                name,
                _(
                    "Cette date est passée : une fermeture commence aujourd'hui au plus tôt "
                    "(le %(today)s)."
                )
                % {"today": written_date(self.today, "j F Y")},
            )
            return False
        return True

    def clean(self):
        data = super().clean()
        if data.get("kind") == HOURS:
            self._clean_hours(data)
        elif data.get("kind") == HOLIDAYS:
            self._clean_holidays(data)
        return data

    def _clean_holidays(self, data):
        if not self._require(
            data,
            ("first_day", _("Indiquez le premier jour de fermeture.")),
            ("last_day", _("Indiquez le dernier jour de fermeture (le même jour pour un seul).")),
        ):
            return
        first, last = data["first_day"], data["last_day"]
        if not self._not_before_today("first_day", first):
            return
        if last < first:
            self.add_error("last_day", _("Le dernier jour précède le premier."))
            return
        if (last - first).days >= MAX_CLOSURE_DAYS:
            self.add_error(
                "last_day",
                _("Une fermeture dure %(days)s jours au plus.") % {"days": MAX_CLOSURE_DAYS},
            )
            return
        data["starts_at"], data["ends_at"] = whole_days(first, last)

    def _clean_hours(self, data):
        if not self._require(
            data,
            ("day", _("Indiquez le jour de la fermeture.")),
            ("closes", _("Indiquez l'heure à laquelle vous fermez.")),
            ("reopens", _("Indiquez l'heure à laquelle vous rouvrez.")),
        ):
            return
        if not self._not_before_today("day", data["day"]):
            return
        if data["reopens"] <= data["closes"]:
            self.add_error("reopens", _("L'heure de réouverture doit suivre l'heure de fermeture."))
            return
        starts_at, ends_at = part_of_day(data["day"], data["closes"], data["reopens"])
        if ends_at <= self.now:
            self.add_error("reopens", _("Cette plage horaire est déjà passée."))
            return
        data["starts_at"], data["ends_at"] = starts_at, ends_at
