"""Routing a request to a page with one lookup instead of one per level of the tree."""

import copy
import hashlib
import threading

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
            page = page_at_path(getattr(request, "content_version", None), url_path)
            if page is not None and type(page).route is Page.route:
                if not page.live:
                    raise Http404
                return RouteResult(page)
        return super().route(request, path_components)


#: The pages this process already found by their url_path, for one content version: a page
#: only moves, changes or goes offline through a publication, unpublication, move or deletion,
#: which all change the version (core.page_cache), and with it this table.
_ROUTES_MAX = 2000
_routes: dict = {"version": None, "pages": {}}
_routes_lock = threading.Lock()


def page_at_path(version, url_path: str):
    """The specific page at ``url_path`` (a copy of its own for the request), or None.

    For routing, and for a page that shows its parent on every request (a lesson its course).

    Without a version (a request that did not pass through SiteCacheMiddleware) it is read from
    the database, as before. A copy shares the remembered page's field values, so a lesson's
    StreamField keeps the blocks it decoded for the next learner."""
    if version is None:
        return Page.objects.filter(url_path=url_path).specific().first()
    with _routes_lock:
        if _routes["version"] != version:
            _routes["version"], _routes["pages"] = version, {}
        page = _routes["pages"].get(url_path)
    if page is None:
        page = Page.objects.filter(url_path=url_path).specific().first()
        if page is None:
            return None
        with _routes_lock:
            if _routes["version"] == version:
                if len(_routes["pages"]) >= _ROUTES_MAX:
                    _routes["pages"].clear()
                _routes["pages"][url_path] = page
    return copy.copy(page)


class SiteCacheMiddleware:
    """Find the Wagtail site of a request, with its root page, from the cache.

    Wagtail looks the site up in the database on every request, then loads the root page and
    its specific type: two or three queries before routing starts. The answer only changes
    when a page is published or a site is edited, which both change the content version
    (core.page_cache). ``request._wagtail_site`` is where Site.find_for_request keeps it.
    """

    #: Sites (with their root pages) this process already unpickled, by cache key: a key holds
    #: the content version, so an old one is never asked for again once a page is published.
    LOCAL_SITES = 32

    def __init__(self, get_response):
        self.get_response = get_response
        self._local: dict[str, Site] = {}
        self._lock = threading.Lock()

    def __call__(self, request):
        from core.page_cache import content_version, content_version_held

        host = request.get_host()
        # Read once for the whole request (by the page cache, when it looked for a copy):
        # templates key their copies on it too (core.templatetags.fragment_tags), and every
        # content_version() of the request answers it.
        version = getattr(request, "content_version", None) or content_version()
        request.content_version = version
        with content_version_held(version):
            return self._serve(request, host, version)

    def _serve(self, request, host: str, version: int):
        key = f"site-for:{version}:{hashlib.sha256(host.encode()).hexdigest()}"
        site = self._local.get(key)
        if site is None:
            site = cache.get(key)
            if site is None:
                site = Site.find_for_request(request)
                if site is not None:
                    # The specific root page, stored with the site: Wagtail routes from
                    # ``site.root_page.localized``, which the home page answers without a
                    # query (core.home.models.HomePage).
                    site.root_page = site.root_page.specific
                    cache.set(key, site, 3600)
            if site is not None:
                self._remember(key, site)
        request._wagtail_site = _own_copy(site)
        return self.get_response(request)

    def _remember(self, key: str, site: Site) -> None:
        with self._lock:
            if len(self._local) >= self.LOCAL_SITES:
                self._local.clear()
            self._local[key] = site


def _own_copy(site: Site | None) -> Site | None:
    """A copy of the remembered site and root page for one request, so that nothing a request
    sets on them reaches the next one. The root page's field values are shared, its StreamFields
    included: they keep the blocks they decoded (a page chooser's pages, a list's items), which
    the home page would otherwise decode again on every request."""
    if site is None:
        return None
    own = copy.copy(site)  # Django's __reduce__ copies _state and its cached relations
    own.root_page = copy.copy(site.root_page)
    return own
