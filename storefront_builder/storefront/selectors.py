"""Public reads for the storefront and the directory: a fixed number of queries per page.

However many products or shops there are, a page costs the same queries: the list is
paginated, photos come through one prefetch with their renditions (``prefetch_renditions``),
categories are counted in one grouped query. No template reaches back to the database.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.dates import WEEKDAYS
from wagtail.images import get_image_model

from storefront_builder.models import Product, Shop
from storefront_builder.selectors import published_shops, weekly_ranges

PRODUCT_PHOTO = "fill-400x300"
SHOP_LOGO = "fill-160x160"


def _images(*filters):
    return get_image_model().objects.prefetch_renditions(*filters)


def public_shop(slug: str) -> Shop | None:
    """A published shop by its address, or None (drafts do not exist for the public)."""
    return published_shops().select_related("logo", "cover").filter(slug=slug).first()


def directory(*, query: str = "", commune: str = "", postcode: str = "", category: str = ""):
    """Published shops matching the filters, by name, with their logos' renditions prefetched."""
    shops = published_shops()
    if query:
        shops = shops.filter(Q(name__icontains=query) | Q(description__icontains=query))
    if commune:
        shops = shops.filter(commune__icontains=commune)
    if postcode:
        shops = shops.filter(postcode__startswith=postcode)  # "35" finds the whole department
    if category:
        shops = shops.filter(category=category)
    return shops.order_by("name", "pk").prefetch_related(
        Prefetch("logo", queryset=_images(SHOP_LOGO))
    )


def storefront_products(shop: Shop, *, query: str = "", category: str = "") -> QuerySet[Product]:
    products = Product.objects.filter(shop=shop, visible=True)
    if query:
        products = products.filter(
            Q(name__icontains=query)
            | Q(description__icontains=query)
            | Q(category__icontains=query)
        )
    if category:
        products = products.filter(category=category)
    return products.order_by("category", "position", "name", "pk").prefetch_related(
        Prefetch("photo", queryset=_images(PRODUCT_PHOTO))
    )


def product_categories(shop: Shop) -> list[dict]:
    """The shop's categories ("rayons") with how many visible products each holds; one query."""
    return list(
        Product.objects.filter(shop=shop, visible=True)
        .values("category")
        .annotate(count=Count("pk"))
        .order_by("category")
    )


def week(rows, start: str, end: str) -> list[tuple[str, list]]:
    """Monday to Sunday by name, each with its ranges (opening hours or pickup windows)."""
    return [(WEEKDAYS[weekday], ranges) for weekday, ranges in weekly_ranges(rows, start, end)]


@dataclass
class BasketLine:
    product: Product
    quantity: int

    @property
    def amount(self) -> Decimal:
        return self.product.price * self.quantity


def basket_lines(shop: Shop, quantities: dict[int, int]) -> list[BasketLine]:
    """The basket's products as they are now (one query); gone or hidden products drop out."""
    if not quantities:
        return []
    products = Product.objects.filter(shop=shop, visible=True, pk__in=quantities).order_by(
        "category", "position", "name", "pk"
    )
    return [BasketLine(product, quantities[product.pk]) for product in products]


def basket_total(lines: list[BasketLine]) -> Decimal:
    return sum((line.amount for line in lines), Decimal("0.00"))
