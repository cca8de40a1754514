"""From a certificate to its stored PDF, one at a time or many at once."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import reverse

from certificates.models import Certificate
from certificates.selectors import facts_of


def verification_url(certificate: Certificate) -> str:
    """The address in the QR code: the public site's, whatever host served the request."""
    return f"{settings.SITE_URL}{reverse('certificates:verify', args=[certificate.code])}"


def store_pdfs(certificates: list[Certificate]) -> None:
    """Render the PDFs of several certificates together (see bulk_pdf) and store each one."""
    from certificates.bulk_pdf import render_many

    pdfs = render_many([(facts_of(c), verification_url(c)) for c in certificates])
    for certificate, pdf in zip(certificates, pdfs, strict=True):
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
        Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)


def pdf_bytes(certificate: Certificate) -> bytes:
    """The stored PDF, rendered now if the worker has not done it yet."""
    if not certificate.pdf:
        store_pdfs([certificate])
    with certificate.pdf.open("rb") as stored:
        return stored.read()
