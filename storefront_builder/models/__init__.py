from storefront_builder.models.catalogue import CatalogueImport, Product, VatRate
from storefront_builder.models.networks import (
    MembershipStatus,
    Network,
    NetworkKind,
    NetworkMembership,
)
from storefront_builder.models.notices import MerchantNotice, NoticeKind, ShopClosure
from storefront_builder.models.orders import Order, OrderLine, OrderStatus
from storefront_builder.models.shop import (
    OpeningHours,
    PickupWindow,
    Shop,
    ShopCategory,
    ShopStatus,
    Slot,
)

__all__ = [
    "CatalogueImport",
    "MembershipStatus",
    "MerchantNotice",
    "Network",
    "NetworkKind",
    "NetworkMembership",
    "NoticeKind",
    "ShopClosure",
    "OpeningHours",
    "Order",
    "OrderLine",
    "OrderStatus",
    "PickupWindow",
    "Product",
    "Shop",
    "ShopCategory",
    "ShopStatus",
    "Slot",
    "VatRate",
]
