"""The storefront wizard under /ma-boutique/: one page per step, each saving on submit.

The shop is always the signed-in owner's own (``shop_of(request.user)``): no URL names a
shop, so no owner can reach another's. Until the identity step has created the shop, the
other steps send her there. Every step page shows the live preview next to its form; a
successful save redirects, which reloads the page and with it the preview.
"""

import copy

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_http_methods, require_POST

from accounts.decorators import role_required
from accounts.roles import Role
from core import confirm
from onboarding.profile.selectors import business_of
from storefront_builder.decorators import owner_shop
from storefront_builder.images import ImageRefused
from storefront_builder.palettes import PALETTES, palette
from storefront_builder.selectors import opening_ranges, pickup_ranges, shop_of
from storefront_builder.wizard import services
from storefront_builder.wizard.forms import (
    WEEKDAYS,
    BrandingForm,
    IdentityForm,
    OpeningHoursForm,
    PickupForm,
)
from storefront_builder.wizard.selectors import (
    missing_for_publication,
    next_step,
    preview_catalogue,
    preview_shop,
    progress,
    step_url,
    wizard_state,
)


def _render(request, template: str, shop, step: str, context: dict, status: int = 200):
    steps = wizard_state(shop)  # its facts are read once and kept on the shop for the others
    context = {
        "shop": shop,
        "steps": steps,
        "step": step,
        "steps_done": sum(item.done for item in steps),
        "progress": progress(shop),
        "next_step": next_step(shop),
        **context,
    }
    return render(request, template, context, status=status)


def _refused(request, template, shop, step, context):
    """400 so that tests, monitoring and assistive tools see a refused submission."""
    return _render(request, template, shop, step, context, status=400)


def _saved(request, message: str, next_key: str):
    messages.success(request, message)
    return redirect(step_url(next_key))


@role_required(Role.OWNER)
def overview(request):
    """Where the owner stands: steps done, the next one, the preview, online or not."""
    shop = shop_of(request.user)
    return _render(request, "shops/wizard/overview.html", shop, "overview", {})


def _identity_context(form) -> dict:
    """The form, and the map's tiles (settings.MAP_TILES_URL) for placing the shop."""
    return {
        "form": form,
        "map_tiles_url": settings.MAP_TILES_URL,
        "map_attribution": settings.MAP_TILES_ATTRIBUTION,
    }


@role_required(Role.OWNER)
@require_http_methods(["GET", "POST"])
def identity(request):
    shop = shop_of(request.user)
    template = "shops/wizard/identity.html"
    if request.method == "GET":
        initial = {}
        if shop is None:
            business = business_of(request.user)
            if business is not None:
                initial = {
                    "name": business.trade_name,
                    "postcode": business.postcode,
                    "commune": business.commune,
                }
        form = IdentityForm(instance=shop, initial=initial)
        return _render(request, template, shop, "identity", _identity_context(form))

    # A copy, also the one saved: a refused form (or an address taken at the last moment)
    # must not leave typed values on the shop the page shows.
    form = IdentityForm(request.POST, instance=copy.copy(shop) if shop else None)
    if form.is_valid():
        try:
            services.save_identity(request.user, form.instance if shop else None, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _saved(request, _("L'identité de votre boutique est enregistrée."), "branding")
    return _refused(request, template, shop, "identity", _identity_context(form))


def _palette_options(form):
    """The palette radios with their colours, for swatches in the template."""
    return [(PALETTES[radio.data["value"]], radio) for radio in form["palette"]]


@owner_shop
@require_http_methods(["GET", "POST"])
def branding(request, shop):
    template = "shops/wizard/branding.html"
    if request.method == "GET":
        form = BrandingForm(initial={"palette": palette(shop.palette).key})
        context = {"form": form, "palettes": _palette_options(form)}
        return _render(request, template, shop, "branding", context)

    form = BrandingForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.save_branding(
                shop,
                palette=data["palette"],
                logo=data["logo"],
                cover=data["cover"],
                remove_logo=data["remove_logo"],
                remove_cover=data["remove_cover"],
            )
        except ImageRefused as refused:
            form.add_error(None, str(refused))
        else:
            return _saved(request, _("L'apparence de votre boutique est enregistrée."), "hours")
    context = {"form": form, "palettes": _palette_options(form)}
    return _refused(request, template, shop, "branding", context)


@owner_shop
@require_http_methods(["GET", "POST"])
def hours(request, shop):
    template = "shops/wizard/hours.html"
    if request.method == "GET":
        form = OpeningHoursForm(initial=OpeningHoursForm.initial_for(opening_ranges(shop)))
        return _render(request, template, shop, "hours", {"form": form})

    form = OpeningHoursForm(request.POST)
    if form.is_valid():
        services.save_opening_hours(shop, form.ranges())
        return _saved(request, _("Vos horaires d'ouverture sont enregistrés."), "pickup")
    return _refused(request, template, shop, "hours", {"form": form})


@owner_shop
@require_http_methods(["GET", "POST"])
def pickup(request, shop):
    """Pickup windows and slot rules; ``?copier=horaires`` pre-fills the opening hours."""
    template = "shops/wizard/pickup.html"
    if request.method == "GET":
        copied = request.GET.get("copier") == "horaires"
        days = opening_ranges(shop) if copied else pickup_ranges(shop)
        initial = PickupForm.initial_for(days)
        initial.update({name: getattr(shop, name) for name in PickupForm.settings_fields})
        form = PickupForm(initial=initial)
        context = {"form": form, "copied": copied}
        return _render(request, template, shop, "pickup", context)

    form = PickupForm(request.POST)
    if form.is_valid():
        services.save_pickup(shop, form.ranges(), form.settings())
        return _saved(request, _("Le retrait des commandes est organisé."), "payment")
    return _refused(request, template, shop, "pickup", {"form": form, "copied": False})


@owner_shop
@require_http_methods(["GET", "POST"])
def payment(request, shop):
    """Pay at pickup is the only mode for now: the step explains it and records the choice."""
    if request.method == "POST":
        services.confirm_payment(shop)
        return _saved(request, _("Le paiement au retrait est confirmé."), "catalogue")
    return _render(request, "shops/wizard/payment.html", shop, "payment", {})


@owner_shop
@require_http_methods(["GET", "POST"])
def publish(request, shop):
    """The checklist; publication is refused, with its reasons, until nothing is missing."""
    template = "shops/wizard/publish.html"
    if request.method == "POST":
        try:
            services.publish(shop)
        except ValidationError as error:
            context = {"missing": error.messages, "refused": True}
            return _refused(request, template, shop, "publish", context)
        messages.success(request, _("Votre boutique est en ligne !"))
        return redirect("shops:wizard")
    context = {"missing": missing_for_publication(shop), "refused": False}
    return _render(request, template, shop, "publish", context)


@owner_shop
@require_POST
def unpublish(request, shop):
    """Takes the shop offline once confirmed: customers lose it at once."""
    if not confirm.confirmed(request):
        error = _("Votre boutique est toujours en ligne : confirmez son retrait ci-dessous.")
        context = {"missing": [], "refused": False, "confirm_error": error}
        return _refused(request, "shops/wizard/publish.html", shop, "publish", context)
    services.unpublish(shop)
    messages.success(
        request,
        _("Votre boutique n'est plus en ligne. Vous pouvez la republier quand vous voulez."),
    )
    return redirect("shops:wizard_publish")


@role_required(Role.OWNER)
@xframe_options_sameorigin
def preview(request):
    """The shop as the public will see it, even unpublished; shown in the wizard's frame."""
    shop = preview_shop(request.user)
    if shop is None:
        return redirect("shops:wizard_identity")
    opening, windows = opening_ranges(shop), pickup_ranges(shop)
    context = {
        "shop": shop,
        "palette": palette(shop.palette),
        "opening_hours": [(WEEKDAYS[day], ranges) for day, ranges in opening],
        "pickup_windows": [(WEEKDAYS[day], ranges) for day, ranges in windows if ranges],
        "catalogue": preview_catalogue(shop),
    }
    return render(request, "shops/wizard/preview.html", context)
