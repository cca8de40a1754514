"""The admin form for programmes: list columns edited as checkboxes or one value per line.

The rules are stored as JSON lists so the eligibility check can read them without joins; left
to Wagtail, they would be edited as raw JSON, which staff would mistype. Sectors and expense
categories come from fixed choices, so checkboxes; départements and required documents are
free values, so a textarea with one per line.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from onboarding.grants.models import ExpenseCategory
from onboarding.profile.models import Sector


class LinesField(forms.CharField):
    """A list of strings typed one per line; blank lines and surrounding spaces are dropped."""

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, *, upper=False, **kwargs):
        self.upper = upper
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        lines = [line.strip() for line in text.splitlines()]
        values = [line.upper() if self.upper else line for line in lines if line]
        return list(dict.fromkeys(values))  # typed twice counts once, order kept

    def has_changed(self, initial, data):
        return self.to_python(self.prepare_value(initial)) != self.to_python(data)


class ListCheckboxField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)


class ProgrammeForm(WagtailAdminModelForm):
    eligible_sectors = ListCheckboxField(
        label=_("secteurs éligibles"),
        choices=Sector.choices,
        help_text=_("Aucune case cochée : tous les secteurs."),
    )
    eligible_categories = ListCheckboxField(
        label=_("catégories de dépenses éligibles"),
        choices=ExpenseCategory.choices,
        help_text=_("Aucune case cochée : toutes les dépenses de numérisation."),
    )
    included_departments = LinesField(
        upper=True,
        label=_("départements couverts"),
        help_text=_("Un code par ligne (75, 2A, 974). Vide : toute la France."),
    )
    excluded_departments = LinesField(
        upper=True,
        label=_("territoires exclus"),
        help_text=_("Un code par ligne, par exemple 988 pour la Nouvelle-Calédonie."),
    )
    required_documents = LinesField(
        label=_("pièces à fournir"),
        help_text=_("Une pièce par ligne, telle que le demandeur doit la lire."),
    )
    required_documents_en = LinesField(
        label=_("pièces à fournir (anglais)"),
        help_text=_("Les mêmes, en anglais, une par ligne. Vide : la liste en français."),
    )
