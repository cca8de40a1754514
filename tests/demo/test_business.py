"""The demo bakery: valid identifiers, followed by the demo advisor, safe to load twice."""

import pytest

from advising.models import Assignment
from demo.business import load_demo_business
from onboarding.profile.identifiers import validate_naf, validate_postcode, validate_siret
from onboarding.profile.models import Business
from onboarding.profile.selectors import visible_businesses

pytestmark = pytest.mark.django_db


def test_demo_business_is_valid_and_followed(owner, advisor):
    business = load_demo_business(owner, advisor)
    validate_siret(business.siret)
    validate_naf(business.naf_code)
    validate_postcode(business.postcode)
    assert business.siren == business.siret[:9]
    assert business.department == "69"
    assert business.owner == owner
    assert list(visible_businesses(advisor)) == [business]


def test_loading_twice_changes_nothing(owner, advisor):
    first = load_demo_business(owner, advisor)
    second = load_demo_business(owner, advisor)
    assert first.pk == second.pk
    assert Business.objects.count() == 1
    assert Assignment.objects.count() == 1
