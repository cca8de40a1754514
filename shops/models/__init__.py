from shops.models.catalogue import CatalogueImport, Product, VatRate
from shops.models.orders import Order, OrderLine, OrderStatus
from shops.models.shop import OpeningHours, PickupWindow, Shop, ShopCategory, ShopStatus, Slot

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
