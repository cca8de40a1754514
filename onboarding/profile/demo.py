"""A realistic business for the demo owner, followed by the demo advisor.

Safe to run twice: an owner who already has a business keeps it as it is (the demo may have been
edited by hand), and the assignment is only created if missing.
"""

import datetime
from decimal import Decimal

from advising.models import Assignment
from onboarding.profile.models import Business, LegalForm, Sector, SocialNetwork
from onboarding.profile.selectors import business_of
from onboarding.profile.services import save_profile

# Fictitious, but with a correct Luhn key on both the SIREN (832 145 676) and the SIRET.
DEMO_SIRET = "83214567600017"

DEMO_PROFILE = {
    "trade_name": "Boulangerie du Plateau",
    "siret": DEMO_SIRET,
    "legal_form": LegalForm.SARL,
    "naf_code": "10.71C",  # Boulangerie et boulangerie-pâtisserie
    "sector": Sector.FOOD_RETAIL,
    "created_on": datetime.date(2016, 3, 14),
    "headcount": 4,
    "annual_turnover": Decimal("285000.00"),
    "postcode": "69004",
    "commune": "Lyon",
    "closed_by_decree": False,
    "website": "",
    "social_networks": [SocialNetwork.FACEBOOK.value, SocialNetwork.GOOGLE.value],
    "marketplaces": [],
}


def load_demo_business(owner, advisor) -> Business:
    """The demo owner's bakery in Lyon, and the demo advisor's assignment to it."""
    business = business_of(owner) or save_profile(owner, DEMO_PROFILE)
    Assignment.objects.get_or_create(advisor=advisor, business=business)
    return business
