"""Writes of the storefront wizard: each step saves what it cleaned, and says it was done.

The views only call these functions with cleaned data and the owner's own shop (found from
``request.user``, never from the URL), so no function here needs to check who is asking.
A week of hours is replaced as a whole in one transaction: a reader sees the old week or the
new one, never half of each.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.formatting import elide_de
from onboarding.profile.selectors import business_of
from storefront_builder.images import image_from_upload
from storefront_builder.models import OpeningHours, PickupWindow, Shop, ShopStatus
from storefront_builder.sanitise import render_description
from storefront_builder.tasks import extend_slots
from storefront_builder.wizard.identity import IDENTITY_FIELDS, POSITION_FIELDS
from storefront_builder.wizard.selectors import forget_facts, missing_for_publication


def _make_slots_after_commit(shop: Shop) -> None:
    """A published shop's slots follow its pickup settings: the worker makes them."""
    if shop.is_published:
        transaction.on_commit(lambda: extend_slots.enqueue(shop_id=shop.pk))


def _mark_done(shop: Shop, key: str) -> list[str]:
    steps = list(shop.completed_steps or [])
    if key not in steps:
        steps.append(key)
    shop.completed_steps = steps
    return ["completed_steps", "updated_at"]


def save_identity(user, shop: Shop | None, data: dict) -> Shop:
    """Create the shop on the first save, update it afterwards; the description is rendered.

    ``data`` comes from IdentityForm: the commune in its official spelling, the position
    (both coordinates or neither) checked to be in France.

    Two owners can ask for the same free address at the same moment: the unique constraint
    decides, and the loser gets a message about the address instead of an error page.
    """
    if shop is None:
        shop = Shop(owner=user, business=business_of(user))
    for name in (*IDENTITY_FIELDS, *POSITION_FIELDS):
        setattr(shop, name, data[name])
    shop.description_html = render_description(shop.description)
    _mark_done(shop, "identity")
    try:
        with transaction.atomic():
            shop.save()
    except IntegrityError as error:
        raise ValidationError(
            {
                "slug": _(
                    "Cette adresse vient d'être prise par une autre boutique : "
                    "choisissez-en une autre."
                )
            }
        ) from error
    return shop


def save_branding(
    shop: Shop,
    *,
    palette: str,
    logo=None,
    cover=None,
    remove_logo: bool = False,
    remove_cover: bool = False,
) -> Shop:
    """New images replace the old ones (Wagtail keeps the files); empty fields keep them."""
    shop.palette = palette
    if logo:
        title = elide_de(_("Logo de %(shop)s") % {"shop": shop.name}, shop.name)
        shop.logo = image_from_upload(logo, title=title)
    elif remove_logo:
        shop.logo = None
    if cover:
        shop.cover = image_from_upload(
            cover, title=_("Couverture de %(shop)s") % {"shop": shop.name}
        )
    elif remove_cover:
        shop.cover = None
    fields = ["palette", "logo", "cover", *_mark_done(shop, "branding")]
    shop.save(update_fields=fields)
    return shop


@transaction.atomic
def save_opening_hours(shop: Shop, ranges: list[tuple]) -> Shop:
    """Replace the week of opening hours with ``ranges``: (weekday, opens, closes)."""
    OpeningHours.objects.filter(shop=shop).delete()
    OpeningHours.objects.bulk_create(
        OpeningHours(shop=shop, weekday=day, opens=opens, closes=closes)
        for day, opens, closes in ranges
    )
    shop.save(update_fields=_mark_done(shop, "hours"))
    forget_facts(shop)
    return shop


@transaction.atomic
def save_pickup(shop: Shop, ranges: list[tuple], settings: dict) -> Shop:
    """Replace the pickup windows and save the slot settings.

    Slots already made for orders keep their times and capacity: changing the rules applies
    to the slots offered from now on, and never moves an order a customer already placed.
    """
    PickupWindow.objects.filter(shop=shop).delete()
    PickupWindow.objects.bulk_create(
        PickupWindow(shop=shop, weekday=day, starts=starts, ends=ends)
        for day, starts, ends in ranges
    )
    for name, value in settings.items():
        setattr(shop, name, value)
    shop.save(update_fields=[*settings, *_mark_done(shop, "pickup")])
    forget_facts(shop)
    _make_slots_after_commit(shop)
    return shop


def confirm_payment(shop: Shop) -> Shop:
    """Payment at pickup, the only mode for now; the owner has read how it works."""
    shop.pay_at_pickup = True
    shop.save(update_fields=["pay_at_pickup", *_mark_done(shop, "payment")])
    return shop


def publish(shop: Shop) -> Shop:
    """Put the shop online, or raise ValidationError listing what is missing, in French."""
    missing = missing_for_publication(shop)
    if missing:
        raise ValidationError(missing)
    if not shop.is_published:
        shop.status = ShopStatus.PUBLISHED
        shop.published_at = timezone.now()
        shop.save(update_fields=["status", "published_at", "updated_at"])
        _make_slots_after_commit(shop)
    return shop


def unpublish(shop: Shop) -> Shop:
    """Take the shop offline; its data and orders stay, it can be published again."""
    if shop.is_published:
        shop.status = ShopStatus.DRAFT
        shop.save(update_fields=["status", "updated_at"])
    return shop
