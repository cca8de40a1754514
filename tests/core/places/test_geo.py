"""A shop's position must be in France: metropolitan France, Corsica, the five DROM."""

import json
from decimal import Decimal

import pytest

from core.places.geo import in_france
from tests.settings.test_settings import _run


@pytest.mark.parametrize(
    "latitude, longitude",
    [
        (Decimal("45.767300"), Decimal("4.834400")),  # Lyon
        (48.8566, 2.3522),  # Paris
        (51.0344, 2.3768),  # Dunkerque
        (42.6887, 2.8948),  # Perpignan
        (41.9192, 8.7386),  # Ajaccio
        (48.4569, -5.0950),  # Ouessant
        (16.2650, -61.5510),  # Guadeloupe
        (14.6161, -61.0588),  # Martinique
        (4.9224, -52.3135),  # Cayenne
        (-20.8789, 55.4481),  # Saint-Denis de La Réunion
        (-12.7806, 45.2279),  # Mamoudzou
    ],
)
def test_places_in_france(latitude, longitude):
    assert in_france(latitude, longitude)


@pytest.mark.parametrize(
    "latitude, longitude",
    [
        (51.5074, -0.1278),  # London
        (40.4168, -3.7038),  # Madrid
        (40.7128, -74.0060),  # New York
        (0.0, 0.0),  # the Gulf of Guinea
        (-45.77, 4.83),  # Lyon's latitude with the sign lost
        (4.834400, 45.767300),  # Lyon with the coordinates swapped
    ],
)
def test_places_outside_france(latitude, longitude):
    assert not in_france(latitude, longitude)


@pytest.mark.parametrize(
    ("tiles", "origin"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
        ("https://{s}.tiles.example.fr/{z}/{x}/{y}.png", "https://*.tiles.example.fr"),
    ],
)
def test_the_csp_lets_the_map_tiles_in(tiles, origin):
    code = (
        "import json, django; from django.conf import settings as s; django.setup();"
        "print(json.dumps(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    result = _run(code, "accelerateur.settings.dev", MAP_TILES_URL=tiles)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[-1] == origin
