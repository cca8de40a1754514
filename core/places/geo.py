"""Where France is, to refuse a shop placed elsewhere by a slip of the finger on the map.

Bounding boxes, not borders: a pin a few kilometres over the Spanish or Belgian border passes,
one in London or in the sea off Africa does not. That is what the check is for; the merchant
sees her pin on the map and puts it on her shop.
"""

from decimal import Decimal

#: (south, west, north, east) in degrees, WGS 84.
FRANCE_AREAS = {
    "metropole": (41.3, -5.3, 51.15, 9.6),  # with Corsica and the islands off Brittany
    "guadeloupe": (15.8, -61.85, 16.55, -60.95),
    "martinique": (14.35, -61.25, 14.9, -60.8),
    "guyane": (2.1, -54.65, 5.8, -51.6),
    "la-reunion": (-21.4, 55.2, -20.85, 55.85),
    "mayotte": (-13.05, 44.95, -12.6, 45.35),
}


def in_france(latitude: float | Decimal, longitude: float | Decimal) -> bool:
    """Whether a position is in metropolitan France or one of the five overseas départements."""
    lat, lon = float(latitude), float(longitude)
    return any(
        south <= lat <= north and west <= lon <= east
        for south, west, north, east in FRANCE_AREAS.values()
    )
