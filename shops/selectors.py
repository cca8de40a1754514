"""Shared reads: which shop an owner has, and the shops the public may see."""

from django.db.models import QuerySet

from shops.models import Shop, ShopStatus


def shop_of(user) -> Shop | None:
    """The owner's shop (one per owner for now), or None before the wizard's first step."""
    if not user.is_authenticated:
        return None
    return Shop.objects.filter(owner=user).order_by("pk").first()


def published_shops() -> QuerySet[Shop]:
    return Shop.objects.filter(status=ShopStatus.PUBLISHED)
