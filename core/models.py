"""Page types shared by the whole site: ordinary pages such as the legal notices."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.view_restrictions import CachedViewRestrictionsMixin

# Slugs of the legal pages the footer links to; load_demo creates them.
LEGAL_PAGE_SLUGS = ("mentions-legales", "confidentialite", "accessibilite")
#: The accessibility statement: its page shows the automated audit's figures (core.accessibility).
ACCESSIBILITY_PAGE_SLUG = "accessibilite"


class StandardPage(CachedViewRestrictionsMixin, Page):
    """An ordinary page of text: legal notices, privacy, accessibility, about."""

    intro = models.TextField(_("chapeau"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]
    template = "core/standard_page.html"
    cache_for_anonymous = True

    @property
    def is_accessibility_statement(self) -> bool:
        """Whether the page renders the audit's figures, which no editor should type by hand."""
        return self.slug == ACCESSIBILITY_PAGE_SLUG

    class Meta:
        verbose_name = _("page standard")
        verbose_name_plural = _("pages standard")


# The search index's tables belong to this app; their module says how they are used.
from core.search.models import SearchDocument, SearchMiss, SearchSynonym, SearchWord  # noqa: E402

__all__ = ["SearchDocument", "SearchMiss", "SearchSynonym", "SearchWord", "StandardPage"]
