"""A product across shops: « où trouver ce livre près de chez moi ? ».

The customer types words (« galette de sarrasin ») or a code (a book's ISBN, a product's
EAN); every published shop's visible products are searched, each result with its shop, the
shop's distance when she gave a point, the stock, and the shop's next bookable pickup.

- A code is recognised by its shape (8, 12 or 13 digits, or an ISBN of 10 characters, spaces
  and hyphens allowed) and read by ``storefront_builder.references.parse_reference``, the one
  reader of references: an ISBN-10 finds the book stored as its ISBN-13, and a code with a
  wrong check digit is refused with the French message of ``ReferenceRefused`` (no results,
  nothing else done). It is then looked up exactly, through the index on ``reference`` alone
  (migration 0009), whatever the number of shops.
- Words go through the site's search engine (core.search: stemming, synonyms, typos), the
  products' documents being grouped by shop: with a point, only the shops within the radius
  are searched (``group_ids``: the ``MAX_SHOPS_SEARCHED`` nearest), so the cost follows the
  shops around her, neither all of France's products nor a city centre's density. The engine
  keeps its 200 best hits; those are then ordered by distance.

Order: products in stock (or unlimited) first, out-of-stock ones (« épuisé ») after, since
she may still want to know who sells it; then nearest shop first with a point, else best match
first (words) or by shop name (a code). A page costs the same queries however many shops and
products: for a code, the count and the page; for words, the shops around the point, the
engine's, the order of its hits and the page. The next pickup slot of every listed shop is a
subquery of the page's query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Page, Paginator
from django.db.models import Case, F, IntegerField, OuterRef, QuerySet, Subquery, Value, When
from django.utils.translation import gettext as _

from core.places.distance import bounding_box, distance_expression
from storefront_builder.models import Product, ShopStatus, Slot
from storefront_builder.references import ReferenceRefused, parse_reference
from storefront_builder.search import PRODUCT
from storefront_builder.selectors import published_shops
from storefront_builder.slots import horizon_end
from storefront_builder.storefront import nearby
from storefront_builder.storefront.selectors import found_ids

PER_PAGE = 20
#: What a customer types for a barcode or an ISBN, once spaces and hyphens are gone.
CODE_LENGTHS = (8, 10, 12, 13)
LOOKS_LIKE_A_CODE = re.compile(r"\d{7,14}|\d{9}X")
SEPARATORS = re.compile(r"[\s-]+")
#: Words near a point search the products of at most this many shops, the nearest within the
#: radius: in a city centre, 5 km hold thousands of shops, and their ids are the engine's
#: ``group_ids``; the page lists the engine's 200 best hits at most anyway.
MAX_SHOPS_SEARCHED = 500


@dataclass(frozen=True)
class Search:
    """What was asked, as read: the words, or the code (normalised) and the French message
    when it is not a valid one."""

    query: str
    reference: str = ""
    error: str = ""

    @property
    def by_reference(self) -> bool:
        return bool(self.reference)


def read_query(query: str) -> Search:
    """``query`` as words or as a code. Digits only (and an ISBN's final X) of a code's length
    are a code; a run of 7 to 14 digits of another length is a mistyped one."""
    compact = SEPARATORS.sub("", query).upper()
    if not LOOKS_LIKE_A_CODE.fullmatch(compact):
        return Search(query=query)
    if len(compact) not in CODE_LENGTHS:
        return Search(
            query=query,
            error=_(
                "Ce code n'est ni un code EAN (8 ou 13 chiffres) ni un ISBN (10 ou 13 "
                "caractères) : vérifiez-le."
            ),
        )
    try:
        return Search(query=query, reference=parse_reference(compact))
    except ReferenceRefused as refused:
        return Search(query=query, error=str(refused))


def _next_pickup_at(now: datetime) -> Subquery:
    """The start of the shop's first bookable slot after its preparation time: the
    conditions of ``storefront_builder.slots.available_slots`` but the horizon, which
    ``_with_next_pickup`` applies (the first slot past it means none before it)."""
    bookable = Slot.objects.filter(
        shop=OuterRef("shop_id"),
        closed=False,
        booked__lt=F("capacity"),
        starts_at__gte=Value(now) + nearby.Minutes(OuterRef("shop__lead_time_minutes")),
    )
    return Subquery(bookable.order_by("starts_at").values("starts_at")[:1])


def _visible(near: nearby.Point | None, radius_m: float) -> QuerySet[Product]:
    """Visible products of published shops; with a point, those of the shops within
    ``radius_m``, each with its shop's ``distance_m``."""
    products = Product.objects.filter(visible=True, shop__status=ShopStatus.PUBLISHED)
    if near is None:
        return products
    box = bounding_box(near.latitude, near.longitude, radius_m)
    distance = distance_expression(
        near.latitude, near.longitude, lat_field="shop__latitude", lon_field="shop__longitude"
    )
    return (
        products.filter(
            shop__latitude__gte=box.south,
            shop__latitude__lte=box.north,
            shop__longitude__gte=box.west,
            shop__longitude__lte=box.east,
        )
        .annotate(distance_m=distance)
        .filter(distance_m__lte=radius_m)
    )


def _by_words(query: str, near: nearby.Point | None, radius_m: float) -> list[int]:
    """The ids of the products the words find, in order. The engine gives 200 at most, so
    they are ordered here, from one light query, rather than by a 200-branch ``CASE`` that
    costs more to build than to run."""
    group_ids = None
    if near is not None:
        shops = nearby.within(published_shops(), near, radius_m)
        group_ids = list(shops.values_list("pk", flat=True)[:MAX_SHOPS_SEARCHED])
    ranked = found_ids(query, [PRODUCT], group_ids)
    if not ranked:
        return []
    rank = {pk: position for position, pk in enumerate(ranked)}
    fields = ("pk", "stock", "distance_m") if near is not None else ("pk", "stock")
    rows = _visible(near, radius_m).filter(pk__in=ranked).values_list(*fields)
    return [row[0] for row in sorted(rows, key=lambda row: (row[1] == 0, *row[2:], rank[row[0]]))]


def with_next_pickup(products: QuerySet[Product], now: datetime) -> QuerySet[Product]:
    """Products with their shop and ``next_pickup_at`` (see ``set_next_pickup``)."""
    return products.select_related("shop").annotate(next_pickup_at=_next_pickup_at(now))


def find_products(
    search: Search,
    *,
    near: nearby.Point | None = None,
    radius_m: float = nearby.DEFAULT_RADIUS_M,
    now: datetime,
    page: int | str | None = 1,
) -> Page:
    """A page of the products found, in order (see the module), each with its ``shop``,
    ``distance_m`` with a point, and ``next_pickup``: its shop's next bookable slot's start
    within the booking horizon, None when there is none or orders are paused (as
    ``available_slots`` says)."""
    if search.error or not (search.reference or search.query):
        return Paginator([], PER_PAGE).get_page(1)
    if search.by_reference:
        sold_out = Case(When(stock=0, then=Value(1)), default=Value(0), output_field=IntegerField())
        order = ["sold_out", "distance_m"] if near is not None else ["sold_out"]
        products = (
            _visible(near, radius_m)
            .filter(reference=search.reference)
            .annotate(sold_out=sold_out)
            .order_by(*order, "shop__name", "shop_id", "pk")
        )
        found = Paginator(with_next_pickup(products, now), PER_PAGE).get_page(page)
        listed = list(found.object_list)
    else:
        found = Paginator(_by_words(search.query, near, radius_m), PER_PAGE).get_page(page)
        ids = list(found.object_list)
        products = with_next_pickup(_visible(near, radius_m).filter(pk__in=ids), now)
        by_id = {product.pk: product for product in products}
        listed = [by_id[pk] for pk in ids if pk in by_id]
    set_next_pickup(listed, now)
    found.object_list = listed
    return found


def set_next_pickup(products, now: datetime) -> None:
    """Each product's ``next_pickup`` from the ``next_pickup_at`` of ``with_next_pickup``:
    its shop's next bookable slot within the booking horizon, None when there is none or
    orders are paused (as ``available_slots`` says)."""
    for product in products:
        shop, starts = product.shop, product.next_pickup_at
        bookable = not shop.orders_paused and starts is not None
        product.next_pickup = starts if bookable and starts < horizon_end(shop, now) else None
