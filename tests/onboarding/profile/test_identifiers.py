"""SIRET, NAF and postcode rules, as python-stdnum and the Insee write them."""

import pytest
from django.core.exceptions import ValidationError
from stdnum import luhn

from onboarding.profile.identifiers import (
    department_of,
    normalize_naf,
    normalize_siret,
    siren_of,
    validate_naf,
    validate_postcode,
    validate_siret,
)

VALID_SIRET = "83214567600017"
# La Poste's establishments: the digits add up to a multiple of 5, the Luhn key is wrong.
LA_POSTE_SIRET = "35600000049837"


def test_a_valid_siret_passes():
    # validate_siret raises ValidationError for an invalid number; this one must not.
    assert validate_siret(VALID_SIRET) is None


def test_spaces_are_accepted():
    assert normalize_siret("832 145 676 00017") == VALID_SIRET
    validate_siret("832 145 676 00017")


def test_la_poste_siret_is_valid_although_it_fails_luhn():
    assert not luhn.is_valid(LA_POSTE_SIRET)
    validate_siret(LA_POSTE_SIRET)
    validate_siret("35600000000048")


def test_la_poste_rule_is_only_for_la_poste():
    assert not luhn.is_valid("35600000000049")
    with pytest.raises(ValidationError):
        validate_siret("35600000000049")


@pytest.mark.parametrize(
    "value",
    ["83214567600018", "8321456760001", "832145676000170", "8321456760001A", "ABCDEFGHIJKLMN", ""],
    ids=["wrong key", "13 digits", "15 digits", "letter", "letters only", "empty"],
)
def test_invalid_sirets_are_refused_in_french(value):
    with pytest.raises(ValidationError) as caught:
        validate_siret(value)
    assert "n'est pas valide" in caught.value.messages[0]


def test_siren_is_the_first_nine_digits():
    assert siren_of("832 145 676 00017") == "832145676"
    assert siren_of(LA_POSTE_SIRET) == "356000000"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("4711f", "47.11F"), ("47.11F", "47.11F"), ("47 11 f", "47.11F"), ("1071C", "10.71C")],
)
def test_naf_is_normalised(typed, stored):
    assert normalize_naf(typed) == stored
    validate_naf(normalize_naf(typed))


@pytest.mark.parametrize("typed", ["4711", "47.1F", "A7.11F", "47.11FF", "471"])
def test_malformed_naf_is_refused(typed):
    with pytest.raises(ValidationError):
        validate_naf(normalize_naf(typed))


@pytest.mark.parametrize("typed", ["7501", "750011", "7501A", "00100", ""])
def test_malformed_postcode_is_refused(typed):
    with pytest.raises(ValidationError):
        validate_postcode(typed)


@pytest.mark.parametrize(
    ("postcode", "department"),
    [
        ("75011", "75"),
        ("69004", "69"),
        ("01000", "01"),
        ("20000", "2A"),
        ("20200", "2B"),
        ("97400", "974"),
        ("97110", "971"),
    ],
)
def test_department_is_derived_from_the_postcode(postcode, department):
    assert department_of(postcode) == department
