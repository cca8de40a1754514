"""save_profile: one business per owner, created then updated, and clashes as messages."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from onboarding.profile import services
from onboarding.profile.models import Business
from onboarding.profile.services import save_profile
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db

DATA = {
    "trade_name": "Fleurs de Sylvie",
    "siret": "83214567600017",
    "legal_form": "ei",
    "naf_code": "47.76Z",
    "sector": "retail",
    "created_on": datetime.date(2020, 9, 1),
    "headcount": 0,
    "annual_turnover": Decimal("64000"),
    "postcode": "20200",
    "commune": "Bastia",
    "closed_by_decree": True,
    "website": "",
    "social_networks": ["instagram"],
    "marketplaces": [],
}


def test_creates_then_updates_the_same_business(owner):
    created = save_profile(owner, DATA)
    assert created.siren == "832145676"
    assert created.department == "2B"
    updated = save_profile(owner, {**DATA, "headcount": 1, "marketplaces": ["etsy"]})
    assert updated.pk == created.pk
    assert Business.objects.filter(owner=owner).count() == 1
    updated.refresh_from_db()
    assert updated.headcount == 1
    assert updated.marketplaces == ["etsy"]


def test_siret_taken_concurrently_becomes_a_siret_error(owner):
    # The form saw a free SIRET; another account registered it before this save.
    BusinessFactory(siret=DATA["siret"])
    with pytest.raises(ValidationError) as caught:
        save_profile(owner, DATA)
    assert "déjà enregistré par un autre compte" in caught.value.message_dict["siret"][0]
    assert not Business.objects.filter(owner=owner).exists()


def test_negative_turnover_is_refused_by_the_service(owner):
    with pytest.raises(ValidationError):
        save_profile(owner, {**DATA, "annual_turnover": Decimal("-5")})
    assert not Business.objects.exists()


def test_concurrent_creation_becomes_a_form_error(owner, monkeypatch):
    """Another tab created the business between this request's lookup and its insert: the
    constraint one_business_per_owner_for_now refuses the second row."""
    winner = BusinessFactory(owner=owner)
    monkeypatch.setattr(services, "_locked_business_of", lambda owner: None)
    with pytest.raises(ValidationError) as caught:
        save_profile(owner, DATA)
    assert "autre fenêtre" in caught.value.message_dict[NON_FIELD_ERRORS][0]
    assert Business.objects.get(owner=owner) == winner
