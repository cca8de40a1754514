"""Reads: a holder's certificates, and what the public verification page may show."""

from django.utils import translation

from certificates.codes import normalise
from certificates.models import Certificate


def certificates_of(user) -> list[Certificate]:
    return list(Certificate.objects.filter(holder=user, superseded_at=None).order_by("-issued_at"))


def certificate_by_code(typed: str) -> Certificate | None:
    code = normalise(typed)
    if code is None:
        return None
    return Certificate.objects.select_related("replaced_by").filter(code=code).first()


def facts_of(certificate: Certificate):
    """What the PDF prints: the snapshot, never the live account or course. The page is in
    French whoever first asks for it, so the kind's label is too."""
    from certificates.pdf import CertificateFacts

    with translation.override("fr"):
        kind_label = certificate.get_kind_display()
    return CertificateFacts(
        holder_name=certificate.holder_name,
        business_name=certificate.business_name,
        title=certificate.title,
        kind_label=kind_label,
        hours=certificate.hours,
        completed_on=certificate.completed_on,
        issuer=certificate.issuer,
        code=certificate.code,
    )
