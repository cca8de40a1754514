"""Routing a request to a page with one lookup instead of one per level of the tree."""

import hashlib

from django.core.cache import cache
from django.http import Http404
from wagtail.models import Page, Site
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


class SiteCacheMiddleware:
    """Find the Wagtail site of a request, with its root page, from the cache.

    Wagtail looks the site up in the database on every request, then loads the root page and
    its specific type: two or three queries before routing starts. The answer only changes
    when a page is published or a site is edited, which both change the content version
    (core.page_cache). ``request._wagtail_site`` is where Site.find_for_request keeps it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from core.page_cache import content_version

        host = request.get_host()
        key = f"site-for:{content_version()}:{hashlib.sha256(host.encode()).hexdigest()}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                # The specific root page, stored with the site: Wagtail routes from
                # ``site.root_page.localized``, which the home page answers without a query
                # (core.home.models.HomePage).
                site.root_page = site.root_page.specific
                cache.set(key, site, 3600)
        request._wagtail_site = site
        return self.get_response(request)
