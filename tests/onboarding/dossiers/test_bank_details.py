"""IBAN and BIC: normalised, checked, and consistent with each other."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from onboarding.dossiers import services
from onboarding.dossiers.banking import clean_bank_details
from tests.onboarding.dossiers.helpers import BIC, IBAN

pytestmark = pytest.mark.django_db


def errors_of(iban, bic, holder="SARL Martin") -> dict:
    with pytest.raises(ValidationError) as error:
        clean_bank_details(iban, bic, holder)
    return {field: " ".join(messages) for field, messages in error.value.message_dict.items()}


def test_a_french_iban_with_spaces_and_lower_case_is_normalised():
    assert clean_bank_details(
        " fr76 3000 6000 0112 3456 7890 189 ", "agri fr pp 882", "  SARL  M "
    ) == (
        "FR7630006000011234567890189",
        "AGRIFRPP882",
        "SARL M",
    )


def test_an_overseas_bic_goes_with_a_french_iban():
    assert clean_bank_details(IBAN, "BFCORERX", "SARL Martin")[1] == "BFCORERX"


@pytest.mark.parametrize(
    ("iban", "bic", "field", "fragment"),
    [
        ("FR76 3000 6000 0112 3456 7890 188", BIC, "iban", "La clé de cet IBAN est fausse"),
        ("FR76 3000 6000 0112 3456 7890", BIC, "iban", "bonne longueur"),
        ("", BIC, "iban", "Indiquez l'IBAN"),
        (IBAN, "AGRIFRP", "bic", "8 ou 11 caractères"),
        (IBAN, "AGRIFRPP8", "bic", "8 ou 11 caractères"),
        (IBAN, "AGR1FRPP", "bic", "n'est pas valide"),
        (IBAN, "DEUTDEFF", "bic", "un autre pays (DE) que l'IBAN (FR)"),
    ],
    ids=["wrong-key", "too-short", "empty", "bic-7", "bic-9", "bic-digit-bank", "bic-de"],
)
def test_bad_bank_details_are_refused_with_the_reason(iban, bic, field, fragment):
    assert fragment in errors_of(iban, bic)[field]


def test_the_holder_is_required():
    assert "titulaire" in errors_of(IBAN, BIC, holder="  ")["account_holder"]


def test_the_bank_step_saves_or_re_renders_with_400(client, owner, business, programme):
    application = services.start_application(owner, programme)
    client.force_login(owner)
    url = reverse("dossiers:bank", args=[application.pk])
    response = client.post(
        url, {"iban": "FR76 3000 6000 0112 3456 7890 188", "bic": BIC, "account_holder": "SARL"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "La clé de cet IBAN est fausse" in page
    assert 'value="FR76 3000 6000 0112 3456 7890 188"' in page
    application.refresh_from_db()
    assert application.iban == ""

    response = client.post(url, {"iban": IBAN, "bic": BIC, "account_holder": "SARL Martin"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.iban, application.bic) == ("FR7630006000011234567890189", "AGRIFRPP882")
