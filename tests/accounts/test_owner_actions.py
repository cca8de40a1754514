"""Pages offer an owner's actions only to those who may take them."""

import pytest
from django.contrib.auth.models import AnonymousUser

from accounts.roles import offered_owner_actions
from tests.accounts.factories import AdvisorFactory, OwnerFactory, StaffFactory

pytestmark = pytest.mark.django_db


def test_owners_and_visitors_are_offered_what_advisors_and_staff_are_not():
    assert offered_owner_actions(AnonymousUser())
    assert offered_owner_actions(OwnerFactory())
    assert not offered_owner_actions(AdvisorFactory())
    assert not offered_owner_actions(StaffFactory())
