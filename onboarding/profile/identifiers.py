"""French business identifiers and codes, checked with python-stdnum where it knows them.

SIRET (14 digits) = SIREN (9 digits, the company) + NIC (5 digits, the establishment), both
Luhn-checked, except La Poste (SIREN 356 000 000), whose thousands of establishments broke the
Luhn key: for it the sum of the SIRET's digits must be a multiple of 5. stdnum knows that rule.
All zeros pass the Luhn key too, and are what people type to get past a form: SIREN 000 000 000
is refused on its own.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siret as stdnum_siret

NAF_PATTERN = re.compile(r"^(\d{2})\.?(\d{2})([A-Z])$")
POSTCODE_PATTERN = re.compile(r"^\d{5}$")


#: What people put between the digit groups: spaces (no-break ones too), dots, dashes.
SIRET_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2013]")
#: Passes the Luhn key (all zeros do) but no company has it: the placeholder of forms.
ZERO_SIREN = "000000000"


def normalize_siret(value: str) -> str:
    """Spaces, dots and dashes as people type them (« 732-829-320-00074 ») are dropped;
    anything else is kept for the validator to refuse."""
    return SIRET_SEPARATORS.sub("", value or "")


def validate_siret(value: str) -> None:
    compact = normalize_siret(value)
    if compact.startswith(ZERO_SIREN):
        raise ValidationError(
            _(
                "Ce numéro SIRET n'existe pas : aucune entreprise n'a le SIREN 000 000 000. "
                "Recopiez celui de votre extrait Kbis ou de votre avis de situation Insee."
            ),
            code="zero_siren",
        )
    try:
        stdnum_siret.validate(compact)
    except StdnumError as error:
        raise ValidationError(
            _(
                "Ce numéro SIRET n'est pas valide : il compte 14 chiffres et sa clé de contrôle "
                "doit être juste (il figure sur votre extrait Kbis ou votre avis de situation "
                "Insee)."
            ),
            code="invalid_siret",
        ) from error


def siren_of(siret: str) -> str:
    """The company's SIREN: the first nine digits of any of its SIRETs."""
    return stdnum_siret.to_siren(normalize_siret(siret))


def normalize_naf(value: str) -> str:
    """« 4711f », « 47.11F », « 47 11 F » all become « 47.11F »; anything else is returned as
    typed (upper-cased) for the validator to refuse."""
    compact = re.sub(r"[\s.]", "", (value or "").upper())
    match = NAF_PATTERN.match(compact)
    return f"{match[1]}.{match[2]}{match[3]}" if match else (value or "").strip().upper()


def validate_naf(value: str) -> None:
    if not NAF_PATTERN.match(value or ""):
        raise ValidationError(
            _("Le code NAF/APE s'écrit avec 4 chiffres et une lettre, par exemple 47.11F."),
            code="invalid_naf",
        )


def validate_postcode(value: str) -> None:
    if not POSTCODE_PATTERN.match(value or "") or value.startswith("00"):
        raise ValidationError(
            _("Le code postal compte 5 chiffres, par exemple 75011."), code="invalid_postcode"
        )


def department_of(postcode: str) -> str:
    """The département a postcode belongs to: « 75 », « 2A »/« 2B » for Corsica, « 974 » for
    overseas. Territorial rules of grant programmes are written in départements."""
    if postcode.startswith("97") or postcode.startswith("98"):
        return postcode[:3]
    if postcode.startswith("20"):
        return "2A" if int(postcode) < 20200 else "2B"
    return postcode[:2]
