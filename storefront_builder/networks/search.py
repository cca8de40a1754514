"""One search across the catalogues of a network's members, and « commander ici, retirer dans
la boutique membre de votre choix ».

A product that several members stock (the same reference: a book's ISBN, an EAN) is shown
once, as an ``Offer`` with a line per member that has it: its distance when she gave a
position, its price, its stock and its next pickup. The line chosen beforehand is the first
she can actually order from: in stock, with a free slot, nearest (or soonest) first. A
product without a reference is one member's own and stands alone.

The members are a network's (a few to a few hundred shops), so everything the engine finds
among them (200 hits at most) is read in one query with each shop's next pickup, grouped and
ordered here; a page costs the same queries however many members and products there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.core.paginator import Page, Paginator

from core.places.distance import distance_expression
from storefront_builder.models import Product
from storefront_builder.search import PRODUCT
from storefront_builder.storefront import nearby
from storefront_builder.storefront.product_search import (
    Search,
    set_next_pickup,
    with_next_pickup,
)
from storefront_builder.storefront.selectors import found_ids

PER_PAGE = 20


@dataclass
class Offer:
    """One product as the network offers it: the lines (``Product`` rows of member shops,
    best first) and the one chosen beforehand."""

    lines: list[Product] = field(default_factory=list)
    rank: int = 0

    @property
    def product(self) -> Product:
        return self.lines[0]

    @property
    def chosen(self) -> Product:
        return next((line for line in self.lines if orderable(line)), self.lines[0])

    @property
    def orderable(self) -> bool:
        return any(orderable(line) for line in self.lines)


def orderable(product: Product) -> bool:
    """In stock (or unlimited) at a shop taking orders with a free slot ahead."""
    return product.stock != 0 and product.next_pickup is not None


def _line_order(product: Product) -> tuple:
    distance = getattr(product, "distance_m", None)
    pickup = product.next_pickup
    return (
        not orderable(product),
        distance is None,
        distance or 0,
        pickup is None,
        pickup.timestamp() if pickup else 0,
        product.shop.name.casefold(),
        product.pk,
    )


def find_offers(
    shop_ids: list[int],
    search: Search,
    *,
    near: nearby.Point | None,
    now: datetime,
    page: int | str | None = 1,
) -> Page:
    """A page of ``Offer``s from the visible products of the shops ``shop_ids`` (the
    network's online members), as the module says."""
    if search.error or not (search.reference or search.query) or not shop_ids:
        return Paginator([], PER_PAGE).get_page(1)
    products = Product.objects.filter(visible=True, shop_id__in=shop_ids)
    if search.by_reference:
        products, rank = products.filter(reference=search.reference), {}
    else:
        ranked = found_ids(search.query, [PRODUCT], shop_ids)
        products, rank = products.filter(pk__in=ranked), {pk: i for i, pk in enumerate(ranked)}
    if near is not None:
        products = products.annotate(
            distance_m=distance_expression(
                near.latitude,
                near.longitude,
                lat_field="shop__latitude",
                lon_field="shop__longitude",
            )
        )
    rows = list(with_next_pickup(products, now))
    set_next_pickup(rows, now)
    offers: dict[str, Offer] = {}
    for product in rows:
        key = product.reference or f"#{product.pk}"
        offer = offers.setdefault(key, Offer(rank=rank.get(product.pk, 0)))
        offer.lines.append(product)
        offer.rank = min(offer.rank, rank.get(product.pk, 0))
    for offer in offers.values():
        offer.lines.sort(key=_line_order)
    ordered = sorted(offers.values(), key=lambda offer: (not offer.orderable, offer.rank))
    return Paginator(ordered, PER_PAGE).get_page(page)
