import pytest

from tests.advising.charts.helpers import catalogue


@pytest.fixture
def courses(home_page):
    """A small published catalogue, for the generator to enrol owners in."""
    return catalogue(home_page)
