"""The search in the CMS: what editors steer it with.

- « Synonymes de recherche » (a snippet): words that mean the same to a shopkeeper;
- « Résultats de recherche améliorés » (Wagtail's search promotions): pages put first for
  a query;
- « Recherches sans résultat » (a report): what people looked for and did not find, most
  frequent first, so editors know which content or synonym is missing.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.views.snippets import SnippetViewSet

from core.search.models import SearchMiss, SearchSynonym

SCOPES = {
    "catalogue": _("Catalogue des formations"),
    "directory": _("Annuaire des boutiques"),
    "products": _("Produits dans les boutiques"),
}


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Synonymes de recherche")
    list_display = ["terms", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]


class ScopeColumn(Column):
    def get_value(self, instance):
        return SCOPES.get(instance.scope, instance.scope)


class SearchMissesReport(ReportView):
    page_title = _("Recherches sans résultat")
    header_icon = "search"
    index_url_name = "search_misses"
    index_results_url_name = "search_misses_results"
    paginate_by = 50
    columns = [
        Column("query", label=_("Texte cherché")),
        ScopeColumn("scope", label=_("Où")),
        Column("count", label=_("Nombre de fois")),
        DateColumn("first_seen", label=_("Première fois")),
        DateColumn("last_seen", label=_("Dernière fois")),
    ]
    list_export = ["query", "scope", "count", "first_seen", "last_seen"]
    export_headings = {
        "query": _("Texte cherché"),
        "scope": _("Où"),
        "count": _("Nombre de fois"),
        "first_seen": _("Première fois"),
        "last_seen": _("Dernière fois"),
    }

    def get_queryset(self):
        return SearchMiss.objects.order_by("-count", "-last_seen", "query")
