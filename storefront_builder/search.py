"""What the shops' searches find: the directory finds shops by their name, presentation,
category and commune, and by the products they sell (« pain » finds the bakery); a storefront
finds its products by name, rayon and description, with stemming, synonyms and typos
(core.search) rather than a plain « contains ».

Every shop and product is indexed, published or not, visible or not: the selectors keep to
what may be shown, so a product hidden and shown again is found at once. A product's save
or deletion re-indexes it and its shop; an import re-indexes the shop it filled.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.search.indexing import Document, index_documents, register_source, remove_documents
from storefront_builder.models import Product, Shop

SHOP, PRODUCT = "shop", "product"


def _product_document(product: Product) -> Document:
    return Document(
        kind=PRODUCT,
        object_id=product.pk,
        group_id=product.shop_id,
        title=product.name,
        summary=product.category,
        body=product.description,
    )


def _shop_documents(shops: Iterable[Shop]) -> list[Document]:
    shops = list(shops)
    names: dict[int, list[str]] = {}
    rows = Product.objects.filter(shop__in=shops, visible=True).values_list("shop_id", "name")
    for shop_id, name in rows.order_by("shop_id", "pk"):
        names.setdefault(shop_id, []).append(name)
    return [
        Document(
            kind=SHOP,
            object_id=shop.pk,
            title=shop.name,
            summary="\n".join(
                part for part in (str(shop.get_category_display()), shop.commune) if part
            ),
            body="\n".join([shop.description, *names.get(shop.pk, [])]),
        )
        for shop in shops
    ]


def all_shops() -> list[Document]:
    return _shop_documents(Shop.objects.all())


def all_products() -> list[Document]:
    return [_product_document(product) for product in Product.objects.all()]


def register() -> None:
    """Called from ShopsConfig.ready."""
    register_source(SHOP, all_shops)
    register_source(PRODUCT, all_products)


def index_shop(shop_id: int) -> None:
    """The shop and every product of it, again (after an import)."""
    shop = Shop.objects.filter(pk=shop_id).first()
    if shop is not None:
        products = Product.objects.filter(shop_id=shop_id)
        index_documents([*_shop_documents([shop]), *map(_product_document, products)])


def product_saved(sender, instance: Product, **kwargs) -> None:
    shop = Shop.objects.filter(pk=instance.shop_id).first()
    index_documents([_product_document(instance), *_shop_documents([shop] if shop else [])])


def product_deleted(sender, instance: Product, **kwargs) -> None:
    remove_documents(PRODUCT, [instance.pk])
    shop = Shop.objects.filter(pk=instance.shop_id).first()
    if shop is not None:
        index_documents(_shop_documents([shop]))


def shop_saved(sender, instance: Shop, **kwargs) -> None:
    index_documents(_shop_documents([instance]))


def shop_deleted(sender, instance: Shop, **kwargs) -> None:
    remove_documents(SHOP, [instance.pk])
