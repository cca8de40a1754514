"""From a certificate to its stored PDF, one at a time or many at once."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import reverse

from certificates.models import Certificate
from certificates.selectors import facts_of


def verification_url(certificate: Certificate) -> str:
    """The address in the QR code: the public site's, whatever host served the request."""
    return f"{settings.SITE_URL}{reverse('certificates:verify', args=[certificate.code])}"


def store_pdfs(certificates: list[Certificate], *, on_stored=None) -> None:
    """Render the PDFs of several certificates together and store each one as it comes.

    All of them go to ``bulk_pdf`` at once, so that a cohort is stamped in chunks over
    worker processes; ``on_stored(count)``, if given, is told how many are stored so far.
    """
    from certificates.bulk_pdf import iter_rendered

    pdfs = iter_rendered([(facts_of(c), verification_url(c)) for c in certificates])
    for count, (certificate, pdf) in enumerate(zip(certificates, pdfs, strict=True), start=1):
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
        Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
        if on_stored is not None:
            on_stored(count)


def pdf_bytes(certificate: Certificate) -> bytes:
    """The stored PDF, rendered now if the worker has not done it yet."""
    if not certificate.pdf:
        store_pdfs([certificate])
    with certificate.pdf.open("rb") as stored:
        return stored.read()
