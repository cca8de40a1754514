"""Whole-page cache of the public pages, for anonymous visitors only.

The catalogue is the most visited page and is the same for every anonymous visitor: it is
served from the cache without touching the session, the database or the templates. Safety
rules, each tested:

- only a request without a session cookie or pending messages can read or fill the cache, so a
  signed-in person never gets a cached page and their pages are never stored;
- only pages that opt in (``cache_for_anonymous = True`` on the page type), without view
  restrictions, with a 200 answer that sets no cookie and holds no CSRF token are stored;
- only the query parameters the page declares are accepted, so random query strings cannot
  fill the cache;
- the key holds the host, the full path and the language, and a site-wide version that every
  publication, unpublication, move or deletion of a page changes, so an editor's change is
  visible on the next request.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.http import HttpResponse
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "page-cache:version"
TIMEOUT = 600
MESSAGES_COOKIE = "messages"
HEADER = "X-Page-Cache"
# Set on the request by the before_serve_page hook: the query parameters the page accepts.
REQUEST_FLAG = "_page_cache_params"


def mark_cacheable(request, page) -> None:
    """Called before a page is served: remember if its anonymous version may be stored."""
    if not getattr(page, "cache_for_anonymous", False) or request.user.is_authenticated:
        return
    if page.get_view_restrictions().exists():
        return
    setattr(request, REQUEST_FLAG, frozenset(getattr(page, "cache_query_params", ())))


def invalidate(**_kwargs) -> None:
    """Make every stored page unreachable: the version is part of each key."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def connect_signals() -> None:
    """Called from CoreConfig.ready, so commands that publish pages invalidate too."""
    for name, signal in (
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ):
        signal.connect(invalidate, dispatch_uid=f"page-cache-{name}")
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-deleted")


def _page_deleted(sender, **_kwargs) -> None:
    if issubclass(sender, Page):
        invalidate()


def _readable(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _key(request) -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    url = f"{request.get_host()}{request.get_full_path()}"
    return f"page-cache:{version}:{language}:{hashlib.sha256(url.encode()).hexdigest()}"


def _storable(request, response, accepted_params) -> bool:
    return (
        accepted_params is not None
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and set(request.GET) <= accepted_params
    )


class AnonymousPageCacheMiddleware:
    """Serve and store anonymous pages; placed before the session middleware on purpose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _readable(request):
            return self.get_response(request)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response, getattr(request, REQUEST_FLAG, None)):
            cache.set(key, (response.content, dict(response.items())), TIMEOUT)
            response[HEADER] = "miss"
        return response
