"""Distances on the Earth: a box to narrow a search, the exact great-circle distance in SQL, and
the distance written for people (« à 350 m », « à 1,2 km »).

Why not PostGIS: a shop directory searches a few kilometres around a point among thousands of
shops, not millions, and the same code must run on SQLite (the tests, a laptop) and PostgreSQL.
A box on latitude and longitude uses a plain index on both columns to keep a few dozen rows;
the haversine formula, written with Django's math functions, then gives each of them its exact
distance, and the database sorts by it. Both work on any backend Django supports.

The Earth is taken as a sphere of mean radius 6 371 km: the error (under 0.5 %) is less than a
step across the street at the distances shown.
"""

import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from django.db.models import F, FloatField, Value
from django.db.models.expressions import Expression
from django.db.models.functions import ASin, Cast, Cos, Least, Power, Radians, Sin, Sqrt
from django.utils.translation import gettext as _

from core.formatting import format_number

EARTH_RADIUS_M = 6_371_000.0
#: Metres in one degree of latitude (and of longitude at the equator).
METRES_PER_DEGREE = EARTH_RADIUS_M * math.pi / 180
_MICRO = Decimal("0.000001")  # the six decimals positions are stored with


@dataclass(frozen=True)
class Box:
    """(south, west, north, east) in degrees, widened outwards to the stored precision, so that
    a point exactly on the circle's edge is never left out by rounding."""

    south: Decimal
    west: Decimal
    north: Decimal
    east: Decimal


def _outwards(value: float, rounding: str) -> Decimal:
    return Decimal(repr(value)).quantize(_MICRO, rounding=rounding)


def bounding_box(latitude: float, longitude: float, radius_m: float) -> Box:
    """A latitude/longitude box holding every point within ``radius_m`` of the point: north
    and south are ``radius_m`` away along the meridian; east and west are measured where a
    degree of longitude is shortest inside the box (its edge nearer the pole), which can only
    widen it a little. Not meant for the poles nor for the 180th meridian: nothing in France
    is near either."""
    latitude, longitude = float(latitude), float(longitude)
    delta_lat = math.degrees(radius_m / EARTH_RADIUS_M)
    widest = min(90.0, abs(latitude) + delta_lat)
    cos_widest = max(math.cos(math.radians(widest)), 1e-9)
    delta_lon = math.degrees(radius_m / (EARTH_RADIUS_M * cos_widest))
    return Box(
        south=_outwards(latitude - delta_lat, ROUND_FLOOR),
        west=_outwards(longitude - delta_lon, ROUND_FLOOR),
        north=_outwards(latitude + delta_lat, ROUND_CEILING),
        east=_outwards(longitude + delta_lon, ROUND_CEILING),
    )


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in metres between two points, in Python: the same formula as
    ``distance_expression``, for tests and for points that are not rows."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    h = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def distance_expression(
    latitude: float, longitude: float, *, lat_field: str = "latitude", lon_field: str = "longitude"
) -> Expression:
    """The distance in metres from the point to each row's position, as a SQL expression
    (haversine). The columns are cast to floating point first: trigonometry on exact decimals
    would mix types, and PostgreSQL has no sine of a numeric. ``Least`` keeps the square root
    at 1 at most, where rounding could otherwise put it a hair above and ``asin`` would fail."""
    phi = math.radians(float(latitude))
    row_phi = Radians(Cast(F(lat_field), FloatField()))
    row_lambda = Radians(Cast(F(lon_field), FloatField()))
    half_dphi = (row_phi - Value(phi)) / Value(2.0)
    half_dlambda = (row_lambda - Value(math.radians(float(longitude)))) / Value(2.0)
    h = Power(Sin(half_dphi), 2) + Value(math.cos(phi)) * Cos(row_phi) * Power(Sin(half_dlambda), 2)
    return Value(2 * EARTH_RADIUS_M) * ASin(Least(Sqrt(h), Value(1.0)), output_field=FloatField())


def rounded_distance(metres: float) -> tuple[float, str]:
    """The distance as it is read: below a kilometre to the nearest 10 m (10 m at least),
    below 10 km to the nearest 100 m, beyond to the kilometre; with its unit."""
    metres = max(0.0, float(metres))
    tens = max(10, int(round(metres / 10)) * 10)
    if tens < 1000:
        return float(tens), "m"
    if metres < 9_950:
        return round(metres / 1000, 1), "km"
    return float(round(metres / 1000)), "km"


def format_distance(metres: float) -> str:
    """« 350 m », « 1,2 km », « 2 km », « 15 km »: numbers in the reader's language
    (``core.formatting``), a no-break space before the unit so it never wraps away."""
    value, unit = rounded_distance(metres)
    decimals = 1 if unit == "km" and value != int(value) else 0
    return f"{format_number(value, decimals)}\N{NO-BREAK SPACE}{unit}"


def distance_away(metres: float) -> str:
    """« à 350 m » in French, « 350 m away » in English."""
    return _("à %(distance)s") % {"distance": format_distance(metres)}
