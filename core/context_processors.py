"""Values every template needs: the site's name and the legal pages for the footer."""

from django.conf import settings


def site(request):
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME}
