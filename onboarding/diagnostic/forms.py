"""The questionnaire as a form: one set of radio buttons per question, grouped by dimension.

The form only checks that each answer is one of the proposed choices, so that it can be
shown again with the person's answers and a message; the points are counted in
``onboarding.diagnostic.scoring``, which checks the answers again for any other caller.
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from onboarding.diagnostic.questionnaire import DIMENSIONS, QUESTIONS, Dimension
from onboarding.diagnostic.scoring import MISSING, UNKNOWN


@dataclass(frozen=True)
class Section:
    dimension: Dimension
    fields: list


class DiagnosticForm(forms.Form):
    required_css_class = "required"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for question in QUESTIONS:
            self.fields[question.key] = forms.ChoiceField(
                label=question.text,
                choices=[(choice.key, choice.label) for choice in question.choices],
                widget=forms.RadioSelect,
                error_messages={"required": MISSING, "invalid_choice": UNKNOWN},
            )

    def sections(self) -> list[Section]:
        """The bound fields, dimension by dimension, numbered across the whole questionnaire."""
        by_dimension: dict[str, list] = {dimension.key: [] for dimension in DIMENSIONS}
        for number, question in enumerate(QUESTIONS, start=1):
            field = self[question.key]
            field.number = number
            by_dimension[question.dimension].append(field)
        return [Section(dimension, by_dimension[dimension.key]) for dimension in DIMENSIONS]

    def add_answer_errors(self, errors: dict[str, str]) -> None:
        for key, message in errors.items():
            if key in self.fields:
                self.add_error(key, message)


REFUSED = _(
    "Votre diagnostic n'est pas enregistré : répondez à chaque question en choisissant une "
    "des réponses proposées."
)
