"""Whole-page cache: one copy for every anonymous visitor, one per learner for their pages.

Wagtail pages opt in on their page type: ``cache_for_anonymous = True`` (every public page
type) and a ``cache_for_learner(user)`` method (course and lesson pages as a business owner sees
them, with her progress: the page type decides whose copies it allows). Django views opt in by
calling ``cache_publicly(request, ...)`` before they read what they show (the directory, the
storefronts, the grant programmes). A stored page is served without rendering its templates or
querying its content.

What a page shows besides CMS content is named by **scopes** (« shop:12 », « events »,
« grants »): the page reads their versions before it reads its data, the copy keeps them, and a
hit checks them again in one read; ``invalidate_scope`` changes a version on every write that
shows (a product, a slot filling up, a registration). A page whose answer changes with the
clock (a pickup slot's order deadline, a registration window) gives the moment its copy stops
being true (``until``).

Copies live in the shared cache (files on one machine, Redis at scale) and, in front of it, in
a small tier in each process's memory (``LocalTier``): the versions are still read from the
shared cache on every request, so the local copy is right exactly when the shared one would be,
and a hit costs one small read instead of fetching and unpickling the whole page. On Redis,
that read is itself answered from the process's memory until Redis reports a change of the
versions it holds (client-side caching: core.tracked_reads), so most hits make no round trip.

A public copy also keeps its body gzipped, compressed once when it is stored: every browser
asks for gzip, so a hit writes a fifth of the bytes (a storefront of forty products: 77 kB, or
13 kB) and compresses nothing. A learner's copy is kept as it was rendered: it holds her CSRF
token, which a compressed body beside text she typed could leak (BREACH).

Two middlewares serve the copies. Copies kept for everyone are answered right after the
request log (``PublicPageCacheMiddleware``), ahead of the security headers, static files and
sessions, which a request without a session does not need: the copy holds the headers its
first answer went out with. A learner's copies, and the public ones a visitor with a basket
reads, need her session: ``SessionPageCacheMiddleware`` answers them right after it.

Headers say the same to the edge (Varnish, ``core.edge``): an anonymous copy is
``public, max-age=0, s-maxage=…`` with ``Vary: Cookie``, everything else ``private``; every
invalidation also purges the paths it concerns at the edge.

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
  unpublication, move or deletion of a page changes, so an editor's change shows at once;
- an anonymous visitor with a session (a basket) reads anonymous copies only while her session
  holds nothing but keys the apps declared as shown on no cached page (``session_keys_shown_
  nowhere``), and never fills them.
"""

import hashlib
import re
import time
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime

from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.text import compress_string
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.local_copies import LocalCopies

CONTENT_VERSION_KEY = "page-cache:version"
#: In every copy's key: a change to what an entry holds makes the old entries unreachable
#: instead of unreadable by the new code.
ENTRY_FORMAT = 3
TIMEOUT = 600
MESSAGES_COOKIE = "messages"
HEADER = "X-Page-Cache"
# Set on the request by the before_serve_page hook: the query parameters the page accepts.
REQUEST_FLAG = "_page_cache_params"
# Set beside it: {scope version key: version read before the page read its data}, and the
# moment the answer stops being true.
SCOPES_ATTR = "_page_cache_scopes"
UNTIL_ATTR = "_page_cache_until"
#: How long the edge (Varnish) may keep a public copy: purges make it fresh before that.
EDGE_SECONDS = 300
#: The in-process tier: at most this many bytes of pages per process.
LOCAL_BYTES = 32 * 1024 * 1024
#: Bodies shorter than this are stored as they are: gzip's own header would be most of the gain.
GZIP_MIN_BYTES = 200
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")
#: Session keys that no cached page shows, declared by the apps (the storefront's basket).
_silent_session_keys: set[str] = set()


def _read(keys: list[str]) -> dict[str, int]:
    """Versions as the shared cache holds them, in one read. On Redis, a process keeps those
    Redis has not seen change since it read them (``get_many_tracked``, core.tracked_reads):
    most hits then make no round trip at all, as a hit on files reads a small file."""
    read = getattr(cache, "get_many_tracked", None)
    return read(keys) if read is not None else cache.get_many(keys)


def _version(key: str) -> int:
    return _versions([key])[key]


def _versions(keys: list[str]) -> dict[str, int]:
    """Several versions in one read; a missing one is created, once for every process."""
    found = _read(keys)
    for key in keys:
        if key not in found:
            cache.add(key, time.time_ns(), None)
            found[key] = cache.get(key, 0)
    return found


#: The content version of the request being served, read once at its start (core.routing).
_held_content_version: ContextVar[int | None] = ContextVar("content_version", default=None)


def content_version() -> int:
    """Changes whenever a page is published, unpublished, moved or deleted.

    Within a request, the version it started with: every copy the request keys on it (its
    routes, view restrictions, template fragments) then belongs to one state of the site, and
    the shared cache is read once."""
    held = _held_content_version.get()
    return held if held is not None else _version(CONTENT_VERSION_KEY)


@contextmanager
def content_version_held(version: int):
    """``content_version()`` answers ``version`` inside the block (one request)."""
    token = _held_content_version.set(version)
    try:
        yield
    finally:
        _held_content_version.reset(token)


def invalidate(**_kwargs) -> None:
    """Make every stored page unreachable: the content version is part of each key. The edge
    forgets everything too (a publication may show on any page: menus, the home page)."""
    from core import edge

    cache.set(CONTENT_VERSION_KEY, time.time_ns(), None)
    edge.purge_paths(["/"])


def _scope_key(scope: str) -> str:
    return f"page-cache:scope:{scope}"


def invalidate_scope(scope: str, paths: Iterable[str] = ()) -> None:
    """What ``scope`` names changed: the copies that showed it are no longer served, now and
    again once the transaction commits (a page rendered meanwhile read the old rows), and the
    edge forgets ``paths`` and what lies below them once the change is committed."""
    from core import edge

    def bump():
        cache.set(_scope_key(scope), time.time_ns(), None)

    bump()
    transaction.on_commit(bump)
    edge.purge_paths(paths)


def session_keys_shown_nowhere(*keys: str) -> None:
    """Called from an AppConfig.ready: these session keys (and keys starting with them) shape
    no cached page, so a visitor whose session holds only them may read anonymous copies."""
    _silent_session_keys.update(keys)


def cache_publicly(
    request,
    *,
    params: Iterable[str] = (),
    scopes: Iterable[str] = (),
    until: datetime | None = None,
) -> tuple[int, ...]:
    """Called by a Django view before it reads what it shows: its answer to an anonymous
    visitor may be stored for every anonymous visitor, for the query parameters ``params``,
    while the ``scopes`` keep the versions read now, and not past ``until``.

    Returns those versions, in the order of ``scopes``: the view may key copies of its own
    parts on them (core.local_copies), which are then as true as a stored page."""
    setattr(request, REQUEST_FLAG, frozenset(params))
    keys = [_scope_key(scope) for scope in scopes]
    versions = _versions(keys) if keys else {}
    setattr(request, SCOPES_ATTR, versions)
    setattr(request, UNTIL_ATTR, until)
    return tuple(versions[key] for key in keys)


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
    if not allowed:
        return
    if request.user.is_authenticated:
        setattr(request, REQUEST_FLAG, frozenset(getattr(page, "cache_query_params", ())))
        return
    scopes = getattr(page, "cache_scopes", ())
    until = getattr(page, "cache_until", None)
    cache_publicly(
        request,
        params=getattr(page, "cache_query_params", ()),
        scopes=scopes() if callable(scopes) else scopes,
        until=until() if callable(until) else None,
    )


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
    """The address as the visitor asked for it, scheme included: a page may show its own
    address (canonical links), and its copy carries the headers of that scheme."""
    return _digest(f"{request.scheme}://{request.get_host()}{request.get_full_path()}")


class LocalTier(LocalCopies):
    """The copies this process served lately, in front of the shared cache, least recently
    used dropped first beyond ``max_bytes`` of pages. Keys hold every version a copy depends on
    except the scopes', which a hit checks in the shared cache, so a stale copy here is one
    nobody asks for any more, and it expires when the shared one would (``expires_at``)."""

    def __init__(self, max_bytes: int = LOCAL_BYTES):
        super().__init__(max_age=TIMEOUT, max_bytes=max_bytes, sized=_page_bytes)


def _page_bytes(entry: tuple) -> int:
    return len(entry[0]) + len(entry[4] or b"")


local_tier = LocalTier()


#: The scope version keys the last copy of each address held, by ``_url_key``: a hit reads
#: them with the content version, in one round trip to the shared cache instead of two.
_scope_hints: dict[str, tuple[str, ...]] = {}
SCOPE_HINTS_MAX = 10000


def _hint_scopes(url_key: str, scopes: Iterable[str]) -> None:
    scopes = tuple(scopes)
    if _scope_hints.get(url_key) == scopes:
        return
    if len(_scope_hints) >= SCOPE_HINTS_MAX:
        _scope_hints.clear()
    _scope_hints[url_key] = scopes


def _fetch(key: str, known: dict[str, int] | None = None, url_key: str | None = None):
    """The stored entry (content, headers, scope versions, expiry) still true, or None.

    ``known``: versions already read in this request; the copy's other scopes are read now,
    and remembered for ``url_key``'s next hit, which then reads them with the content version.
    A copy stored by another process (the other gunicorn worker, another machine) would
    otherwise cost this one two round trips on every hit."""
    entry = local_tier.get(key)
    if entry is None:
        entry = cache.get(key)
        if entry is None:
            return None
        local_tier.set(key, entry, expires_at=entry[3])
    _content, _headers, scopes, expires, _gzipped = entry
    if expires <= time.time():
        return None
    if scopes:
        known = known or {}
        unread = [scope for scope in scopes if scope not in known]
        if unread and url_key is not None:
            _hint_scopes(url_key, scopes)
        current = {**known, **(_read(unread) if unread else {})}
        if any(current.get(scope) != version for scope, version in scopes.items()):
            return None
    return entry


def _serve(request, key: str, known: dict[str, int] | None = None, url_key: str | None = None):
    entry = _fetch(key, known, url_key)
    if entry is None:
        return None
    content, headers, _scopes, expires, gzipped = entry
    if gzipped is not None and _ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response = HttpResponse(gzipped, headers=headers)
        response["Content-Encoding"] = "gzip"
        response["Content-Length"] = str(len(gzipped))
    else:
        response = HttpResponse(content, headers=headers)
    response[HEADER] = "hit"
    if "public" in headers.get("Cache-Control", ""):
        # What is left of the copy's life, so that the edge never keeps it longer (the copy
        # already says ``Vary: Cookie``).
        response["Cache-Control"] = _public(int(expires - time.time()))
    return response


def _public(seconds: int) -> str:
    return f"public, max-age=0, s-maxage={max(min(seconds, EDGE_SECONDS), 0)}"


def _edge_headers(response, seconds: int) -> None:
    response["Cache-Control"] = _public(seconds)
    # Accept-Encoding: the same copy is served gzipped or not (``_gzipped``).
    patch_vary_headers(response, ("Cookie", "Accept-Encoding"))


def _gzipped(content: bytes) -> bytes | None:
    """The body compressed once for every hit, or None when that would not make it smaller.
    ``compress_string`` writes no timestamp: every process stores the same bytes."""
    if len(content) < GZIP_MIN_BYTES:
        return None
    compressed = compress_string(content)
    return compressed if len(compressed) < len(content) else None


def _lifetime(request) -> int:
    """Seconds the copy stays true: the cache's timeout, or less when the page says when it
    changes with the clock."""
    until = getattr(request, UNTIL_ATTR, None)
    if until is None:
        return TIMEOUT
    return max(0, min(TIMEOUT, int((until - timezone.now()).total_seconds())))


def _store(key: str, request, response, allowed_cookies: dict[str, str], public: bool) -> None:
    accepted = getattr(request, REQUEST_FLAG, None)
    new_cookies = {name: morsel.value for name, morsel in response.cookies.items()}
    lifetime = _lifetime(request)
    if (
        request.method == "GET"
        and accepted is not None
        and set(request.GET) <= accepted
        and response.status_code == 200
        and not response.streaming
        and lifetime > 0
        and all(allowed_cookies.get(name) == value for name, value in new_cookies.items())
    ):
        if public:
            _edge_headers(response, lifetime)
        response[HEADER] = "miss"
        headers = {name: value for name, value in response.items() if name != HEADER}
        entry = (
            response.content,
            headers,
            getattr(request, SCOPES_ATTR, {}),
            time.time() + lifetime,
            _gzipped(response.content) if public else None,
        )
        cache.set(key, entry, lifetime)
        local_tier.set(key, entry, expires_at=entry[3])
        if public:
            _hint_scopes(_url_key(request), entry[2])


def _private(response):
    """Anything not stored as a public copy is for its reader alone, at the edge too."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)
    return response


def _session_is_silent(session) -> bool:
    return all(
        any(key.startswith(silent) for silent in _silent_session_keys)
        for key in session.keys()  # noqa: SIM118 (a session has no __iter__)
    )


def _may_read_copies(request) -> bool:
    """A GET or HEAD that carries no pending message and no credentials of its own."""
    return (
        request.method in ("GET", "HEAD")
        and not request.COOKIES.get(MESSAGES_COOKIE)
        and "HTTP_AUTHORIZATION" not in request.META
    )


class PublicPageCacheMiddleware:
    """Copies kept for everyone, served before the rest of the chain: right after the request
    log, ahead of the security headers, static files and sessions.

    A request without a session needs none of them to be answered from a copy: the copy was
    stored with the security headers its first answer went out with, and its key holds the
    scheme, so a copy made over HTTPS (with its ``Strict-Transport-Security``) is never served
    over plain HTTP. A plain HTTP request that ``SECURE_SSL_REDIRECT`` sends to HTTPS goes on
    to the security middleware, which redirects it; static files go on to WhiteNoise, which
    serves them, without reading the cache first.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.static_prefix = settings.STATIC_URL if settings.STATIC_URL.startswith("/") else None

    def __call__(self, request):
        if (
            not _may_read_copies(request)
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or (self.static_prefix and request.path_info.startswith(self.static_prefix))
            or (settings.SECURE_SSL_REDIRECT and not request.is_secure())
        ):
            return self.get_response(request)
        key, known, url_key = _anonymous_key(request)
        response = _serve(request, key, known, url_key)
        if response is None:
            response = self.get_response(request)
            user = getattr(request, "user", None)
            if (
                user is not None
                and not user.is_authenticated
                and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            ):
                # No cookie may be set, and no CSRF token may be in a page served to others.
                _store(key, request, response, allowed_cookies={}, public=True)
        return response


def _anonymous_key(request) -> tuple[str, dict[str, int], str]:
    """The key of the address's anonymous copy, the versions read to make it (the content
    version, with the scopes the last copy of this address held: one read) and the address's
    own key (``_url_key``)."""
    url_key = _url_key(request)
    known = _versions([CONTENT_VERSION_KEY, *_scope_hints.get(url_key, ())])
    version = request.content_version = known[CONTENT_VERSION_KEY]  # for core.routing
    key = f"page-cache:anon:{ENTRY_FORMAT}:{version}:{_language(request)}:{url_key}"
    return key, known, url_key


class SessionPageCacheMiddleware:
    """Right after the session middleware: a learner's own copies, and the copies kept for
    everyone read by a visitor whose session holds only a basket. Whatever is not served from
    a copy kept for everyone is marked ``private`` for the edge.

    A learner's hit skips loading her user row: the key holds the user id and the password-
    derived hash her session carries, and her version changes whenever her account is saved
    (password, deactivation) or her groups change. A session that authentication would now
    refuse finds no copy under the new version, and only fully authenticated requests for an
    owner store one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and _may_read_copies(request):
            return _private(self._with_session(request))
        return _private(self.get_response(request))

    def _with_session(self, request):
        session = request.session
        user_id = session.get(SESSION_KEY)
        if not user_id:
            # A visitor with a basket: the anonymous copy, read only, if nothing in her
            # session shows on it.
            if session.get("_messages") or not _session_is_silent(session):
                return self.get_response(request)
            response = _serve(request, *_anonymous_key(request))
            return response if response is not None else self.get_response(request)
        return self._learner(request, session, user_id)

    def _learner(self, request, session, user_id):
        csrf_cookie = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
        if not csrf_cookie or session.get("_messages"):
            return self.get_response(request)
        user_key = _user_version_key(user_id)
        found = _versions([CONTENT_VERSION_KEY, user_key])
        request.content_version = found[CONTENT_VERSION_KEY]  # for core.routing
        versions = f"{found[CONTENT_VERSION_KEY]}:{found[user_key]}"
        proof = _digest(f"{session.get(HASH_SESSION_KEY, '')}:{csrf_cookie}")
        key = (
            f"page-cache:user:{user_id}:{ENTRY_FORMAT}:{versions}:{_language(request)}:{proof}:"
            f"{_url_key(request)}"
        )
        response = _serve(request, key)
        if response is None:
            response = self.get_response(request)
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and str(user.pk) == str(user_id):
                # The page's CSRF token belongs to this cookie, which the answer may only repeat.
                _store(
                    key, request, response, {settings.CSRF_COOKIE_NAME: csrf_cookie}, public=False
                )
        return response
