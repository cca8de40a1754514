"""URL map. allauth owns /compte/, Wagtail's admin lives at /cms/ and serves pages last."""

import re

from django.conf import settings
from django.urls import include, path, re_path, reverse_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.urls import allauth_urlpatterns
from accounts.views import set_language
from core.media import serve_media
from core.robots import robots_txt
from core.seo import CanonicalPagesSitemap
from core.url_resolution import remembered
from storefront_builder.networks.sitemaps import NetworkSitemap
from storefront_builder.storefront.sitemaps import DirectorySitemap, StorefrontSitemap


class ToAllauth(RedirectView):
    """Wagtail's own sign-in pages hand over to allauth, keeping ?next=."""

    query_string = True
    permanent = False


#: /sitemap.xml: the live public CMS pages of the site (courses, lessons, events, standard
#: pages; none behind a view restriction), the shops' directory, every published storefront and
#: the networks of shops with a member online.
#: One file holds 50,000 addresses per section; past that, serve an index of the sections
#: (django.contrib.sitemaps.views.index) instead.
SITEMAPS = {
    "pages": CanonicalPagesSitemap,
    "annuaire": DirectorySitemap,
    "boutiques": StorefrontSitemap,
    "reseaux": NetworkSitemap,
}

#: What robots.txt asks search engines not to crawl: the CMS, accounts and everyone's own
#: pages, the shops' back office, baskets, checkouts and orders, the advisors' pages, the
#: certificates (their holders' names) and the event actions.
PRIVATE_PATHS = [
    "/cms/",
    "/compte/",
    "/i18n/",
    "/mon-espace/",
    "/mon-plan/",
    "/mon-entreprise/",
    "/mon-parcours/",
    "/diagnostic/",
    "/aides/*/demande/",
    "/demandes/",
    "/ma-boutique/",
    "/boutiques/produits/",
    "/boutiques/*/panier/",
    "/boutiques/*/commande/",
    "/reseaux/*/commander/",
    "/commande/",
    "/evenements/",
    "/agenda/",
    "/certificats/",
    "/badges/assertions/",
    "/conseiller/",
    "/entreprises/",
    "/invitations/",
]

urlpatterns = [
    path("robots.txt", robots_txt, {"disallow": PRIVATE_PATHS}, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
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

# Resolved once per path in each process (core.url_resolution): last, around everything.
urlpatterns = remembered(urlpatterns)
