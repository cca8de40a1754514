"""How many orders one client may place without an account: per shop and over all shops.

Anyone may order without signing in, so without a limit a script could book every pickup slot
of a shop with made-up names. Each client (her address, read as ``TRUSTED_PROXY_COUNT`` says)
may place ``CHECKOUT_RATE_LIMITS["shop"]`` orders an hour in one shop and ``["site"]`` over all
shops. Only orders placed count: a hit is taken just before placing and given back when the
order is refused (slot just full, stock gone), and a form with mistakes never gets that far. The
hit is taken *before* placing, not after, so that parallel requests cannot all pass the check
and then all place.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import ratelimit


def _limits(shop) -> dict[str, tuple[int, int]]:
    limits = settings.CHECKOUT_RATE_LIMITS
    return {f"checkout-shop-{shop.pk}": limits["shop"], "checkout": limits["site"]}


def checkout_take(request, shop) -> ratelimit.Taken | None:
    """Room for one more order from this client, or ``None`` when she placed her share."""
    return ratelimit.take(request, _limits(shop))


def checkout_retry_after(shop) -> int:
    """Seconds until she may order again (the ``Retry-After`` header)."""
    return ratelimit.retry_after(_limits(shop))


def checkout_refusal(shop) -> str:
    """What the checkout says instead of placing the order, in the visitor's language."""
    minutes = max(1, round(checkout_retry_after(shop) / 60))
    wait = ngettext(
        "Réessayez dans %(minutes)s minute", "Réessayez dans %(minutes)s minutes", minutes
    ) % {"minutes": minutes}
    return _(
        "Beaucoup de commandes ont été passées depuis votre connexion en peu de temps : pour "
        "que chaque client trouve un créneau, cette commande n'a pas été enregistrée. "
        "%(wait)s ou appelez la boutique au %(phone)s. Votre panier et vos coordonnées sont "
        "conservés."
    ) % {"wait": wait, "phone": shop.phone}
