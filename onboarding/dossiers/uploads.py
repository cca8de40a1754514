"""What an invoice may be: a PDF, a JPEG or a PNG of at most 10 MB and 40 megapixels.

The checks themselves (real type from the first bytes, pikepdf for a PDF, Pillow in full for
an image, decompression bombs) are ``core.uploads``'s. ``inspect_invoice`` returns the detected
content type, which is what the file is stored and later served as.
"""

from django.utils.translation import gettext_lazy as _

from core.uploads import (
    JPEG,
    PDF,
    PNG,
    TOO_BIG,
    WRONG_TYPE,
    UploadPolicy,
    UploadRefused,
    check_upload,
)

MAX_INVOICE_BYTES = 10 * 1024 * 1024
#: A scanned A4 page at 600 dpi is about 35 megapixels.
MAX_INVOICE_PIXELS = 40_000_000


class InvoiceRefused(UploadRefused):
    """The upload is not an acceptable invoice; the message says why, for the person."""


INVOICES = UploadPolicy(
    content_types=frozenset({PDF, PNG, JPEG}),
    max_bytes=MAX_INVOICE_BYTES,
    max_pixels=MAX_INVOICE_PIXELS,
    accepted=_("Formats acceptés : PDF, JPEG ou PNG, 10 Mo au plus."),
    messages={
        TOO_BIG: _("Ce fichier dépasse 10 Mo. %(accepted)s"),
        WRONG_TYPE: _("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG. %(accepted)s"),
    },
    refused=InvoiceRefused,
)


def inspect_invoice(upload) -> str:
    """The content type of an acceptable invoice; raises ``InvoiceRefused`` otherwise."""
    return check_upload(upload, INVOICES).content_type
