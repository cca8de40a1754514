"""Language selection: French unless the visitor chose another language on this site."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class SiteLanguageMiddleware(LocaleMiddleware):
    """Like Django's, but ignores the browser's Accept-Language header.

    The programme addresses French businesses: the interface opens in French for everyone
    and switches to English only when the visitor picks it in the header (a cookie).
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if chosen not in dict(settings.LANGUAGES):
            chosen = settings.LANGUAGE_CODE
        translation.activate(chosen)
        request.LANGUAGE_CODE = translation.get_language()
