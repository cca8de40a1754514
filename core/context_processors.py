"""Values every template needs: the site's name (the footer's legal pages come from a tag)."""

from django.conf import settings


def site(request):
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME}
