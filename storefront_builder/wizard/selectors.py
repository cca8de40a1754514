"""Reads for the storefront wizard: which steps are done, and what stops publication.

Done-ness follows the data wherever it can (pickup windows exist, a product is visible), so
that a shop changed elsewhere, in the catalogue or the back office, is judged as it is now.
``shop.completed_steps`` only serves the steps that have no data of their own to show for it
(appearance and payment have defaults: saving the step is what says "I have seen this").

All the facts come from one query (``_facts``), kept on the shop instance for the request.
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from storefront_builder.models import OpeningHours, PickupWindow, Product, Shop
from storefront_builder.selectors import by_rayon
from storefront_builder.wizard.identity import IDENTITY_FIELDS

STEP_KEYS = ("identity", "branding", "hours", "pickup", "payment", "catalogue", "publish")

_STEP_URLS = {
    "identity": "shops:wizard_identity",
    "branding": "shops:wizard_branding",
    "hours": "shops:wizard_hours",
    "pickup": "shops:wizard_pickup",
    "payment": "shops:wizard_payment",
    "catalogue": "shops:products",
    "publish": "shops:wizard_publish",
}

#: The identity fields a shop must fill before going online (the description is optional).
REQUIRED_IDENTITY_FIELDS = tuple(name for name in IDENTITY_FIELDS if name != "description")


@dataclass(frozen=True)
class WizardStep:
    key: str
    title: str
    url: str
    done: bool
    number: int


def step_url(key: str) -> str:
    return reverse(_STEP_URLS[key])


def _titles() -> dict[str, str]:
    return {
        "identity": _("Identité"),
        "branding": _("Apparence"),
        "hours": _("Horaires d'ouverture"),
        "pickup": _("Retrait des commandes"),
        "payment": _("Paiement"),
        "catalogue": _("Produits"),
        "publish": _("Mise en ligne"),
    }


@dataclass(frozen=True)
class _Facts:
    has_hours: bool
    has_pickup_windows: bool
    has_visible_product: bool


def _facts(shop: Shop) -> _Facts:
    """What the other tables say about the shop, in one query, cached on the instance."""
    cached = getattr(shop, "_wizard_facts", None)
    if cached is not None:
        return cached
    row = (
        Shop.objects.filter(pk=shop.pk)
        .annotate(
            has_hours=Exists(OpeningHours.objects.filter(shop=OuterRef("pk"))),
            has_pickup_windows=Exists(PickupWindow.objects.filter(shop=OuterRef("pk"))),
            has_visible_product=Exists(Product.objects.filter(shop=OuterRef("pk"), visible=True)),
        )
        .values("has_hours", "has_pickup_windows", "has_visible_product")
        .first()
    ) or {"has_hours": False, "has_pickup_windows": False, "has_visible_product": False}
    facts = _Facts(**row)
    shop._wizard_facts = facts
    return facts


def forget_facts(shop: Shop) -> None:
    """After a write in the same request, so that the next read sees it."""
    shop.__dict__.pop("_wizard_facts", None)


def identity_complete(shop: Shop | None) -> bool:
    return (
        shop is not None
        and shop.pk is not None
        and all(getattr(shop, name) for name in REQUIRED_IDENTITY_FIELDS)
    )


def _done(shop: Shop | None) -> dict[str, bool]:
    if shop is None or shop.pk is None:
        return dict.fromkeys(STEP_KEYS, False)
    facts = _facts(shop)
    completed = set(shop.completed_steps or [])
    return {
        "identity": identity_complete(shop),
        "branding": "branding" in completed or bool(shop.logo_id or shop.cover_id),
        "hours": facts.has_hours,
        "pickup": facts.has_pickup_windows,
        "payment": "payment" in completed and shop.pay_at_pickup,
        "catalogue": facts.has_visible_product,
        "publish": shop.is_published,
    }


def wizard_state(shop: Shop | None) -> list[WizardStep]:
    """The wizard's steps in order, each with its title, URL and whether it is done."""
    titles, done = _titles(), _done(shop)
    return [
        WizardStep(key, titles[key], step_url(key), done[key], number)
        for number, key in enumerate(STEP_KEYS, start=1)
    ]


def progress(shop: Shop | None) -> int:
    """Percentage of the wizard's steps done, 0 to 100; every step counts, appearance too."""
    steps = wizard_state(shop)
    return round(100 * sum(step.done for step in steps) / len(steps))


def next_step(shop: Shop | None) -> WizardStep | None:
    """The first step not done yet, or None when everything is."""
    return next((step for step in wizard_state(shop) if not step.done), None)


def missing_for_publication(shop: Shop | None) -> list[str]:
    """What still stops the shop from going online, in French, in the wizard's order."""
    if shop is None or shop.pk is None:
        return [_("Renseignez l'identité de la boutique : nom, adresse, téléphone.")]
    done = _done(shop)
    reasons = []
    if not done["identity"]:
        reasons.append(_("Renseignez l'identité de la boutique : nom, adresse, téléphone."))
    if not done["hours"]:
        reasons.append(_("Indiquez vos horaires d'ouverture."))
    if not done["pickup"]:
        reasons.append(_("Indiquez au moins une plage horaire de retrait des commandes."))
    if not done["payment"]:
        reasons.append(_("Confirmez le mode de paiement (paiement au retrait)."))
    if not done["catalogue"]:
        reasons.append(_("Ajoutez au moins un produit visible à votre catalogue."))
    return reasons


def preview_shop(user) -> Shop | None:
    """The owner's shop with what its preview shows, in a constant number of queries."""
    return (
        Shop.objects.filter(owner=user)
        .select_related("logo", "cover")
        .prefetch_related("opening_hours", "pickup_windows")
        .order_by("pk")
        .first()
    )


#: How many products the preview shows: the storefront's first ones, enough to judge the look.
PREVIEW_PRODUCTS = 12
PREVIEW_PHOTO = "fill-400x300"


@dataclass(frozen=True)
class PreviewCatalogue:
    """The first visible products as the storefront lists them, and how many are visible."""

    products: list
    total: int


def preview_catalogue(shop: Shop) -> PreviewCatalogue:
    """The storefront's first products (rayons in French order, then position and name),
    photos and their renditions prefetched: five queries however large the catalogue."""
    visible = Product.objects.filter(shop=shop, visible=True)
    rayons = list(visible.order_by().values_list("category", flat=True).distinct())
    photos = get_image_model().objects.prefetch_renditions(PREVIEW_PHOTO)
    products = list(
        by_rayon(visible, rayons).prefetch_related(Prefetch("photo", queryset=photos))[
            :PREVIEW_PRODUCTS
        ]
    )
    return PreviewCatalogue(products=products, total=visible.count())
