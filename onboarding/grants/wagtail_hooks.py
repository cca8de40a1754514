"""Programmes are edited by staff as Wagtail snippets, with the rules grouped by theme.

A snippet rather than a page: a programme is a set of rules read by the eligibility check and
shown by the public views, not a free-form page; editors still get the familiar admin.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from onboarding.grants.forms import ProgrammeForm
from onboarding.grants.models import Programme


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "tag"
    menu_label = _("Aides")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "funder", "application_deadline", "published", "is_example"]
    list_filter = ["published", "is_example", "amount_kind"]
    search_fields = ["name", "funder", "summary"]
    ordering = ["name"]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("slug"),
                    FieldPanel("funder"),
                    FieldPanel("summary"),
                    FieldPanel("description"),
                    FieldPanel("official_url"),
                    FieldRowPanel([FieldPanel("published"), FieldPanel("is_example")]),
                ],
                heading=_("Présentation"),
            ),
            ObjectList(
                [
                    FieldPanel("name_en"),
                    FieldPanel("summary_en"),
                    FieldPanel("description_en"),
                    FieldPanel("required_documents_en"),
                ],
                heading=_("En anglais"),
            ),
            ObjectList(
                [
                    FieldPanel("amount_kind"),
                    FieldPanel("flat_amount"),
                    MultiFieldPanel(
                        [FieldPanel("rate"), FieldPanel("cap"), FieldPanel("step")],
                        heading=_("Pourcentage des dépenses"),
                    ),
                ],
                heading=_("Montant"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("max_headcount"),
                            FieldPanel("max_turnover"),
                            FieldPanel("closure_required"),
                            FieldPanel("activity_started_before"),
                        ],
                        heading=_("Entreprise"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("included_departments"), FieldPanel("excluded_departments")],
                        heading=_("Territoire"),
                    ),
                    FieldPanel("eligible_sectors"),
                    FieldPanel("application_deadline"),
                ],
                heading=_("Éligibilité"),
            ),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("expenses_from"), FieldPanel("expenses_until")]),
                    FieldPanel("eligible_categories"),
                    FieldPanel("minimum_spend"),
                    FieldPanel("required_documents"),
                ],
                heading=_("Dépenses"),
            ),
        ],
        base_form_class=ProgrammeForm,
    )


register_snippet(ProgrammeViewSet)
