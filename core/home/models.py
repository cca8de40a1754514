"""The home page, which presents the programme in sections the editors arrange."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from core.blocks import HomeSectionsBlock
from core.routing import DirectRouteMixin
from core.translations import live_translation, original_of
from core.view_restrictions import CachedViewRestrictionsMixin


class HomePage(CachedViewRestrictionsMixin, DirectRouteMixin, Page):
    """The site's root page: courses, webinars, bootcamps, storefront and grant at a glance."""

    intro = models.TextField(
        _("description pour les moteurs de recherche"), blank=True, max_length=300
    )
    sections = StreamField(HomeSectionsBlock(), verbose_name=_("sections"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("sections")]
    search_fields = [*Page.search_fields, index.SearchField("sections")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.StandardPage",
        "courses.CatalogPage",
        "events.WebinarIndexPage",
        "events.BootcampIndexPage",
    ]
    max_count = 1
    # CMS content only: one copy for every anonymous visitor (core.page_cache).
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("page d'accueil")

    @property
    def localized(self):
        """The site root stays the French home in every language: ``route`` picks the language.

        Wagtail routes from ``site.root_page.localized``, which would walk the English tree,
        where the pages nobody has translated yet are missing.
        """
        return self

    def route(self, request, path_components):
        """Find the page in the default-locale tree, then serve its live translation in the
        visitor's language if there is one: every language has the same addresses, so the
        language switch keeps the visitor on the page, and an untranslated page is shown in
        French (with a notice, see templates/base.html)."""
        root = original_of(self)
        result = super(HomePage, root).route(request, path_components)
        shown = live_translation(result.page)
        if shown is None:
            return result
        return RouteResult(shown, result.args, result.kwargs)
