"""Wagtail hooks of the site as a whole."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from core.page_cache import mark_cacheable
from core.search.admin import SearchMissesReport, SearchSynonymViewSet


@hooks.register("before_serve_page")
def allow_anonymous_page_cache(page, request, serve_args, serve_kwargs):
    mark_cacheable(request, page)


# --- Search: synonyms, the report of searches that found nothing ---------------------------


register_snippet(SearchSynonymViewSet)


@hooks.register("register_admin_urls")
def search_misses_urls():
    return [
        path("recherche/sans-resultat/", SearchMissesReport.as_view(), name="search_misses"),
        path(
            "recherche/sans-resultat/resultats/",
            SearchMissesReport.as_view(results_only=True),
            name="search_misses_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def search_misses_menu_item():
    return MenuItem(
        _("Recherches sans résultat"), reverse("search_misses"), icon_name="search", order=900
    )
