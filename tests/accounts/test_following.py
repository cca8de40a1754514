"""Whom an organiser acts for, as the layers below ``advising`` read it."""

import pytest

from accounts import following
from advising.models import Assignment
from tests.accounts.factories import AdvisorFactory, OwnerFactory
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(advisor):
    mine, other = OwnerFactory(), OwnerFactory()
    Assignment.objects.create(advisor=advisor, business=BusinessFactory(owner=mine))
    Assignment.objects.create(advisor=AdvisorFactory(), business=BusinessFactory(owner=other))
    return mine, other


def test_an_advisor_follows_the_owners_of_her_portfolio_only(advisor, people):
    mine, _other = people
    assert list(following.followed_owners(advisor)) == [mine]


def test_staff_follow_everyone_and_owners_nobody(staff, owner, people):
    assert set(people) <= set(following.followed_owners(staff))
    assert not following.followed_owners(owner).exists()


def test_without_the_rule_an_advisor_follows_nobody(advisor, people, monkeypatch):
    """A missing hook never widens access."""
    monkeypatch.setattr(following.hooks, "get_hooks", lambda name: [])
    assert not following.followed_owners(advisor).exists()
