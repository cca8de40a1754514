"""Shared reads: which shop an owner has, the shops the public may see, a shop's week, the
networks a shop belongs to."""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, IntegerField, QuerySet, Value, When

from core.formatting import french_sort_key
from storefront_builder.models import MembershipStatus, Network, OrderStatus, Shop, ShopStatus


def shop_of(user) -> Shop | None:
    """The owner's shop (one per owner for now), or None before the wizard's first step."""
    if not user.is_authenticated:
        return None
    return Shop.objects.filter(owner=user).order_by("pk").first()


@dataclass(frozen=True)
class MerchantBadge:
    """The owner's shop and how many of its orders are new (not yet being prepared)."""

    shop_id: int
    new_orders: int


def merchant_badge(user) -> MerchantBadge | None:
    """The owner's shop and its count of new orders, in one query, or None without a shop.

    The header and the shop's own navigation both show the count on the same page: it is
    read once and kept on the user object, which lives as long as the request.

    Written in SQL (``_BADGE_SQL``): every page an owner opens runs it, and Django took
    0.8 ms to write this grouped count, for a query the database answers in 0.06 ms.
    """
    if not user.is_authenticated:
        return None
    if "_merchant_badge" not in user.__dict__:
        with connection.cursor() as cursor:
            cursor.execute(_BADGE_SQL, [OrderStatus.NEW.value, user.pk])
            row = cursor.fetchone()
        user.__dict__["_merchant_badge"] = MerchantBadge(*row) if row else None
    return user.__dict__["_merchant_badge"]


#: The owner's first shop and its new orders (``merchant_badge``), in SQL that SQLite and
#: PostgreSQL read alike, on the tables of ``Shop`` and ``Order``.
_BADGE_SQL = (
    "SELECT s.id, (SELECT COUNT(*) FROM shops_order o WHERE o.shop_id = s.id AND o.status = %s)"
    " FROM shops_shop s WHERE s.owner_id = %s ORDER BY s.id LIMIT 1"
)


def published_shops() -> QuerySet[Shop]:
    return Shop.objects.filter(status=ShopStatus.PUBLISHED)


def networks_of_shop(shop: Shop) -> list[Network]:
    """The public networks a published shop belongs to, for its storefront's « Membre du
    réseau »."""
    return list(
        Network.objects.filter(
            memberships__shop=shop, memberships__status=MembershipStatus.ACTIVE
        ).order_by("name")
    )


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


def by_rayon(products: QuerySet, rayons: list[str]) -> QuerySet:
    """Products by rayon in French order (``french_sort_key``), then position and name.

    The database's collation puts « Vrac » before « Épicerie » (bytes, or the server's
    locale): the rayons, already read for the page (one query), are sorted in Python and
    their rank becomes the first sort column, so pagination still happens in the database.
    """
    ranked = sorted(set(rayons), key=french_sort_key)
    if not ranked:
        # A CASE without a WHEN is its default alone, a constant: PostgreSQL reads
        # « ORDER BY 0 » as a column position and refuses it.
        return products.order_by("category", "position", "name", "pk")
    rank = Case(
        *(When(category=name, then=Value(index)) for index, name in enumerate(ranked)),
        default=Value(len(ranked)),
        output_field=IntegerField(),
    )
    return products.order_by(rank, "category", "position", "name", "pk")
