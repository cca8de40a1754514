"""Distances: the box that narrows a search holds the whole circle, the SQL haversine agrees
with the Python one, and distances read the way French (and English) write them."""

import math

import pytest
from django.utils import translation

from core.places.distance import (
    bounding_box,
    distance_away,
    format_distance,
    haversine_m,
)

NBSP = "\u00a0"
RENNES = (48.1113, -1.6800)


def test_haversine_matches_known_distances():
    paris, lyon = (48.8566, 2.3522), (45.7640, 4.8357)
    assert haversine_m(*paris, *lyon) == pytest.approx(391_500, rel=0.01)
    assert haversine_m(*RENNES, *RENNES) == 0
    # One degree of latitude is about 111.2 km anywhere.
    assert haversine_m(45.0, 3.0, 46.0, 3.0) == pytest.approx(111_195, rel=1e-3)


@pytest.mark.parametrize("latitude", [-21.1, 14.6, 43.3, 48.1113, 51.0])
@pytest.mark.parametrize("radius", [500, 1_000, 5_000, 20_000])
def test_the_box_holds_every_point_of_the_circle(latitude, radius):
    longitude = 2.0
    box = bounding_box(latitude, longitude, radius)
    for step in range(360):
        bearing = math.radians(step)
        # The point ``radius`` away along ``bearing`` (great-circle destination).
        delta = radius / 6_371_000
        phi1, lambda1 = math.radians(latitude), math.radians(longitude)
        phi2 = math.asin(
            math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(bearing)
        )
        lambda2 = lambda1 + math.atan2(
            math.sin(bearing) * math.sin(delta) * math.cos(phi1),
            math.cos(delta) - math.sin(phi1) * math.sin(phi2),
        )
        lat, lon = math.degrees(phi2), math.degrees(lambda2)
        assert float(box.south) <= lat <= float(box.north)
        assert float(box.west) <= lon <= float(box.east)
    # And it is not much wider than needed: a few percent at most.
    height_m = (float(box.north) - float(box.south)) * 111_195
    assert height_m <= 2 * radius * 1.01


@pytest.mark.parametrize(
    ("metres", "french", "english"),
    [
        (0, f"10{NBSP}m", f"10{NBSP}m"),
        (347, f"350{NBSP}m", f"350{NBSP}m"),
        (994, f"990{NBSP}m", f"990{NBSP}m"),
        (996, f"1{NBSP}km", f"1{NBSP}km"),
        (1_234, f"1,2{NBSP}km", f"1.2{NBSP}km"),
        (5_000, f"5{NBSP}km", f"5{NBSP}km"),
        (9_960, f"10{NBSP}km", f"10{NBSP}km"),
        (15_400, f"15{NBSP}km", f"15{NBSP}km"),
    ],
)
def test_distances_read_as_each_language_writes_them(metres, french, english):
    with translation.override("fr"):
        assert format_distance(metres) == french
        assert distance_away(metres) == f"à {french}"
    with translation.override("en"):
        assert format_distance(metres) == english
        assert distance_away(metres) == f"{english} away"
