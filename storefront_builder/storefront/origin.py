"""Whether a post comes from this site's own pages, for the forms that carry no CSRF token
because the page holding them is stored once for every visitor (core.page_cache), and where
such a post may send her back to."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def local_return(posted: str, home: str) -> str:
    """``posted`` (a form's ``next``) when it is the page ``home`` itself, with its query
    (her search, her page), else ``home``: never another page, never another site."""
    try:
        parts = urlsplit(posted)
    except ValueError:  # "http://[": not an address at all
        return home
    if parts.path == home and not parts.scheme and not parts.netloc:
        return urlunsplit(("", "", parts.path, parts.query, ""))
    return home


def same_site(request) -> bool:
    """Whether the browser says the post comes from this site's own pages.

    ``Sec-Fetch-Site`` when the browser sends it, then ``Origin`` against this site's origin
    and ``CSRF_TRUSTED_ORIGINS`` (a sibling subdomain, « same-site », is another origin). A
    request with neither (an old browser, a script of one's own) is let through: see
    ``basket_add`` for why that is safe here.
    """
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    own = request.build_absolute_uri("/").rstrip("/")
    return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS
