"""A realistic business for the demo owner, followed by the demo advisor, read from
``demo/content/entreprise.yaml``.

Safe to run twice: an owner who already has a business keeps it as it is (the demo may have been
edited by hand), and the assignment is only created if missing.
"""

from copy import deepcopy
from decimal import Decimal
from functools import cache

from advising.models import Assignment
from demo.content import CONTENT_DIR
from demo.content.files import read_yaml
from onboarding.profile.models import Business
from onboarding.profile.selectors import business_of
from onboarding.profile.services import save_profile


@cache
def demo_profile() -> dict:
    profile = read_yaml(CONTENT_DIR / "entreprise.yaml")
    return {**profile, "annual_turnover": Decimal(str(profile["annual_turnover"]))}


def demo_siret() -> str:
    """Fictitious, but with a correct Luhn key on both the SIREN and the SIRET."""
    return demo_profile()["siret"]


def load_demo_business(owner, advisor) -> Business:
    """The demo owner's bakery in Lyon, and the demo advisor's assignment to it."""
    business = business_of(owner) or save_profile(owner, deepcopy(demo_profile()))
    Assignment.objects.get_or_create(advisor=advisor, business=business)
    return business
