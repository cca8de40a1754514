"""Shared reads: which shop an owner has, the shops the public may see, a shop's week."""

from django.db.models import QuerySet

from storefront_builder.models import Shop, ShopStatus


def shop_of(user) -> Shop | None:
    """The owner's shop (one per owner for now), or None before the wizard's first step."""
    if not user.is_authenticated:
        return None
    return Shop.objects.filter(owner=user).order_by("pk").first()


def published_shops() -> QuerySet[Shop]:
    return Shop.objects.filter(status=ShopStatus.PUBLISHED)


def weekly_ranges(rows, start_attr: str, end_attr: str) -> list[tuple[int, list]]:
    """(weekday, [(start, end), …]) for the 7 days, Monday (0) first, from rows already loaded.

    One reader for opening hours and pickup windows alike, wherever a week is shown: the
    wizard's forms and preview, the storefront, the window poster.
    """
    days: list[tuple[int, list]] = [(weekday, []) for weekday in range(7)]
    for row in rows:
        days[row.weekday][1].append((getattr(row, start_attr), getattr(row, end_attr)))
    return days


def opening_ranges(shop: Shop) -> list[tuple[int, list]]:
    """The shop's opening hours as ``weekly_ranges``."""
    return weekly_ranges(shop.opening_hours.all(), "opens", "closes")


def pickup_ranges(shop: Shop) -> list[tuple[int, list]]:
    """The shop's pickup windows as ``weekly_ranges``."""
    return weekly_ranges(shop.pickup_windows.all(), "starts", "ends")
