"""The networks' public pages in /sitemap.xml (``accelerateur.urls`` lists this section beside
the storefronts').

Only what anyone may see: the list of networks and each network with a member online
(``public_networks``), never one whose members are all invited, gone or in draft. The rows
are read in one query, however many networks there are. A network's last change is its own
record's (``updated_at``); the list page, which changes as members come online and go, gives
none rather than a wrong one, like the shops' directory.
"""

from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse

from core.seo import CanonicalSitemap
from storefront_builder.networks.selectors import public_networks


@dataclass(frozen=True)
class Entry:
    """One address: a URL name, its slug (none for the list page) and its last change."""

    url_name: str
    slug: str | None
    changed: datetime | None


class NetworkSitemap(CanonicalSitemap):
    changefreq = "weekly"

    def items(self) -> list[Entry]:
        rows = public_networks().values_list("slug", "updated_at")
        return [
            Entry("shops:networks", None, None),
            *(Entry("shops:network", slug, changed) for slug, changed in rows),
        ]

    def location(self, item: Entry) -> str:
        if item.slug is None:
            return reverse(item.url_name)
        return reverse(item.url_name, args=[item.slug])

    def lastmod(self, item: Entry):
        return item.changed
