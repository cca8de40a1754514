"""The interface's languages as the site keeps them: on an account, on an order, in a cookie.

A code kept in a row outlives the request that chose it, so it is checked against
``settings.LANGUAGES`` before it is stored or used: a browser's "en-us" becomes "en", anything
the site does not offer becomes French, the site's first language.
"""

from django.conf import settings
from django.utils.translation import get_supported_language_variant


def language_or_none(code: str | None) -> str | None:
    """The site's language for ``code`` ("en-us" gives "en"), or None if it offers none."""
    if not code:
        return None
    try:
        variant = get_supported_language_variant(code)
    except LookupError:
        return None
    return variant if variant in dict(settings.LANGUAGES) else None


def language_supported(code: str | None) -> str:
    """The site's language for ``code``, French (``LANGUAGE_CODE``) when it offers none."""
    return language_or_none(code) or settings.LANGUAGE_CODE


def language_cookie_set(response, language: str) -> None:
    """Remember the language in the visitor's browser, exactly as Django's ``set_language``
    does, so that signing in, the account page and the switcher all leave the same cookie."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
