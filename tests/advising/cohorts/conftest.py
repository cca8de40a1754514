"""People and portfolios for the assignment, invitation and cohort tests."""

import pytest

from advising.models import Assignment
from tests.accounts.factories import AdvisorFactory, totp_for
from tests.onboarding.profile.factories import BusinessFactory


def make_advisor():
    user = AdvisorFactory()
    totp_for(user)
    return user


def portfolio_of(advisor, count=1, **fields):
    """``count`` new businesses assigned to ``advisor``."""
    businesses = [BusinessFactory(**fields) for _ in range(count)]
    Assignment.objects.bulk_create(
        [Assignment(advisor=advisor, business=business) for business in businesses]
    )
    return businesses


@pytest.fixture
def other_advisor(db):
    return make_advisor()


@pytest.fixture
def advisor_client(client, advisor, home_page):
    client.force_login(advisor)
    return client


@pytest.fixture
def staff_client(client, staff, home_page):
    client.force_login(staff)
    return client
