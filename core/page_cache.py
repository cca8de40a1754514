"""Whole-page cache: one copy for every anonymous visitor, one per learner for their pages.

Pages opt in on their page type: ``cache_for_anonymous = True`` (the catalogue, tracks, courses)
and a ``cache_for_learner(user)`` method (course and lesson pages as a business owner sees them,
with her progress: the page type decides whose copies it allows). A stored page is served
without rendering its templates or querying its content.

Safety rules, each tested:

- a page is stored only after Wagtail served it through its own checks (view restrictions,
  the role and second-factor middlewares), with a 200 answer, and only the query parameters
  the page declares are accepted, so random query strings cannot fill the cache;
- anonymous copies are read and written only by requests that carry no session cookie and no
  pending message, so a signed-in person never gets one and never fills one;
- a learner's copy is keyed by her user id, her CSRF cookie and her own version number, which
  every write about her (progress, quiz, enrolment, account, groups) changes; pages that
  would set a new cookie are never stored;
- every key holds the language and a site-wide content version that every publication,
  unpublication, move or deletion of a page changes, so an editor's change shows at once.
"""

import hashlib
import time

from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

CONTENT_VERSION_KEY = "page-cache:version"
TIMEOUT = 600
MESSAGES_COOKIE = "messages"
HEADER = "X-Page-Cache"
# Set on the request by the before_serve_page hook: the query parameters the page accepts.
REQUEST_FLAG = "_page_cache_params"


def _version(key: str) -> int:
    version = cache.get(key)
    if version is None:
        cache.add(key, time.time_ns(), None)
        version = cache.get(key, 0)
    return version


def content_version() -> int:
    """Changes whenever a page is published, unpublished, moved or deleted."""
    return _version(CONTENT_VERSION_KEY)


def invalidate(**_kwargs) -> None:
    """Make every stored page unreachable: the content version is part of each key."""
    cache.set(CONTENT_VERSION_KEY, time.time_ns(), None)


def _user_version_key(user_id) -> str:
    return f"page-cache:user:{user_id}"


def invalidate_user(user_id) -> None:
    """Forget the pages stored for one person: now, and again once the transaction commits.

    The second time matters: a request that read the old data before the commit may have
    stored its page under the version set the first time.
    """

    def bump():
        cache.set(_user_version_key(user_id), time.time_ns(), None)

    bump()
    transaction.on_commit(bump)


def mark_cacheable(request, page) -> None:
    """Called before a page is served: remember if this answer may be stored, and for whom.

    Pages with view restrictions need no special case: an anonymous copy is only stored for a
    request without a session, which no restriction lets through, and a learner's copy is hers
    alone, stored after she passed the restriction herself.
    """
    if request.user.is_authenticated:
        allowed_for = getattr(page, "cache_for_learner", None)
        allowed = allowed_for is not None and allowed_for(request.user)
    else:
        allowed = getattr(page, "cache_for_anonymous", False)
    if allowed:
        setattr(request, REQUEST_FLAG, frozenset(getattr(page, "cache_query_params", ())))


def _page_deleted(sender, **_kwargs) -> None:
    if issubclass(sender, Page):
        invalidate()


def _user_saved(sender, instance, **_kwargs) -> None:
    invalidate_user(instance.pk)


def _user_groups_changed(sender, instance, **_kwargs) -> None:
    invalidate_user(instance.pk)


def connect_signals() -> None:
    """Called from CoreConfig.ready, so commands that publish pages invalidate too."""
    from django.contrib.auth import get_user_model

    for name, signal in (
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ):
        signal.connect(invalidate, dispatch_uid=f"page-cache-{name}")
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-deleted")
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(invalidate, sender=Site, dispatch_uid=f"page-cache-site-{name}")
    user_model = get_user_model()
    post_save.connect(_user_saved, sender=user_model, dispatch_uid="page-cache-user")
    m2m_changed.connect(
        _user_groups_changed, sender=user_model.groups.through, dispatch_uid="page-cache-groups"
    )


def _language(request) -> str:
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _url_key(request) -> str:
    return _digest(f"{request.get_host()}{request.get_full_path()}")


def _serve(key: str):
    stored = cache.get(key)
    if stored is None:
        return None
    content, headers = stored
    response = HttpResponse(content, headers=headers)
    response[HEADER] = "hit"
    return response


def _store(key: str, request, response, allowed_cookies: dict[str, str]) -> None:
    accepted = getattr(request, REQUEST_FLAG, None)
    new_cookies = {name: morsel.value for name, morsel in response.cookies.items()}
    if (
        request.method == "GET"
        and accepted is not None
        and set(request.GET) <= accepted
        and response.status_code == 200
        and not response.streaming
        and all(allowed_cookies.get(name) == value for name, value in new_cookies.items())
    ):
        cache.set(key, (response.content, dict(response.items())), TIMEOUT)
        response[HEADER] = "miss"


class PageCacheMiddleware:
    """Right after the session middleware: a hit costs the session read and three cache reads.

    A learner's hit skips loading her user row: the key holds the user id and the password-
    derived hash her session carries, and her version changes whenever her account is saved
    (password, deactivation) or her groups change. A session that authentication would now
    refuse finds no copy under the new version, and only fully authenticated requests for an
    owner store one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method not in ("GET", "HEAD")
            or request.COOKIES.get(MESSAGES_COOKIE)
            or "HTTP_AUTHORIZATION" in request.META
        ):
            return self.get_response(request)
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return self._anonymous(request)
        return self._learner(request)

    def _anonymous(self, request):
        key = f"page-cache:anon:{content_version()}:{_language(request)}:{_url_key(request)}"
        response = _serve(key)
        if response is None:
            response = self.get_response(request)
            user = getattr(request, "user", None)
            if (
                user is not None
                and not user.is_authenticated
                and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            ):
                # No cookie may be set, and no CSRF token may be in a page served to others.
                _store(key, request, response, allowed_cookies={})
        return response

    def _learner(self, request):
        session = request.session
        user_id = session.get(SESSION_KEY)
        csrf_cookie = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
        if not user_id or not csrf_cookie or session.get("_messages"):
            return self.get_response(request)
        versions = f"{content_version()}:{_version(_user_version_key(user_id))}"
        proof = _digest(f"{session.get(HASH_SESSION_KEY, '')}:{csrf_cookie}")
        key = (
            f"page-cache:user:{user_id}:{versions}:{_language(request)}:{proof}:{_url_key(request)}"
        )
        response = _serve(key)
        if response is None:
            response = self.get_response(request)
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and str(user.pk) == str(user_id):
                # The page's CSRF token belongs to this cookie, which the answer may only repeat.
                _store(key, request, response, {settings.CSRF_COOKIE_NAME: csrf_cookie})
        return response
