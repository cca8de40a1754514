"""Writes of a shop's catalogue: products one by one, in bulk, copied, and imported.

Views pass values the forms already cleaned; the shop always comes from the signed-in owner
(``storefront_builder.selectors.shop_of``) and products from ``selectors.products_of(shop)``, so
nothing
here can reach another shop's products.

Photos stay in the Wagtail image library when a product drops or changes its photo: a copy
made with "Dupliquer" shares its original's image, and order lines may still show it.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.formatting import elide_de
from storefront_builder.catalogue.importing import changes, product_values
from storefront_builder.catalogue.selectors import holder_of_reference, products_by_reference
from storefront_builder.images import image_from_upload
from storefront_builder.models import CatalogueImport, Product, Shop
from storefront_builder.public_pages import storefront_changed
from storefront_builder.search import index_shop

PRODUCT_FIELDS = (
    "name",
    "reference",
    "description",
    "price",
    "vat_rate",
    "stock",
    "low_stock_threshold",
    "category",
    "visible",
)
BULK_FIELDS = ("price", "stock", "visible")


class ImportNotConfirmed(ValueError):
    """A file with errors is imported only once the owner said she read them."""


class ImportConflict(ValueError):
    """Another write took one of the file's references meanwhile; nothing was imported."""


class ReferenceTaken(ValueError):
    """Another product of the shop, whose name this carries, has taken the reference since
    the form was checked."""


def keep_photo(upload, *, title: str):
    """Store a checked photo before its product is saved (the form had other errors), so the
    owner need not choose it again; raises ImageRefused like ``image_from_upload``."""
    return image_from_upload(upload, title=title)


def save_product(
    shop,
    product: Product | None,
    data: dict,
    *,
    photo=None,
    kept_photo_id: int | None = None,
    remove_photo=False,
) -> Product:
    """Create (``product`` None) or update a product from cleaned form values.

    ``photo`` is an upload already checked by the form; ``kept_photo_id`` an image stored by
    ``keep_photo`` on an earlier try. Without either the current photo stays, unless
    ``remove_photo``.

    The form checked that the reference is free; raises ReferenceTaken if another product
    took it since (the unique constraint refused it), with nothing saved.
    """
    product = product or Product(shop=shop)
    try:
        with transaction.atomic():
            for name in PRODUCT_FIELDS:
                setattr(product, name, data[name])
            if photo is not None:
                product.photo = image_from_upload(photo, title=data["name"])
            elif kept_photo_id is not None:
                product.photo_id = kept_photo_id
            elif remove_photo:
                product.photo = None
            product.save()
    except IntegrityError:
        holder = holder_of_reference(shop, data["reference"], product=product)
        if holder is None:
            raise
        raise ReferenceTaken(holder) from None
    return product


def duplicate_product(product: Product) -> Product:
    """A hidden copy named "Copie de …", to edit before showing it in the shop."""
    name = elide_de(_("Copie de %(name)s") % {"name": product.name}, product.name)
    copy = Product(
        shop_id=product.shop_id,
        name=name[: Product._meta.get_field("name").max_length],
        description=product.description,
        photo_id=product.photo_id,
        price=product.price,
        vat_rate=product.vat_rate,
        stock=product.stock,
        low_stock_threshold=product.low_stock_threshold,
        category=product.category,
        visible=False,
        position=product.position,
    )
    copy.save()
    return copy


def delete_product(product: Product) -> None:
    """Order lines keep the name and price they were ordered at (their link becomes empty)."""
    product.delete()


def bulk_update(changes: dict[Product, dict]) -> int:
    """Save the changed prices, stocks and visibilities of many products in one transaction.

    ``changes`` maps each product (from ``products_of(shop)``) to the cleaned values of the
    fields the owner changed, and only those are written: an order placed since the list was
    shown keeps the stock it left. Products are grouped by the fields they change, so there
    is one UPDATE per group (at most seven), however many products. The forms validated every
    row first, so this either saves them all or raises.
    """
    now = timezone.now()
    groups: dict[tuple[str, ...], list[Product]] = {}
    for product, values in changes.items():
        fields = tuple(name for name in BULK_FIELDS if name in values)
        if not fields:
            continue
        for name in fields:
            setattr(product, name, values[name])
        product.updated_at = now
        groups.setdefault(fields, []).append(product)
    with transaction.atomic():
        for fields, products in groups.items():
            Product.objects.bulk_update(products, [*fields, "updated_at"])
        for shop_id in {product.shop_id for products in groups.values() for product in products}:
            storefront_changed(shop_id)  # bulk_update sends no post_save
    return sum(len(products) for products in groups.values())


def store_import(shop, filename: str, rows: list[dict], errors: list[dict]) -> CatalogueImport:
    """Keep a read file's good rows and its report until the owner decides."""
    return CatalogueImport.objects.create(
        shop=shop, filename=filename[:200], rows=rows, errors=errors
    )


def apply_import(catalogue_import: CatalogueImport, *, errors_read: bool = False) -> int:
    """Apply the import's good rows: a row whose reference is one of the shop's products
    updates it (its non-blank cells), the others are created. Returns how many products were
    created or changed (0 if the import was already decided); the import keeps both counts.

    One transaction, so the file is applied whole or not at all:

    - the conditional UPDATE to APPLIED lets only one request through, even with a double
      click or two tabs, so the rows are never applied twice;
    - the shop's row is locked (FOR NO KEY UPDATE: orders are still placed meanwhile), so two
      imports of the same file at once run one after the other, and the second finds, and
      updates, the products the first created instead of creating them again;
    - the unique (shop, reference) constraint is the last guard: were a product saved with one
      of the references meanwhile (the product form takes no lock), everything is rolled back,
      the import stays pending and ImportConflict says to try again.

    Queries: a fixed number (one read of the products named, one INSERT per 500 new
    products, one UPDATE per set of changed columns), however many rows.
    """
    if catalogue_import.errors and not errors_read:
        raise ImportNotConfirmed(_("Cochez la case pour confirmer que vous avez lu les erreurs."))
    shop_id = catalogue_import.shop_id
    try:
        with transaction.atomic():
            claimed = CatalogueImport.objects.filter(
                pk=catalogue_import.pk, state=CatalogueImport.State.PENDING
            ).update(state=CatalogueImport.State.APPLIED)
            if not claimed:
                return 0
            list(Shop.objects.select_for_update(no_key=True).filter(pk=shop_id).values("pk"))
            created, updated = _write_rows(shop_id, catalogue_import.rows)
            CatalogueImport.objects.filter(pk=catalogue_import.pk).update(
                created_count=created, updated_count=updated
            )
            index_shop(shop_id)  # bulk writes send no post_save
            storefront_changed(shop_id)
    except IntegrityError as error:
        raise ImportConflict(
            _(
                "Un produit a été enregistré avec une des références de ce fichier pendant "
                "l'import : rien n'a été importé. Recommencez."
            )
        ) from error
    catalogue_import.state = CatalogueImport.State.APPLIED
    catalogue_import.created_count, catalogue_import.updated_count = created, updated
    return created + updated


def _write_rows(shop_id: int, rows: list[dict]) -> tuple[int, int]:
    """Create and update the products of an import's rows; (created, updated).

    Only the columns that change are written, grouped so that there is one UPDATE per set of
    columns: a stock the file leaves blank keeps what the orders placed meanwhile left.
    """
    existing = products_by_reference(shop_id, (row.get("reference") for row in rows))
    now = timezone.now()
    new: list[Product] = []
    groups: dict[tuple[str, ...], list[Product]] = {}
    for row in rows:
        product = existing.get(row.get("reference", ""))
        if product is None:
            new.append(
                Product(shop_id=shop_id, reference=row.get("reference", ""), **product_values(row))
            )
            continue
        changed = changes(product, row)
        if not changed:
            continue
        for name, value in changed.items():
            setattr(product, name, value)
        product.updated_at = now
        groups.setdefault(tuple(sorted(changed)), []).append(product)
    Product.objects.bulk_create(new, batch_size=500)
    for fields, products in groups.items():
        Product.objects.bulk_update(products, [*fields, "updated_at"], batch_size=500)
    return len(new), sum(len(products) for products in groups.values())


def discard_import(catalogue_import: CatalogueImport) -> bool:
    """Drop a pending import; its rows are not kept. False if it was already decided."""
    discarded = CatalogueImport.objects.filter(
        pk=catalogue_import.pk, state=CatalogueImport.State.PENDING
    ).update(state=CatalogueImport.State.DISCARDED, rows=[])
    if discarded:
        catalogue_import.state = CatalogueImport.State.DISCARDED
        catalogue_import.rows = []
    return bool(discarded)
