"""URL map. allauth owns /compte/, Wagtail's admin lives at /cms/ and serves pages last."""

import re

from django.conf import settings
from django.urls import include, path, re_path, reverse_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.urls import allauth_urlpatterns
from accounts.views import set_language
from core.media import serve_media


class ToAllauth(RedirectView):
    """Wagtail's own sign-in pages hand over to allauth, keeping ?next=."""

    query_string = True
    permanent = False


urlpatterns = [
    path("cms/login/", ToAllauth.as_view(url=reverse_lazy("account_login"))),
    path("cms/logout/", ToAllauth.as_view(url=reverse_lazy("account_logout"))),
    path("cms/password_reset/", ToAllauth.as_view(url=reverse_lazy("account_reset_password"))),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    *allauth_urlpatterns,
    path("", include("accounts.urls")),
    path("", include("onboarding.urls")),
    path("", include("onboarding.profile.urls")),
    path("", include("onboarding.diagnostic.urls")),
    path("", include("onboarding.grants.urls")),
    path("", include("onboarding.dossiers.urls")),
    path("", include("storefront_builder.urls")),
    path("", include("courses.urls")),
    path("", include("courses.live.urls")),
    path("", include("certificates.urls")),
    path("", include("certificates.badge_urls")),
    path("", include("advising.urls")),
]

if not settings.AWS_STORAGE_BUCKET_NAME:
    # Uploads on the local disk: served by core.media with its own checks, in development and
    # in production (unless nginx serves MEDIA_ROOT first, see README).
    urlpatterns += [
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_media)
    ]

urlpatterns += [path("", include(wagtail_urls))]
