import pytest

from tests.courses.live.factories import make_bootcamp, make_webinar


@pytest.fixture
def webinar(home_page):
    return make_webinar(home_page)


@pytest.fixture
def bootcamp(home_page):
    return make_bootcamp(home_page)
