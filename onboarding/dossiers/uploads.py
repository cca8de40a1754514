"""Invoices are judged by what they contain, never by their name or the browser's word.

An upload claiming to be ``facture.png`` may be an HTML page behind a PNG signature (a
browser sniffing it would run its scripts on our domain), an SVG carrying a script, or a
small file that decodes into gigabytes of pixels. So:

- the size is read from the upload before anything else: over 10 MB is refused unread;
- the first bytes decide the type: ``%PDF-``, the PNG signature or the JPEG SOI marker;
  anything else (SVG, HTML, GIF, WebP, office files…) is refused;
- a PDF must open with pikepdf (qpdf) and have at least one page;
- an image must be identified by Pillow as the format its signature announces, pass
  ``verify()``, then be decoded in full with ``load()``: a valid header over a body that is
  not an image fails there. Pillow's decompression-bomb warning is raised as an error, and the
  pixel count has a lower ceiling of our own, since an invoice never needs 40 megapixels.

``inspect_invoice`` returns the detected content type, which is what the file is stored and
later served as. Nothing here writes anywhere: callers save the file only once it passed.
"""

import warnings

import pikepdf
from django.utils.translation import gettext as _
from PIL import Image

MAX_INVOICE_BYTES = 10 * 1024 * 1024
#: A scanned A4 page at 600 dpi is about 35 megapixels.
MAX_INVOICE_PIXELS = 40_000_000

PDF, PNG, JPEG = "application/pdf", "image/png", "image/jpeg"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
PILLOW_FORMATS = {PNG: "PNG", JPEG: "JPEG"}


class InvoiceRefused(ValueError):
    """The upload is not an acceptable invoice; the message says why, for the person."""


def _accepted_types() -> str:
    return _("Formats acceptés : PDF, JPEG ou PNG, 10 Mo au plus.")


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(PNG_SIGNATURE):
        return PNG
    if head.startswith(JPEG_SIGNATURE):
        return JPEG
    return None


def _check_pdf(upload) -> None:
    upload.seek(0)
    try:
        with pikepdf.open(upload) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError as error:
        raise InvoiceRefused(
            _("Ce PDF est protégé par un mot de passe : envoyez une version sans protection.")
        ) from error
    except (pikepdf.PdfError, OSError, ValueError, RuntimeError) as error:
        raise InvoiceRefused(
            _("Ce fichier commence comme un PDF mais ne peut pas être lu. %(accepted)s")
            % {"accepted": _accepted_types()}
        ) from error
    if pages < 1:
        raise InvoiceRefused(_("Ce PDF ne contient aucune page."))


def _check_image(upload, content_type: str) -> None:
    unreadable = _(
        "Cette image ne peut pas être lue en entier : elle est abîmée ou n'en est pas "
        "une. %(accepted)s"
    ) % {"accepted": _accepted_types()}
    too_large = _(
        "Cette image est trop grande une fois décompressée (plus de %(limit)s millions de "
        "pixels). Envoyez une photo ou un scan de taille ordinaire."
    ) % {"limit": MAX_INVOICE_PIXELS // 1_000_000}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload, formats=[PILLOW_FORMATS[content_type]]) as image:
                if image.width * image.height > MAX_INVOICE_PIXELS:
                    raise InvoiceRefused(too_large)
                image.verify()
            upload.seek(0)
            with Image.open(upload, formats=[PILLOW_FORMATS[content_type]]) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise InvoiceRefused(too_large) from error
    except InvoiceRefused:
        raise
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError, IndexError) as error:
        # UnidentifiedImageError is an OSError; broken chunks raise SyntaxError or ValueError.
        raise InvoiceRefused(unreadable) from error


def inspect_invoice(upload) -> str:
    """The content type of an acceptable invoice; raises ``InvoiceRefused`` otherwise."""
    size = getattr(upload, "size", None)
    if size is None or size > MAX_INVOICE_BYTES:
        raise InvoiceRefused(
            _("Ce fichier dépasse 10 Mo. %(accepted)s") % {"accepted": _accepted_types()}
        )
    if size == 0:
        raise InvoiceRefused(
            _("Ce fichier est vide. %(accepted)s") % {"accepted": _accepted_types()}
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    content_type = _sniff(head)
    if content_type is None:
        raise InvoiceRefused(
            _("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG. %(accepted)s")
            % {"accepted": _accepted_types()}
        )
    if content_type == PDF:
        _check_pdf(upload)
    else:
        _check_image(upload, content_type)
    upload.seek(0)
    return content_type
