"""Where a public search looks from, as the visitor asked it: « Autour de moi » (her browser's
position), « près de <commune> », the radius, and the map of the shops listed.

One reader for the directory, the product search and the network pages, so that the same
address asks the same thing everywhere and is refused with the same French message.
"""

import math
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from core.places.geo import in_france
from core.search import search_query
from storefront_builder.storefront import nearby

NEAR_COMMUNE_MAX = 120  # as long as a shop's commune may be


def _text(params, name: str, limit: int) -> str:
    return params.get(name, "").strip()[:limit]


@dataclass(frozen=True)
class Near:
    """The directory's « près de » as asked: the point searched from (None for the usual list),
    what to call it, and the French message for a position or commune that cannot be used."""

    point: nearby.Point | None = None
    commune: str = ""
    error: str = ""
    bad_input: bool = False


def _position(params) -> Near:
    """« Autour de moi »: the browser's position, sent by the page's script as ``lat`` and
    ``lon``. Anything but two finite numbers in France is refused with a message."""
    raw_lat, raw_lon = _text(params, "lat", 20), _text(params, "lon", 20)
    try:
        point = nearby.Point(float(raw_lat), float(raw_lon))
    except ValueError:
        point = None
    if point is None or not all(map(math.isfinite, (point.latitude, point.longitude))):
        return Near(
            error=_(
                "Position illisible : voici toutes les boutiques. Réessayez « Autour de moi »."
            ),
            bad_input=True,
        )
    if not in_france(point.latitude, point.longitude):
        return Near(
            error=_(
                "Cette position est hors de France : voici toutes les boutiques. "
                "Cherchez plutôt près d'une commune."
            ),
            bad_input=True,
        )
    return Near(point=point)


def read_near(params) -> Near:
    """A commune typed in « près de » wins over a position kept from an earlier search (the
    page's script empties the field when she asks for her own position)."""
    commune = search_query(params.get("pres", ""), limit=NEAR_COMMUNE_MAX)
    if commune:
        centre = nearby.commune_centre(commune)
        if centre is None:
            return Near(
                commune=commune,
                error=_(
                    "Aucune boutique n'est encore placée sur la carte à « %(commune)s » : "
                    "voici toutes les boutiques."
                )
                % {"commune": commune},
            )
        return Near(point=centre.point, commune=commune)
    if params.get("lat") or params.get("lon"):
        return _position(params)
    return Near()


def read_radius(params) -> int:
    """One of ``nearby.RADII_M``; anything else (only a hand-made address sends it) is the
    default radius."""
    raw = _text(params, "distance", 6)
    return int(raw) if raw.isdigit() and int(raw) in nearby.RADII_M else nearby.DEFAULT_RADIUS_M


def map_places(shops, near: Near, radius_m: int) -> dict:
    """What the map shows (``json_script``): a marker per listed shop that has a position, and
    the circle searched, if any."""
    markers = [
        {
            "name": shop.name,
            "url": reverse("shops:storefront", args=[shop.slug]),
            "lat": float(shop.latitude),
            "lon": float(shop.longitude),
            "away": getattr(shop, "away", ""),
        }
        for shop in shops
        if shop.latitude is not None and shop.longitude is not None
    ]
    centre = None
    if near.point is not None:
        centre = {"lat": near.point.latitude, "lon": near.point.longitude, "radius": radius_m}
    return {"markers": markers, "centre": centre}
