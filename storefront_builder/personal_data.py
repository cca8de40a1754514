"""A merchant's shop and a customer's orders under the RGPD.

Retention (``settings.RGPD_RETENTION``): a shop's orders are accounting records (Code de
commerce, art. L123-22: ten years) — their number, dates, status, lines and amounts stay.
The customer's name, e-mail, phone and remark are not: a sale to a private person paid at the
counter needs no customer identity in the books. They serve only to prepare and hand over the
order, so they are erased as soon as the order is over and someone asks (the customer from her
order page, or the merchant by erasing her account), and the order's row keeps
``customer_erased_at``.

An order still to collect stops the erasure: the merchant serves or cancels it first, the
customer collects or cancels it, so that nobody comes to a counter that no longer knows her.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.images import get_image_model

from accounts.personal_data import (
    Erasure,
    Kept,
    Part,
    Section,
    file_reader,
    register,
    retention,
    years_before,
)
from core.search.indexing import remove_documents
from storefront_builder.models import (
    CatalogueImport,
    MerchantNotice,
    Network,
    NetworkMembership,
    OpeningHours,
    Order,
    OrderLine,
    OrderStatus,
    PickupWindow,
    Product,
    Shop,
    ShopClosure,
    ShopStatus,
    Slot,
)
from storefront_builder.public_pages import shops_changed
from storefront_builder.search import PRODUCT, SHOP

OPEN_STATUSES = (OrderStatus.NEW, OrderStatus.PREPARING, OrderStatus.READY)


def _over_before():
    return timezone.now() - timedelta(days=retention("order_closed_days_after_slot"))


def open_orders():
    """Orders still to prepare or collect: not collected nor cancelled, slot not long past."""
    return Order.objects.filter(status__in=OPEN_STATUSES, slot__ends_at__gte=_over_before())


def order_is_over(order: Order) -> bool:
    return order.status not in OPEN_STATUSES or order.slot.ends_at < _over_before()


def _customer_orders(email: str):
    return Order.objects.filter(customer_email__iexact=email, customer_erased_at__isnull=True)


# --- Export ------------------------------------------------------------------------------------


def _order_data(order: Order, lines: list[OrderLine], *, with_shop: bool) -> dict:
    data = {
        "number": order.number,
        "status": order.get_status_display(),
        "created_at": order.created_at,
        "pickup_starts_at": order.slot.starts_at,
        "pickup_ends_at": order.slot.ends_at,
        "customer_name": order.customer_name,
        "customer_email": order.customer_email,
        "customer_phone": order.customer_phone,
        "note": order.note,
        "language": order.language,
        "total": order.total,
        "ready_at": order.ready_at,
        "collected_at": order.collected_at,
        "cancelled_at": order.cancelled_at,
        "cancelled_by_customer": order.cancelled_by_customer,
        "lines": [
            {
                "name": line.name,
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "vat_rate": line.vat_rate,
            }
            for line in lines
        ],
    }
    if with_shop:
        data["shop"] = order.shop.name
    return data


def _lines_by_order(orders) -> dict[int, list[OrderLine]]:
    grouped: dict[int, list[OrderLine]] = {}
    for line in OrderLine.objects.filter(order__in=[o.pk for o in orders]).order_by("order", "pk"):
        grouped.setdefault(line.order_id, []).append(line)
    return grouped


def _image_file(prefix: str, image) -> tuple[str, object]:
    name = image.file.name.rsplit("/", 1)[-1]
    return f"{prefix}-{image.pk}-{name}", file_reader(image.file)


def _by_shop(rows, shop_ids, order_by):
    grouped: dict[int, list] = {}
    for row in rows.filter(shop__in=shop_ids).order_by("shop", *order_by):
        grouped.setdefault(row.shop_id, []).append(row)
    return grouped


def export_shops(user) -> Part:
    """Her shops with their settings, position, hours, closures, products, slots, orders and
    networks, the networks she coordinates, and the orders she placed in any shop with her
    account's address: thirteen queries in all."""
    shops = list(Shop.objects.filter(owner=user).select_related("logo", "cover").order_by("pk"))
    ids = [shop.pk for shop in shops]
    hours = _by_shop(OpeningHours.objects, ids, ["weekday", "opens"])
    windows = _by_shop(PickupWindow.objects, ids, ["weekday", "starts"])
    closures = _by_shop(ShopClosure.objects, ids, ["starts_at"])
    products = _by_shop(Product.objects.select_related("photo"), ids, ["pk"])
    slots = _by_shop(Slot.objects, ids, ["starts_at"])
    memberships = _by_shop(NetworkMembership.objects.select_related("network"), ids, ["pk"])
    coordinated = list(Network.objects.filter(coordinator=user).order_by("pk"))
    orders = list(Order.objects.filter(shop__in=ids).select_related("slot").order_by("pk"))
    lines = _lines_by_order(orders)
    files = []
    data = []
    for shop in shops:
        for kind, image in (("logo", shop.logo), ("couverture", shop.cover)):
            if image is not None:
                files.append(_image_file(f"{shop.slug}/{kind}", image))
        data.append(
            {
                "name": shop.name,
                "slug": shop.slug,
                "status": shop.get_status_display(),
                "category": shop.get_category_display(),
                "street_address": shop.street_address,
                "postcode": shop.postcode,
                "commune": shop.commune,
                "latitude": shop.latitude,
                "longitude": shop.longitude,
                "phone": shop.phone,
                "description": shop.description,
                "palette": shop.palette,
                "slot_minutes": shop.slot_minutes,
                "capacity_per_slot": shop.capacity_per_slot,
                "lead_time_minutes": shop.lead_time_minutes,
                "booking_horizon_days": shop.booking_horizon_days,
                "pickup_instructions": shop.pickup_instructions,
                "pay_at_pickup": shop.pay_at_pickup,
                "published_at": shop.published_at,
                "orders_paused": shop.orders_paused,
                "pause_message": shop.pause_message,
                "notify_orders": shop.notify_orders,
                "notify_morning_summary": shop.notify_morning_summary,
                "created_at": shop.created_at,
                "opening_hours": [
                    {"weekday": h.weekday, "opens": h.opens, "closes": h.closes}
                    for h in hours.get(shop.pk, [])
                ],
                "pickup_windows": [
                    {"weekday": w.weekday, "starts": w.starts, "ends": w.ends}
                    for w in windows.get(shop.pk, [])
                ],
                "closures": [
                    {"starts_at": c.starts_at, "ends_at": c.ends_at, "label": c.label}
                    for c in closures.get(shop.pk, [])
                ],
                "products": [
                    {
                        "name": p.name,
                        "reference": p.reference,
                        "description": p.description,
                        "category": p.category,
                        "price": p.price,
                        "vat_rate": p.vat_rate,
                        "stock": p.stock,
                        "low_stock_threshold": p.low_stock_threshold,
                        "visible": p.visible,
                        "created_at": p.created_at,
                    }
                    for p in products.get(shop.pk, [])
                ],
                "slots": [
                    {
                        "starts_at": s.starts_at,
                        "ends_at": s.ends_at,
                        "capacity": s.capacity,
                        "booked": s.booked,
                        "closed": s.closed,
                    }
                    for s in slots.get(shop.pk, [])
                ],
                "orders": [
                    _order_data(o, lines.get(o.pk, []), with_shop=False)
                    for o in orders
                    if o.shop_id == shop.pk
                ],
                "networks": [
                    {
                        "network": m.network.name,
                        "status": m.get_status_display(),
                        "invited_at": m.invited_at,
                        "answered_at": m.answered_at,
                    }
                    for m in memberships.get(shop.pk, [])
                ],
            }
        )
    files.extend(
        _image_file(f"produits/{p.pk}", p.photo)
        for listed in products.values()
        for p in listed
        if p.photo is not None
    )
    placed = list(
        _customer_orders(user.email).select_related("shop", "slot").order_by("created_at", "pk")
    )
    placed_lines = _lines_by_order(placed)
    return Part(
        {
            "shops": data,
            "networks_coordinated": [
                {
                    "name": network.name,
                    "kind": network.get_kind_display(),
                    "commune": network.commune,
                    "description": network.description,
                    "created_at": network.created_at,
                }
                for network in coordinated
            ],
            "orders_placed": [
                _order_data(o, placed_lines.get(o.pk, []), with_shop=True) for o in placed
            ],
        },
        files,
    )


# --- Erasure -----------------------------------------------------------------------------------

ERASED_CONTACT = {"customer_name": "", "customer_email": "", "customer_phone": "", "note": ""}


def _erase_contacts(orders, at) -> int:
    return orders.update(customer_erased_at=at, updated_at=at, **ERASED_CONTACT)


def shop_blockers(user) -> list[str]:
    reasons = []
    in_shop = open_orders().filter(shop__owner=user).count()
    if in_shop:
        reasons.append(
            ngettext(
                "Votre boutique a %(count)s commande en cours : servez-la ou annulez-la "
                "depuis vos commandes avant d'effacer votre compte.",
                "Votre boutique a %(count)s commandes en cours : servez-les ou annulez-les "
                "depuis vos commandes avant d'effacer votre compte.",
                in_shop,
            )
            % {"count": in_shop}
        )
    placed = open_orders().filter(customer_email__iexact=user.email).count()
    if placed:
        reasons.append(
            ngettext(
                "Vous avez passé %(count)s commande qui n'est pas encore retirée : retirez-la "
                "ou annulez-la avant d'effacer votre compte.",
                "Vous avez passé %(count)s commandes qui ne sont pas encore retirées : "
                "retirez-les ou annulez-les avant d'effacer votre compte.",
                placed,
            )
            % {"count": placed}
        )
    return reasons


def _images_only_hers(image_ids: set[int], shop_ids: list[int]) -> list[int]:
    """The images no other shop or product uses (a shared picture stays for the others)."""
    elsewhere = Shop.objects.exclude(pk__in=shop_ids)
    used = (
        set(elsewhere.filter(logo__in=image_ids).values_list("logo", flat=True))
        | set(elsewhere.filter(cover__in=image_ids).values_list("cover", flat=True))
        | set(
            Product.objects.exclude(shop__in=shop_ids)
            .filter(photo__in=image_ids)
            .values_list("photo", flat=True)
        )
    )
    return sorted(image_ids - used)


def erase_shops(erasure: Erasure) -> None:
    """Her shops go offline for good and keep only what the accounting needs: the seller's
    name and address, the products' names (hidden) and the orders without the customers'
    contact details. Pictures, description, phone, hours, closures and memberships of networks
    are deleted (the networks she coordinates stay, for their other members)."""
    shops = Shop.objects.filter(owner=erasure.user)
    ids = list(shops.values_list("pk", flat=True))
    image_ids = set(
        Product.objects.filter(shop__in=ids, photo__isnull=False).values_list("photo", flat=True)
    )
    for logo, cover in shops.values_list("logo", "cover"):
        image_ids |= {pk for pk in (logo, cover) if pk}
    shops.update(
        status=ShopStatus.DRAFT,
        published_at=None,
        orders_paused=True,
        pause_message="",
        phone="",
        description="",
        description_html="",
        pickup_instructions="",
        notify_orders=False,
        notify_morning_summary=False,
        logo=None,
        cover=None,
        updated_at=erasure.at,
    )
    shops_changed(ids)  # offline at once, though the UPDATE sends no post_save
    products = Product.objects.filter(shop__in=ids)
    products.update(visible=False, description="", photo=None, updated_at=erasure.at)
    # Her texts leave the search index now (its vocabulary is recounted by the nightly purge).
    remove_documents(PRODUCT, products.values_list("pk", flat=True))
    remove_documents(SHOP, ids)
    for model in (
        OpeningHours,
        PickupWindow,
        ShopClosure,
        CatalogueImport,
        MerchantNotice,
        NetworkMembership,
    ):
        model.objects.filter(shop__in=ids).delete()
    Slot.objects.filter(shop__in=ids, orders__isnull=True).delete()
    _erase_contacts(Order.objects.filter(shop__in=ids, customer_erased_at__isnull=True), erasure.at)
    _erase_contacts(_customer_orders(erasure.email), erasure.at)
    # Wagtail removes each image's file and renditions once the deletion is committed.
    get_image_model().objects.filter(pk__in=_images_only_hers(image_ids, ids)).delete()


def orders_kept() -> list[Kept]:
    return [
        Kept(
            _(
                "Les commandes de votre boutique (numéro, dates, lignes, montants), sans les "
                "coordonnées de vos clients, et le nom et l'adresse de la boutique qui les a "
                "vendues."
            ),
            _("Pièces comptables : Code de commerce, article L123-22."),
            retention("orders_accounting_years"),
        )
    ]


def purge_shops(now) -> int:
    """The shops of accounts erased longer ago than the accounting period, with their
    orders: the orders go first, as their slots are protected by them."""
    cutoff = years_before(now, retention("orders_accounting_years"))
    shops = Shop.objects.filter(owner__erased_at__lte=cutoff)
    orders, _details = Order.objects.filter(shop__in=shops).delete()
    removed, _details = shops.delete()
    return orders + removed


# --- A customer without an account, from her order page ---------------------------------------


class OrderStillOpen(Exception):
    """The order is not over: its details are still needed to hand it over."""


def order_erase_customer(order: Order) -> Order:
    """Erase the customer's name, e-mail, phone and remark from an order that is over.

    Conditional UPDATE: a second request, or the shop moving the order at the same moment,
    changes nothing twice. Raises ``OrderStillOpen`` while the order is to be collected.
    """
    if not order_is_over(order):
        raise OrderStillOpen
    with transaction.atomic():
        over = Q(status__in=[OrderStatus.COLLECTED, OrderStatus.CANCELLED]) | Q(
            slot__ends_at__lt=_over_before()
        )
        _erase_contacts(
            Order.objects.filter(pk=order.pk, customer_erased_at__isnull=True).filter(over),
            timezone.now(),
        )
    order.refresh_from_db()
    return order


SECTION = Section(
    key="shops",
    order=10,
    export=export_shops,
    erase=erase_shops,
    kept=orders_kept,
    blockers=shop_blockers,
    purge=purge_shops,
)


def register_section() -> None:
    register(SECTION)
