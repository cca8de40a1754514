"""Routing a request to a page with one lookup instead of one per level of the tree."""

from django.http import Http404
from wagtail.models import Page
from wagtail.url_routing import RouteResult


class DirectRouteMixin:
    """For the site root: find /formations/parcours/formation/lecon/ by its url_path at once.

    Wagtail's own routing asks the database for each level (two queries per level: the child,
    then its specific page), so a lesson costs ten queries before it is even served. Pages
    that route further themselves (a custom ``route``) still go through Wagtail's routing.
    """

    def route(self, request, path_components):
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = Page.objects.filter(url_path=url_path).specific().first()
            if page is not None and type(page).route is Page.route:
                if not page.live:
                    raise Http404
                return RouteResult(page)
        return super().route(request, path_components)
