"""The profile form: what an owner types, what is stored, and the French refusals."""

import datetime

import pytest
import time_machine

from onboarding.profile.forms import BusinessProfileForm
from onboarding.profile.models import Business
from tests.onboarding.profile.factories import BusinessFactory

pytestmark = pytest.mark.django_db


def profile_data(**overrides) -> dict:
    data = {
        "trade_name": "Boulangerie du Plateau",
        "siret": "832 145 676 00017",
        "legal_form": "sarl",
        "naf_code": "1071c",
        "sector": "food_retail",
        "created_on": "2016-03-14",
        "headcount": "4",
        "annual_turnover": "285000",
        "postcode": "69004",
        "commune": "Lyon",
        "website": "",
    }
    data.update(overrides)
    return data


def form_for(owner, **overrides) -> BusinessProfileForm:
    return BusinessProfileForm(profile_data(**overrides), instance=Business(owner=owner))


def test_valid_input_is_normalised(owner):
    form = form_for(
        owner,
        social_networks=["instagram", "facebook"],
        marketplaces=["etsy"],
        website="boulangerie-plateau.fr",
    )
    assert form.is_valid(), form.errors
    data = form.cleaned_data
    assert data["siret"] == "83214567600017"
    assert data["naf_code"] == "10.71C"
    # Stored in the order of the choices, whatever the order of the request.
    assert data["social_networks"] == ["facebook", "instagram"]
    assert data["marketplaces"] == ["etsy"]
    assert data["website"] == "https://boulangerie-plateau.fr"
    assert data["closed_by_decree"] is False


def test_la_poste_siret_is_accepted(owner):
    assert form_for(owner, siret="356 000 000 49837").is_valid()


@pytest.mark.parametrize(
    "siret", ["83214567600018", "8321456760001", "8321456760001A", "832145676 0001X"]
)
def test_invalid_siret_is_refused_in_french(owner, siret):
    form = form_for(owner, siret=siret)
    assert not form.is_valid()
    assert "Ce numéro SIRET n'est pas valide" in form.errors["siret"][0]


def test_siret_of_another_account_is_refused_without_naming_it(owner):
    other = BusinessFactory(siret="83214567600017", trade_name="Chez Paulette")
    form = form_for(owner)
    assert not form.is_valid()
    message = form.errors["siret"][0]
    assert "déjà enregistré par un autre compte" in message
    assert other.trade_name not in message
    assert other.owner.email not in message


def test_own_siret_is_not_a_duplicate_when_editing(owner):
    business = BusinessFactory(owner=owner, siret="83214567600017")
    form = BusinessProfileForm(profile_data(), instance=business)
    assert form.is_valid(), form.errors


@pytest.mark.parametrize("naf", ["4711", "47.1F", "pain"])
def test_malformed_naf_is_refused(owner, naf):
    form = form_for(owner, naf_code=naf)
    assert not form.is_valid()
    assert "4 chiffres et une lettre" in form.errors["naf_code"][0]


@pytest.mark.parametrize("postcode", ["6900", "69OO4", "00100"])
def test_malformed_postcode_is_refused(owner, postcode):
    form = form_for(owner, postcode=postcode)
    assert not form.is_valid()
    assert "5 chiffres" in form.errors["postcode"][0]


def test_negative_turnover_and_headcount_are_refused(owner):
    form = form_for(owner, annual_turnover="-1", headcount="-2")
    assert not form.is_valid()
    assert form.errors["annual_turnover"] == ["Le chiffre d'affaires ne peut pas être négatif."]
    assert form.errors["headcount"] == ["L'effectif ne peut pas être négatif."]


def test_headcount_must_be_a_whole_number(owner):
    form = form_for(owner, headcount="2.5")
    assert not form.is_valid()
    assert "headcount" in form.errors


@time_machine.travel(datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.UTC), tick=False)
def test_creation_date_cannot_be_in_the_future(owner):
    assert form_for(owner, created_on="2025-06-01").is_valid()
    form = form_for(owner, created_on="2025-06-02")
    assert not form.is_valid()
    assert form.errors["created_on"] == ["La date de création ne peut pas être dans le futur."]


def test_unknown_network_is_refused(owner):
    form = form_for(owner, social_networks=["myspace"])
    assert not form.is_valid()
    assert "social_networks" in form.errors


def test_date_is_a_date_input_prefilled_in_iso(owner):
    business = BusinessFactory(owner=owner, created_on=datetime.date(2016, 3, 14))
    html = str(BusinessProfileForm(instance=business)["created_on"])
    assert 'type="date"' in html
    assert 'value="2016-03-14"' in html


def test_missing_fields_are_reported_in_french(owner):
    form = BusinessProfileForm({}, instance=Business(owner=owner))
    assert not form.is_valid()
    assert form.errors["trade_name"] == ["Champ requis."]


@pytest.mark.parametrize("headcount", ["250", "250000"])
def test_a_headcount_beyond_an_sme_is_refused_in_french(owner, headcount):
    """The programme is for very small and small businesses: 250 employees or more is not an
    SME (EU definition), and 250,000 is a typo, not a bakery."""
    form = form_for(owner, headcount=headcount)
    assert not form.is_valid()
    assert "249 salariés" in form.errors["headcount"][0]


def test_the_largest_sme_headcount_is_accepted(owner):
    assert form_for(owner, headcount="249").is_valid()


def test_the_headcount_help_text_explains_the_limit(owner):
    assert "249" in str(form_for(owner).fields["headcount"].help_text)
