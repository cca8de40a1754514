"""Forms of the assignment, invitation and cohort pages.

Choices are always built from the user's own reach (the advisors for staff, her portfolio for
an advisor), so a forged id fails validation instead of reaching a service.
"""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from advising.cohorts import selectors
from core.ids import ModelIdsField
from onboarding.profile.selectors import visible_businesses


class AdvisorChoiceField(ModelIdsField):
    def label_from_instance(self, obj):
        name = obj.get_full_name()
        return f"{name} ({obj.email})" if name else obj.email


class AssignmentForm(forms.Form):
    ASSIGN, REMOVE = "assign", "remove"

    businesses = ModelIdsField(
        label=_("Entreprises"),
        queryset=None,
        error_messages={"required": _("Cochez au moins une entreprise.")},
    )
    advisors = AdvisorChoiceField(
        label=_("Conseillers"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choisissez au moins un conseiller.")},
    )
    action = forms.ChoiceField(choices=[(ASSIGN, _("Affecter")), (REMOVE, _("Retirer"))])

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["businesses"].queryset = visible_businesses(user)
        self.fields["advisors"].queryset = selectors.advisors()


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Adresse e-mail du chef d'entreprise"))
    message = forms.CharField(
        label=_("Message personnel (facultatif)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def event_choices() -> list:
    """Live webinars and bootcamps, grouped by kind, soonest first within each: two
    queries."""
    from core.translations import in_default_locale
    from courses.live.models import BootcampPage, WebinarPage

    # Default-locale events only: registrations point to them, not to their translations.
    webinars = in_default_locale(WebinarPage.objects.live()).order_by("-start")
    bootcamps = in_default_locale(BootcampPage.objects.live()).order_by("title")
    return [
        ("", _("Aucun")),
        (_("Webinaires"), [(str(page.pk), page.title) for page in webinars]),
        (_("Bootcamps"), [(str(page.pk), page.title) for page in bootcamps]),
    ]


class EventSelect(forms.Select):
    """The events' titles come from the CMS, in French: each option says so when the
    interface speaks another language (screen readers pronounce it right)."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        content = settings.WAGTAIL_CONTENT_LANGUAGES[0][0]
        if value and (get_language() or settings.LANGUAGE_CODE).split("-")[0] != content:
            option["attrs"]["lang"] = content
        return option


class CohortForm(forms.Form):
    name = forms.CharField(label=_("Nom de la cohorte"), max_length=120)
    event = forms.TypedChoiceField(
        label=_("Événement suivi (facultatif)"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Le webinaire ou le bootcamp dont la cohorte suit la feuille de présence."),
        widget=EventSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].choices = event_choices()


class MembersForm(forms.Form):
    businesses = ModelIdsField(
        label=_("Entreprises de votre portefeuille à ajouter"),
        queryset=None,
        error_messages={
            "required": _("Choisissez au moins une entreprise."),
            "invalid_choice": _("Cette entreprise ne fait pas partie de votre portefeuille."),
        },
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    def __init__(self, *args, cohort, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["businesses"].queryset = selectors.candidates(cohort, user)


class CertificatesForm(forms.Form):
    source = forms.ChoiceField(
        label=_("Délivrer les certificats de"),
        error_messages={
            "invalid_choice": _(
                "Aucun membre de la cohorte n'a terminé cette formation ou cet événement."
            )
        },
    )

    def __init__(self, *args, sources, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = sources
