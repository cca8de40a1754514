"""The public shop pages in /sitemap.xml (``accelerateur.urls`` puts them beside Wagtail's).

Only what anyone may see: the directory and each published shop's storefront. Baskets,
checkouts, orders and the back office are never listed (robots.txt closes them too). However
many shops there are, the list costs two queries (its count and its rows), each shop's last
change read in the same query.
"""

from django.db.models import Max, Q
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse

from core.seo import CanonicalSitemap
from storefront_builder.selectors import published_shops


class DirectorySitemap(CanonicalSitemap):
    changefreq = "daily"

    def items(self):
        return ["shops:directory"]

    def location(self, item) -> str:
        return reverse(item)


class StorefrontSitemap(CanonicalSitemap):
    """Every published storefront, last changed when the shop or one of the products it
    shows was last saved."""

    changefreq = "daily"

    def items(self):
        shown = Max("products__updated_at", filter=Q(products__visible=True))
        return (
            published_shops()
            .annotate(changed=Greatest("updated_at", Coalesce(shown, "updated_at")))
            .order_by("pk")
            .values("slug", "changed")
        )

    def location(self, item) -> str:
        return reverse("shops:storefront", args=[item["slug"]])

    def lastmod(self, item):
        return item["changed"]
