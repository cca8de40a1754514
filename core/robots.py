"""``/robots.txt``: what search engines may crawl, and where the sitemap is.

Public by design, like the sitemap it names: it tells every crawler the same thing and
shows nothing of anyone. The paths it closes are given by the URL map (``accelerateur.urls``,
which knows every feature's addresses); ``*`` stands for any run of characters, as Google's
and Bing's crawlers read it (``/boutiques/*/panier/``: every shop's basket). Everything else
is open (``Allow: /``): a crawler follows the most specific rule that matches.

The sitemap's address is the canonical one (``core.seo.absolute_url``), like every address
the site gives search engines.
"""

from collections.abc import Iterable

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from core.seo import absolute_url


@require_safe
def robots_txt(request, *, disallow: Iterable[str], sitemap_url_name: str = "sitemap"):
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in disallow),
        "Allow: /",
        "",
        f"Sitemap: {absolute_url(reverse(sitemap_url_name))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
