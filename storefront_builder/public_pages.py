"""Which stored copies of the public shop pages a write makes stale (core.page_cache).

The storefront and the directory are stored once for every anonymous visitor: a stale copy
would sell at an old price, or offer a pickup that is full. Each storefront is stored under the
scope ``shop:<id>``, the directory under ``shops``; every write that shows on them changes the
scope's version, inside its transaction.

Model saves and deletes reach here through signals (``connect_signals``), so the back office,
the wizard, the admin and the shell are all covered. Writes that send no signal call
``storefront_changed`` themselves: the conditional UPDATEs of ordering (a slot filling up, the
stock going down), bulk edits and imports of products, the slots the worker makes, the erasure
of an account's shops.

The edge cache (``core.edge``) forgets paths by prefix: a storefront's change purges its own
address, a change the directory shows purges ``/boutiques/`` and so every storefront below it.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import reverse

from core.page_cache import invalidate_scope

#: The directory's scope: what any published shop shows of itself in the list.
SHOPS_SCOPE = "shops"
#: The list of networks: their names and how many members are online.
NETWORKS_SCOPE = "networks"


def shop_scope(shop_id: int) -> str:
    return f"shop:{shop_id}"


def network_scope(network_id: int) -> str:
    return f"network:{network_id}"


def _slug_of(shop_or_id) -> str | None:
    from storefront_builder.models import Shop

    if isinstance(shop_or_id, Shop):
        return shop_or_id.slug
    return Shop.objects.filter(pk=shop_or_id).values_list("slug", flat=True).first()


def storefront_changed(shop_or_id) -> None:
    """Something one storefront shows changed (a product, a slot, a closure)."""
    shop_id = getattr(shop_or_id, "pk", shop_or_id)
    slug = _slug_of(shop_or_id)
    paths = [reverse("shops:storefront", args=[slug])] if slug else []
    invalidate_scope(shop_scope(shop_id), paths=paths)


def shops_changed(shop_ids) -> None:
    """The shops themselves changed (name, address, palette, status…): their storefronts and
    the directory. The directory's path covers every storefront at the edge, whatever the
    shops' addresses were before the change."""
    directory = [reverse("shops:directory"), reverse("shops:networks")]
    for shop_id in shop_ids:
        invalidate_scope(shop_scope(shop_id), paths=directory)
    invalidate_scope(SHOPS_SCOPE, paths=directory)


def networks_changed(network_ids, shop_ids=()) -> None:
    """A network or its members changed: its page, the list of networks, and the storefronts
    of the shops that joined or left (they name their networks). Network pages also keep the
    directory's scope, so that a member renamed or taken offline shows at once."""
    paths = [reverse("shops:networks")]
    for network_id in network_ids:
        invalidate_scope(network_scope(network_id), paths=paths)
    invalidate_scope(NETWORKS_SCOPE, paths=paths)
    for shop_id in shop_ids:
        storefront_changed(shop_id)


# --- Signals ------------------------------------------------------------------------------------


def _shop_saved(sender, instance, **_kwargs) -> None:
    shops_changed([instance.pk])


def _shop_part_changed(sender, instance, **_kwargs) -> None:
    """A product, slot or closure saved or deleted (the shop's address is read unless the
    instance already holds its shop)."""
    storefront_changed(instance.shop if sender.shop.is_cached(instance) else instance.shop_id)


def _image_changed(sender, instance, created=False, **_kwargs) -> None:
    """A photo, logo or cover edited (focal point, file) or about to be deleted: deleting sets
    the shops' and products' links to NULL by an UPDATE that sends no signal of its own. A new
    image shows nowhere yet (its shop or product is saved afterwards)."""
    if created:
        return
    from django.db.models import Q

    from storefront_builder.models import Product, Shop

    shop_ids = set(
        Shop.objects.filter(Q(logo=instance) | Q(cover=instance)).values_list("pk", flat=True)
    )
    if shop_ids:
        shops_changed(shop_ids)
    for shop_id in set(
        Product.objects.filter(photo=instance).values_list("shop_id", flat=True).distinct()
    ):
        storefront_changed(shop_id)


def connect_signals() -> None:
    """Called from ShopsConfig.ready."""
    from wagtail.images import get_image_model

    from storefront_builder.models import Product, Shop, ShopClosure, Slot

    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(_shop_saved, sender=Shop, dispatch_uid=f"shops-pages-shop-{name}")
        # Opening hours and pickup windows are only written by the wizard, which saves the
        # shop with them (``storefront_builder.wizard.services``).
        for model in (Product, Slot, ShopClosure):
            signal.connect(
                _shop_part_changed,
                sender=model,
                dispatch_uid=f"shops-pages-{model._meta.model_name}-{name}",
            )
    image = get_image_model()
    post_save.connect(_image_changed, sender=image, dispatch_uid="shops-pages-image-saved")
    pre_delete.connect(_image_changed, sender=image, dispatch_uid="shops-pages-image-deleted")
