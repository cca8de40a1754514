"""Views of the site as a whole."""

from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language as django_set_language

# Choosing the interface language needs no CSRF token: a forged request could at worst switch
# someone's language, and without a token in the header the public pages are the same for
# every anonymous visitor and can be cached whole (core.page_cache).
set_language = csrf_exempt(django_set_language)
