"""How a business's storefront is doing, over the last 30 days and ahead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from onboarding.profile.models import Business
from storefront_builder.models import Order, OrderStatus, Shop, ShopStatus


def shops_of(business: Business) -> QuerySet[Shop]:
    """The business's storefronts: linked to it, or opened by its owner before the link existed."""
    return Shop.objects.filter(
        Q(business=business) | Q(business__isnull=True, owner_id=business.owner_id)
    )


ACTIVE_ORDER_STATUSES = (OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY)


@dataclass
class StorefrontFigures:
    """Where the business's online shop stands, over the last 30 days and ahead."""

    name: str
    slug: str
    status: str
    status_label: str
    published: bool
    products: int
    orders_30_days: int
    revenue_30_days: Decimal
    next_pickups: int


def storefront_figures(business: Business) -> StorefrontFigures | None:
    """The shop's figures, or None when the owner has not started one. Two queries.

    Cancelled orders count neither as orders nor as revenue: the owner never sold them.
    """
    shop = (
        shops_of(business)
        .annotate(product_count=Count("products"))
        .order_by("-status", "pk")  # a published shop before a draft one
        .first()
    )
    if shop is None:
        return None
    now = timezone.now()
    since = now - timedelta(days=30)
    recent = Q(created_at__gte=since) & ~Q(status=OrderStatus.CANCELLED)
    figures = Order.objects.filter(shop=shop).aggregate(
        orders=Count("pk", filter=recent),
        revenue=Sum("total", filter=recent),
        pickups=Count("pk", filter=Q(slot__starts_at__gte=now, status__in=ACTIVE_ORDER_STATUSES)),
    )
    return StorefrontFigures(
        name=shop.name,
        slug=shop.slug,
        status=shop.status,
        status_label=shop.get_status_display(),
        published=shop.status == ShopStatus.PUBLISHED,
        products=shop.product_count,
        orders_30_days=figures["orders"],
        revenue_30_days=figures["revenue"] or Decimal("0.00"),
        next_pickups=figures["pickups"],
    )
