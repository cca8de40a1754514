"""Businesses with SIRETs that pass their Luhn keys, one per owner."""

import datetime
from decimal import Decimal

import factory
from stdnum import luhn

from onboarding.profile.models import Business, LegalForm, Sector
from tests.accounts.factories import OwnerFactory


def valid_siret(n: int) -> str:
    """A distinct, well-formed SIRET for each n: Luhn-keyed SIREN, then Luhn-keyed SIRET."""
    siren_body = f"{51000000 + n:08d}"
    siren = siren_body + luhn.calc_check_digit(siren_body)
    body = siren + "0001"
    return body + luhn.calc_check_digit(body)


class BusinessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Business

    owner = factory.SubFactory(OwnerFactory)
    siret = factory.Sequence(valid_siret)
    trade_name = factory.Sequence(lambda n: f"Épicerie n°{n}")
    legal_form = LegalForm.EI
    naf_code = "47.11F"
    headcount = 2
    annual_turnover = Decimal("120000.00")
    created_on = datetime.date(2019, 5, 2)
    postcode = "75011"
    commune = "Paris"
    sector = Sector.FOOD_RETAIL
