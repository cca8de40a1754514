"""Reads of a shop's catalogue: its products, its rayons, what to suggest when typing one.

Every function takes the shop, never a product id alone: views look products up through
``products_of(shop)``, so an owner can only ever reach her own (another's is a 404).
"""

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from core.formatting import french_sort_key
from storefront_builder.catalogue.importing import changes
from storefront_builder.catalogue.values import plain
from storefront_builder.models import CatalogueImport, Product, ShopCategory
from storefront_builder.selectors import by_rayon

#: The thumbnail of the owner's product list; its renditions are fetched with the products.
THUMBNAIL = "fill-80x80"

#: Rayons proposed while typing, per kind of shop, after the ones the shop already uses.
SUGGESTIONS = {
    ShopCategory.BAKERY: [
        _("Pains"),
        _("Viennoiseries"),
        _("Pâtisseries"),
        _("Traiteur"),
        _("Boissons"),
    ],
    ShopCategory.BUTCHER: [
        _("Bœuf"),
        _("Veau"),
        _("Porc"),
        _("Volaille"),
        _("Agneau"),
        _("Charcuterie"),
        _("Traiteur"),
    ],
    ShopCategory.CHEESE: [
        _("Fromages"),
        _("Crèmerie"),
        _("Beurres"),
        _("Œufs"),
        _("Épicerie fine"),
    ],
    ShopCategory.GROCERY: [
        _("Fruits"),
        _("Légumes"),
        _("Épicerie"),
        _("Vrac"),
        _("Boissons"),
        _("Produits frais"),
    ],
    ShopCategory.WINE: [
        _("Vins rouges"),
        _("Vins blancs"),
        _("Rosés"),
        _("Champagnes"),
        _("Bières"),
        _("Spiritueux"),
    ],
    ShopCategory.BOOKSHOP: [
        _("Romans"),
        _("BD"),
        _("Jeunesse"),
        _("Essais"),
        _("Beaux livres"),
        _("Papeterie"),
    ],
    ShopCategory.FLORIST: [
        _("Bouquets"),
        _("Plantes"),
        _("Compositions"),
        _("Deuil"),
        _("Mariage"),
    ],
    ShopCategory.CLOTHING: [_("Femme"), _("Homme"), _("Enfant"), _("Chaussures"), _("Accessoires")],
    ShopCategory.GIFTS: [_("Décoration"), _("Vaisselle"), _("Bijoux"), _("Papeterie"), _("Cartes")],
    ShopCategory.BEAUTY: [
        _("Soins du visage"),
        _("Soins du corps"),
        _("Maquillage"),
        _("Parfums"),
        _("Coffrets"),
    ],
    ShopCategory.HARDWARE: [
        _("Outillage"),
        _("Quincaillerie"),
        _("Jardin"),
        _("Peinture"),
        _("Électricité"),
    ],
    ShopCategory.OTHER: [_("Nouveautés"), _("Meilleures ventes"), _("Promotions")],
}


def products_of(shop) -> QuerySet[Product]:
    """All the shop's products, visible or not, by rayon then position and name."""
    return Product.objects.filter(shop=shop)


def search_products(shop, query: str = "") -> QuerySet[Product]:
    """The owner's list: products whose name contains ``query``, with their thumbnails.

    The photo and its renditions come in two prefetch queries, however many products.
    """
    products = by_rayon(products_of(shop), ["", *categories_of(shop)])
    if query:
        products = products.filter(name__icontains=query)
    photos = get_image_model().objects.prefetch_renditions(THUMBNAIL)
    return products.prefetch_related(Prefetch("photo", queryset=photos))


def products_by_ids(shop, ids) -> list[Product]:
    """The shop's products among ``ids`` (another shop's ids find nothing), as listed."""
    return list(search_products(shop).filter(pk__in=ids))


def product_of(shop, pk: int, *, with_photo: bool = False) -> Product:
    """One of the shop's products; 404 for another shop's."""
    products = products_of(shop).select_related("photo") if with_photo else products_of(shop)
    return get_object_or_404(products, pk=pk)


def products_by_reference(shop, references) -> dict[str, Product]:
    """The shop's products that have one of ``references``, by reference, in one query."""
    wanted = {reference for reference in references if reference}
    if not wanted:
        return {}
    return {
        product.reference: product for product in products_of(shop).filter(reference__in=wanted)
    }


def holder_of_reference(shop, reference: str, *, product: Product | None = None) -> str | None:
    """The name of the shop's other product (than ``product``) with this reference, if any."""
    if not reference:
        return None
    others = products_of(shop).filter(reference=reference)
    if product is not None and product.pk:
        others = others.exclude(pk=product.pk)
    return others.values_list("name", flat=True).first()


#: What applying an import would do to each of its rows (see ``import_plan``).
CREATE, UPDATE, SAME = "create", "update", "same"


def import_plan(shop, rows: list[dict]) -> list[str]:
    """For each good row of an import, as things stand: CREATE a product, UPDATE the one
    with its reference, or nothing to change (SAME). One query, however many rows."""
    existing = products_by_reference(shop, (row.get("reference") for row in rows))
    plan = []
    for row in rows:
        product = existing.get(row.get("reference", ""))
        if product is None:
            plan.append(CREATE)
        else:
            plan.append(UPDATE if changes(product, row) else SAME)
    return plan


def categories_of(shop) -> list[str]:
    """The rayons the shop's products use, in French alphabetical order."""
    names = (
        products_of(shop)
        .exclude(category="")
        .order_by()
        .values_list("category", flat=True)
        .distinct()
    )
    return sorted(names, key=french_sort_key)


def suggested_categories(shop) -> list[str]:
    """What the rayon field proposes: the shop's own rayons, then those usual for its kind.

    A suggestion that differs from a used rayon only by case or accents is left out, so the
    owner is not tempted into "Pains" and "pains" side by side.
    """
    used = categories_of(shop)
    seen = {plain(name) for name in used}
    suggestions = [str(name) for name in SUGGESTIONS.get(shop.category, [])]
    extra = [name for name in suggestions if plain(name) not in seen]
    return used + extra


def imports_of(shop) -> QuerySet[CatalogueImport]:
    return CatalogueImport.objects.filter(shop=shop).order_by("-created_at", "-pk")


def pending_imports(shop, limit: int = 5) -> list[CatalogueImport]:
    """The newest files read but neither applied nor discarded yet."""
    return list(imports_of(shop).filter(state=CatalogueImport.State.PENDING)[:limit])


def import_of(shop, pk: int) -> CatalogueImport:
    """One of the shop's imports; 404 for another shop's."""
    return get_object_or_404(imports_of(shop), pk=pk)
