from storefront_builder.models.catalogue import CatalogueImport, Product, VatRate
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
