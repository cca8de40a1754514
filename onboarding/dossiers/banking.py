"""Bank details the funder can pay into: an IBAN whose key is right and a BIC that goes with it.

A typo in an IBAN means the aid is paid to nobody, or to somebody else, months later; the
check digits catch nearly all of them, so they are checked here, where the owner can still fix
them. The BIC must be well formed (ISO 9362) and belong to the IBAN's country: a French
account with a German bank code is always a mix-up. The French overseas territories have BICs
with their own country codes but French IBANs, so those count as France.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError

#: Territories whose banks use their own BIC country code with French (FR) IBANs.
FRENCH_TERRITORIES = frozenset(
    {"FR", "GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"}
)
#: France and Monaco share the 27-character IBAN.
FRENCH_IBAN_COUNTRIES, FRENCH_IBAN_LENGTH = frozenset({"FR", "MC"}), 27


def clean_iban(value: str) -> str:
    """The IBAN without spaces, upper case; raises ``ValidationError`` with the reason."""
    compact = stdnum_iban.compact(value or "")
    if not compact:
        raise ValidationError(_("Indiquez l'IBAN du compte."), code="required")
    # stdnum checks the key before the length: a French IBAN missing a digit would otherwise be
    # reported as a wrong key, which sends the owner looking for the wrong mistake.
    if compact[:2] in FRENCH_IBAN_COUNTRIES and len(compact) != FRENCH_IBAN_LENGTH:
        raise ValidationError(
            _("Cet IBAN n'a pas la bonne longueur (27 caractères pour un compte français)."),
            code="length",
        )
    try:
        return stdnum_iban.validate(compact)
    except InvalidChecksum as error:
        raise ValidationError(
            _("La clé de cet IBAN est fausse : vérifiez chaque caractère sur votre RIB."),
            code="checksum",
        ) from error
    except InvalidLength as error:
        raise ValidationError(
            _("Cet IBAN n'a pas la bonne longueur (27 caractères pour un compte français)."),
            code="length",
        ) from error
    except StdnumError as error:
        raise ValidationError(
            _("Cet IBAN n'est pas valide : il commence par le code pays, par exemple FR76."),
            code="invalid",
        ) from error


def clean_bic(value: str) -> str:
    compact = stdnum_bic.compact(value or "")
    if not compact:
        raise ValidationError(_("Indiquez le BIC de la banque."), code="required")
    try:
        return stdnum_bic.validate(compact)
    except InvalidLength as error:
        raise ValidationError(
            _("Un BIC compte 8 ou 11 caractères, par exemple AGRIFRPP ou AGRIFRPP882."),
            code="length",
        ) from error
    except (InvalidComponent, StdnumError) as error:
        raise ValidationError(
            _(
                "Ce BIC n'est pas valide : 4 lettres pour la banque, 2 pour le pays, puis 2 ou "
                "5 lettres et chiffres."
            ),
            code="invalid",
        ) from error


def _same_country(iban_country: str, bic_country: str) -> bool:
    if iban_country == bic_country:
        return True
    return iban_country == "FR" and bic_country in FRENCH_TERRITORIES


def clean_bank_details(iban: str, bic: str, holder: str) -> tuple[str, str, str]:
    """All three, normalised; raises one ``ValidationError`` keyed by field with every problem."""
    errors, cleaned = {}, {}
    for field, cleaner, value in (("iban", clean_iban, iban), ("bic", clean_bic, bic)):
        try:
            cleaned[field] = cleaner(value)
        except ValidationError as error:
            errors[field] = error
    holder = " ".join((holder or "").split())
    if not holder:
        errors["account_holder"] = ValidationError(
            _("Indiquez le titulaire du compte, tel qu'il figure sur le RIB."), code="required"
        )
    if not errors and not _same_country(cleaned["iban"][:2], cleaned["bic"][4:6]):
        errors["bic"] = ValidationError(
            _(
                "Ce BIC est celui d'une banque d'un autre pays (%(bic)s) que l'IBAN (%(iban)s) : "
                "vérifiez votre RIB."
            )
            % {"bic": cleaned["bic"][4:6], "iban": cleaned["iban"][:2]},
            code="country",
        )
    if errors:
        raise ValidationError(errors)
    return cleaned["iban"], cleaned["bic"], holder[:200]


def masked_iban(iban: str) -> str:
    """« FR76 •••• •••• •••• •••• ••• 0189 »: enough to recognise one's account on a screen."""
    if len(iban) < 8:
        return iban
    return f"{iban[:4]} {'•' * 4} … {iban[-4:]}"
