"""Public reads for the storefront and the directory: a fixed number of queries per page.

However many products or shops there are, a page costs the same queries: the list is
paginated, photos come through one prefetch with their renditions (``prefetch_renditions``),
categories are counted in one grouped query. No template reaches back to the database.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db.models import (
    Count,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    prefetch_related_objects,
)
from django.utils.dates import WEEKDAYS
from wagtail.images import get_image_model

from core.formatting import french_sort_key
from core.places.matching import commune_key
from core.places.models import Commune
from core.search import has_words
from core.search.engine import search
from storefront_builder.models import Order, OrderLine, Product, Shop, ShopClosure, Slot
from storefront_builder.search import PRODUCT, SHOP
from storefront_builder.selectors import by_rayon, pickup_ranges, published_shops
from storefront_builder.storefront import nearby

PARIS = ZoneInfo("Europe/Paris")
PRODUCT_PHOTO = "fill-400x300"
SHOP_LOGO = "fill-160x160"
SHOP_COVER = "fill-1200x300"


def _images(*filters):
    return get_image_model().objects.prefetch_renditions(*filters)


def public_shop(slug: str) -> Shop | None:
    """A published shop by its address, or None (drafts do not exist for the public)."""
    return published_shops().select_related("logo", "cover").filter(slug=slug).first()


def prefetch_band_renditions(shop: Shop) -> None:
    """The renditions the shop's band shows (``_band.html``) on its images, already read with
    the shop: one query per image, where Wagtail's own tag reads and writes the rendition cache
    for each one on every page (core.templatetags.rendition_tags)."""
    renditions = get_image_model().get_rendition_model().objects
    prefetch_related_objects(
        [shop],
        *(
            Prefetch(
                f"{field}__renditions",
                queryset=renditions.filter(filter_spec=spec),
                to_attr="prefetched_renditions",
            )
            for field, spec in (("logo", SHOP_LOGO), ("cover", SHOP_COVER))
        ),
    )


@dataclass(frozen=True)
class StorefrontClock:
    """A published shop's id, and the next moment its storefront changes by itself."""

    shop_id: int
    until: datetime


def storefront_clock(slug: str, now: datetime) -> StorefrontClock | None:
    """Read before the page cache's versions (so without the shop's other fields, read after
    them): the shop's id, and the first of these moments, when a stored storefront stops being
    true without any write:

    - the order deadline of the first slot after the preparation time, whatever its state:
      the next pickup shown is that slot or a later one, and a full or closed one may be
      freed by a write the versions catch, so its deadline bounds the copy anyway;
    - the end of the first closure not over (it leaves the list, the next one may enter);
    - midnight in Paris, when the booking horizon moves on.

    Two queries: the shop's preparation time, then the slot and the closure.
    """
    row = published_shops().filter(slug=slug).values_list("pk", "lead_time_minutes").first()
    if row is None:
        return None
    shop_id, lead_minutes = row
    lead = timedelta(minutes=lead_minutes)
    first_slot = Slot.objects.filter(shop=OuterRef("pk"), starts_at__gte=now + lead)
    first_end = ShopClosure.objects.filter(shop=OuterRef("pk"), ends_at__gt=now)
    slot_start, closure_end = (
        Shop.objects.filter(pk=shop_id)
        .annotate(
            slot_start=Subquery(first_slot.order_by("starts_at").values("starts_at")[:1]),
            closure_end=Subquery(first_end.order_by("ends_at").values("ends_at")[:1]),
        )
        .values_list("slot_start", "closure_end")
        .get()
    )
    today = now.astimezone(PARIS).date()
    moments = [datetime.combine(today + timedelta(days=1), time(0), tzinfo=PARIS)]
    if slot_start is not None:
        moments.append(slot_start - lead)
    if closure_end is not None:
        moments.append(closure_end)
    return StorefrontClock(shop_id, min(moments))


def commune_matches(typed: str) -> Q:
    """Shops of the commune typed, as merchants and customers type it: its official names whose
    key matches (« st etienne » finds « Saint-Étienne »: shops keep the official spelling, see
    ``core.places``), or a commune name holding the text (« Lyon » finds « Lyon 4e
    Arrondissement »). The official names are a subquery: no query of their own."""
    official = Commune.objects.filter(key=commune_key(typed)).values("name")
    return Q(commune__in=official) | Q(commune__icontains=typed)


def directory(
    *,
    query: str = "",
    commune: str = "",
    postcode: str = "",
    category: str = "",
    near: nearby.Point | None = None,
    radius_m: float = nearby.DEFAULT_RADIUS_M,
    open_at: datetime | None = None,
    pickup_at: datetime | None = None,
):
    """Published shops matching the filters, with their logos' renditions prefetched: by name,
    or best match first for a search, or with ``near`` only those within ``radius_m`` of the
    point, nearest first, each with its ``distance_m`` (``nearby.within``). ``open_at`` keeps
    the shops open at that moment, ``pickup_at`` those offering a pickup slot that day."""
    shops = published_shops()
    ranked: list[int] = []
    if query:
        ranked = found_ids(query, [SHOP])
        shops = shops.filter(pk__in=ranked)
    if commune:
        shops = shops.filter(commune_matches(commune))
    if postcode:
        shops = shops.filter(postcode__startswith=postcode)  # "35" finds the whole department
    if category:
        shops = shops.filter(category=category)
    if open_at is not None:
        shops = shops.filter(nearby.open_now(open_at))
    if pickup_at is not None:
        shops = shops.filter(nearby.pickup_today(pickup_at))
    if near is not None:
        shops = nearby.within(shops, near, radius_m)
    else:
        shops = shops.order_by("name", "pk")
    shops = shops.prefetch_related(Prefetch("logo", queryset=_images(SHOP_LOGO)))
    if not query or near is not None:
        return shops
    rank = {pk: position for position, pk in enumerate(ranked)}
    return sorted(shops, key=lambda shop: rank[shop.pk])  # the best match first


def found_ids(query: str, kinds: list[str], group_ids: list[int] | None = None) -> list[int]:
    """Ids of what the search finds (core.search: stemming, synonyms, typos), best first."""
    if not has_words(query):
        return []
    return [hit.object_id for hit in search(query, kinds=kinds, group_ids=group_ids).hits]


def storefront_products(
    shop: Shop, *, query: str = "", category: str = "", rayons: list[str] = ()
) -> QuerySet[Product]:
    """Visible products matching the search, by rayon in French order (``rayons``: the names
    ``product_categories`` read), then position and name."""
    products = Product.objects.filter(shop=shop, visible=True)
    if query:
        products = products.filter(pk__in=found_ids(query, [PRODUCT], [shop.pk]))
    if category:
        products = products.filter(category=category)
    return by_rayon(products, list(rayons)).prefetch_related(
        Prefetch("photo", queryset=_images(PRODUCT_PHOTO))
    )


def product_categories(shop: Shop) -> list[dict]:
    """The shop's categories ("rayons") with how many visible products each holds, in French
    order (« Épicerie » before « Vrac »); one query."""
    rows = (
        Product.objects.filter(shop=shop, visible=True)
        .values("category")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return sorted(rows, key=lambda row: french_sort_key(row["category"]))


def named_week(days: list[tuple[int, list]]) -> list[tuple[str, list]]:
    """A week read by ``opening_ranges`` or ``pickup_ranges``, Monday to Sunday by name."""
    return [(WEEKDAYS[weekday], ranges) for weekday, ranges in days]


def pickup_week(shop: Shop) -> list[tuple[str, list]]:
    """Monday to Sunday by name, each with its pickup windows."""
    return named_week(pickup_ranges(shop))


def visible_product(shop: Shop, pk: int) -> Product | None:
    """A product the public may put in a basket, or None."""
    return Product.objects.filter(shop=shop, visible=True, pk=pk).first()


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


def order_by_token(token: str) -> Order | None:
    """The order behind a customer's secret link, with its shop and slot; None if unknown."""
    return Order.objects.select_related("shop", "slot").filter(token=token).first()


def order_lines(order: Order) -> list[OrderLine]:
    return list(order.lines.all())
