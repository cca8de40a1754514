"""Writes: the owner's business profile.

One business per owner for now. The form checks the SIRET and the owner before saving, but two
requests can still cross (two tabs, a double click, two accounts typing the same SIRET): the
database constraints decide, and the loser gets a message for the person instead of a 500.
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from onboarding.profile.forms import SIRET_TAKEN
from onboarding.profile.identifiers import normalize_siret
from onboarding.profile.models import PROFILE_FIELDS, Business


def save_profile(owner, data: dict) -> Business:
    """Create the owner's business, or update it, from already cleaned profile values.

    Raises ``ValidationError`` (keyed by field, ready for ``form.add_error(None, error)``) when
    the values are invalid or a concurrent write took the SIRET or created the business first.
    """
    values = {field: data[field] for field in PROFILE_FIELDS if field in data}
    try:
        with transaction.atomic():
            business = _locked_business_of(owner) or Business(owner=owner)
            for field, value in values.items():
                setattr(business, field, value)
            # Uniqueness (SIRET, one business per owner) is left to the database, which is the
            # only one to see concurrent writes; a clash comes back as an IntegrityError.
            business.full_clean(exclude=["owner"], validate_unique=False)
            business.save()
    except IntegrityError as error:
        raise _conflict(owner, values.get("siret", "")) from error
    return business


def _locked_business_of(owner) -> Business | None:
    """The owner's business, locked until the end of the transaction (PostgreSQL)."""
    return Business.objects.select_for_update().filter(owner=owner).order_by("pk").first()


def _conflict(owner, siret: str) -> ValidationError:
    """Name the constraint a concurrent write won, in words the owner can act on."""
    siret = normalize_siret(siret)
    if siret and Business.objects.filter(siret=siret).exclude(owner=owner).exists():
        return ValidationError({"siret": ValidationError(SIRET_TAKEN, code="siret_taken")})
    return ValidationError(
        {
            NON_FIELD_ERRORS: ValidationError(
                _(
                    "Votre entreprise vient d'être enregistrée depuis une autre fenêtre. "
                    "Rechargez la page pour voir la fiche à jour, puis recommencez."
                ),
                code="concurrent_write",
            )
        }
    )
