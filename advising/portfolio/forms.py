"""The portfolio's filters, search, sort and page, read from the query string.

One form serves the page and both exports, so a file holds exactly the rows the page lists
(all pages of them). An advisor's form has no "conseiller" field: the parameter is simply
ignored for her, and whatever she types, the rows come from her own portfolio. Her "reseau"
choices are only the networks her own businesses belong to: another network's id is a form
error, so nothing tells her who belongs to a network she has no business in.
"""

import re
from datetime import datetime

from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, role_of
from advising.metrics import (
    INACTIVE_AFTER,
    STOREFRONT_DRAFT,
    STOREFRONT_NONE,
    STOREFRONT_PUBLISHED,
    inactive_since,
    storefront_is,
)
from advising.portfolio.table import BY_KEY, DEFAULT_SORT, ordering
from advising.selectors import advisors, portfolio, portfolio_communes, portfolio_networks
from core.search import SearchField
from onboarding.dossiers.models import Status
from storefront_builder.networks.selectors import member_businesses

PER_PAGE = 50

NO_APPLICATION = "aucune"

STOREFRONT_CHOICES = [
    ("", _("Toutes")),
    (STOREFRONT_NONE, _("Aucune boutique")),
    (STOREFRONT_DRAFT, _("Boutique en brouillon")),
    (STOREFRONT_PUBLISHED, _("Boutique en ligne")),
]

#: Progress bands of the common core: "a-b" keeps a ≤ progress < b (the last one includes 100).
PROGRESS_BANDS = {
    "0-25": (0, 25),
    "25-50": (25, 50),
    "50-75": (50, 75),
    "75-100": (75, 101),
}
PROGRESS_CHOICES = [
    ("", _("Toutes")),
    ("0-25", _("De 0 à 25 %")),
    ("25-50", _("De 25 à 50 %")),
    ("50-75", _("De 50 à 75 %")),
    ("75-100", _("De 75 à 100 %")),
]

SORT_CHOICES = [(key, key) for key in BY_KEY] + [(f"-{key}", f"-{key}") for key in BY_KEY]


class FrenchNamesSelect(forms.Select):
    """A select whose choices are names typed in French (networks): each option but « Tous »
    says so, for screen readers reading an English interface."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = "fr"
        return option


class AdvisorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.email


class PortfolioForm(forms.Form):
    q = SearchField(
        label=_("Rechercher"),
        help_text=_("Nom de l'entreprise, du dirigeant, SIREN ou commune"),
    )
    boutique = forms.ChoiceField(label=_("Boutique"), choices=STOREFRONT_CHOICES, required=False)
    demande = forms.ChoiceField(
        label=_("Demande d'aide"),
        choices=[("", _("Toutes")), (NO_APPLICATION, _("Aucune demande")), *Status.choices],
        required=False,
    )
    commune = forms.ChoiceField(label=_("Commune"), required=False)
    reseau = forms.ChoiceField(
        label=_("Réseau de boutiques"), required=False, widget=FrenchNamesSelect
    )
    progression = forms.ChoiceField(
        label=_("Progression du tronc commun"), choices=PROGRESS_CHOICES, required=False
    )
    inactives = forms.BooleanField(label=_("Inactives depuis plus de 14 jours"), required=False)
    conseiller = AdvisorChoiceField(
        label=_("Conseiller"),
        queryset=advisors(),
        required=False,
        empty_label=_("Tous les conseillers"),
    )
    tri = forms.ChoiceField(choices=SORT_CHOICES, required=False)
    page = forms.IntegerField(min_value=1, required=False)

    def __init__(self, data, *, user, now: datetime | None = None):
        super().__init__(data)
        self.user = user
        self.now = now or timezone.now()
        if role_of(user) is not Role.STAFF:
            del self.fields["conseiller"]
        communes = portfolio_communes(user)
        self.fields["commune"].choices = [("", _("Toutes")), *((c, c) for c in communes)]
        self.fields["reseau"].choices = [("", _("Tous")), *portfolio_networks(user)]
        for name in ("tri", "page"):
            self.fields[name].widget = forms.HiddenInput()

    @property
    def sort(self) -> str:
        return self.cleaned_data.get("tri") or DEFAULT_SORT

    @property
    def filtered(self) -> bool:
        """Whether anything narrows the list (to tell "no match" from "nobody yet")."""
        names = (
            "q",
            "boutique",
            "demande",
            "commune",
            "reseau",
            "progression",
            "inactives",
            "conseiller",
        )
        return any(self.cleaned_data.get(name) for name in names)

    def businesses(self) -> QuerySet:
        """The matching businesses, annotated and sorted; call after ``is_valid()``."""
        data = self.cleaned_data
        queryset = portfolio(self.user, now=self.now)
        if data.get("conseiller"):
            queryset = queryset.filter(assignments__advisor=data["conseiller"])
        if data["q"]:
            queryset = queryset.filter(search_filter(data["q"]))
        if data["boutique"]:
            queryset = queryset.filter(storefront_is(data["boutique"]))
        if data["demande"] == NO_APPLICATION:
            queryset = queryset.filter(latest_application_status__isnull=True)
        elif data["demande"]:
            queryset = queryset.filter(latest_application_status=data["demande"])
        if data["commune"]:
            queryset = queryset.filter(commune=data["commune"])
        if data["reseau"]:
            queryset = queryset.filter(pk__in=member_businesses(int(data["reseau"])))
        if data["progression"]:
            low, high = PROGRESS_BANDS[data["progression"]]
            queryset = queryset.filter(core_progress__gte=low, core_progress__lt=high)
        if data["inactives"]:
            queryset = queryset.filter(inactive_since(self.now - INACTIVE_AFTER))
        return queryset.order_by(*ordering(self.sort))


def search_filter(text: str) -> Q:
    """Every word must match the trade name, the owner's first or last name, the SIREN or the
    commune; a SIREN typed with spaces ("123 456 789") is read as one number."""
    text = text.strip()
    if re.fullmatch(r"[\d\s]+", text):
        return Q(siren__contains=re.sub(r"\s", "", text)) | Q(
            siret__contains=re.sub(r"\s", "", text)
        )
    condition = Q()
    for word in text.split():
        condition &= (
            Q(trade_name__icontains=word)
            | Q(owner__first_name__icontains=word)
            | Q(owner__last_name__icontains=word)
            | Q(siren__contains=word)
            | Q(commune__icontains=word)
        )
    return condition
