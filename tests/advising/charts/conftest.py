import pytest

from tests.accounts.factories import AdvisorFactory, totp_for
from tests.advising.charts.helpers import catalogue


@pytest.fixture
def courses(home_page):
    return catalogue(home_page)


@pytest.fixture
def other_advisor(db):
    user = AdvisorFactory()
    user.totp_secret = totp_for(user)
    return user
