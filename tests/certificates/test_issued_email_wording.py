"""The e-mail announcing a certificate agrees with its kind: « votre attestation … est prête »,
« votre certificat … est prêt »."""

import pytest

from certificates.models import Certificate
from core.emails import email_render
from tests.accounts.factories import OwnerFactory

pytestmark = pytest.mark.django_db


def _body(kind: str) -> str:
    certificate = Certificate(
        holder=OwnerFactory(),
        kind=kind,
        holder_name="Inès Moreau",
        title="Vendre en ligne",
        code="K7QF-9XPM",
    )
    return email_render(
        template_prefix="certificates/email_issued",
        context={"certificate": certificate},
        to=["ines@example.com"],
    ).body


@pytest.mark.parametrize("kind", ["webinar", "manual"])
def test_an_attestation_is_ready_in_the_feminine(kind):
    body = _body(kind)
    assert "est prête." in body
    assert "Téléchargez-la" in body and "qu'elle est authentique" in body
    assert "est prêt." not in body


@pytest.mark.parametrize("kind", ["course", "bootcamp"])
def test_a_certificate_is_ready_in_the_masculine(kind):
    body = _body(kind)
    assert "est prêt." in body
    assert "Téléchargez-le" in body and "qu'il est authentique" in body
