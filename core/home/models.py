"""The home page, which presents the programme in sections the editors arrange."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import HomeSectionsBlock
from core.routing import DirectRouteMixin


class HomePage(DirectRouteMixin, Page):
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

    class Meta:
        verbose_name = _("page d'accueil")
