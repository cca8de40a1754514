"""SIRETs as people write them, and numbers that pass the Luhn key without existing."""

import pytest
from django.core.exceptions import ValidationError

from onboarding.profile.identifiers import normalize_siret, validate_siret
from onboarding.profile.models import Business
from tests.onboarding.profile.test_profile_form import form_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed",
    [
        "732-829-320-00074",
        "732.829.320.00074",
        "732 829 320 00074",
        "732\u00a0829\u00a0320\u00a000074",
        "732 - 829 - 320 - 00074",
        "  73282932000074 ",
    ],
    ids=["dashes", "dots", "spaces", "no-break spaces", "spaced dashes", "compact"],
)
def test_separators_are_accepted_and_stored_compact(owner, typed):
    assert normalize_siret(typed) == "73282932000074"
    form = form_for(owner, siret=typed)
    assert form.is_valid(), form.errors
    business = form.save()
    assert Business.objects.get(pk=business.pk).siret == "73282932000074"
    assert business.siren == "732829320"


@pytest.mark.parametrize("typed", ["00000000000000", "000 000 000 00000", "000-000-000-00018"])
def test_a_siret_of_siren_zero_is_refused_and_nothing_is_stored(owner, typed):
    with pytest.raises(ValidationError) as caught:
        validate_siret(typed)
    assert "000 000 000" in caught.value.messages[0]
    form = form_for(owner, siret=typed)
    assert not form.is_valid()
    assert "000 000 000" in form.errors["siret"][0]
    assert not Business.objects.exists()


@pytest.mark.parametrize("typed", ["732_829_320_00074", "732/829/320/00074", "7328293200007 4x"])
def test_other_characters_are_still_refused(owner, typed):
    form = form_for(owner, siret=typed)
    assert not form.is_valid()
    assert "n'est pas valide" in form.errors["siret"][0]
