"""Uploaded files judged by what they contain, never by their name or the browser's word.

An upload claiming to be ``photo.png`` may be an HTML page behind a PNG signature (a browser
sniffing it would run its scripts on our domain), an SVG carrying a script, or a small file
that decodes into gigabytes of pixels. So, for every kind of upload:

- the size is read from the upload before anything else: an empty or oversized file is
  refused unread;
- the first bytes decide the type (``%PDF-``, the PNG, JPEG or WebP signature), and only the
  types the feature accepts pass;
- a PDF must open with pikepdf (qpdf), unencrypted, and have at least one page;
- an image must be identified by Pillow as the format its signature announces, pass
  ``verify()``, then be decoded in full with ``load()``: a valid header over a body that is
  not an image fails there. Pillow's decompression-bomb warning is raised as an error, and
  the feature sets a lower pixel ceiling of its own.

Each feature keeps its policy in an ``UploadPolicy``: the types, the limits, and the words of
its refusals. Nothing here writes anywhere: callers save the file only once it passed, under
``stored_name``: a name the server chooses, with the extension of what the file really is.
The browser's name is never kept, because the content checks do not make it safe: a real PNG
with an HTML page appended passes them (Pillow stops at the image's end), and stored as
``logo.html`` or ``cover.svg`` it would be served from our domain as a page or an SVG that
runs its script.
"""

import secrets
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field

import pikepdf
from django.core.exceptions import ValidationError
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from PIL import Image

PDF, PNG, JPEG, WEBP = "application/pdf", "image/png", "image/jpeg", "image/webp"
PILLOW_FORMATS = {PNG: "PNG", JPEG: "JPEG", WEBP: "WEBP"}
#: The extension a stored file gets, from the type its content was found to be.
EXTENSIONS = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg", WEBP: ".webp"}
HEAD_BYTES = 16

# Why an upload was refused: the codes a policy words in its own way.
EMPTY = "empty"
TOO_BIG = "too_big"
WRONG_TYPE = "wrong_type"
UNREADABLE_IMAGE = "unreadable_image"
TOO_MANY_PIXELS = "too_many_pixels"
UNREADABLE_PDF = "unreadable_pdf"
ENCRYPTED_PDF = "encrypted_pdf"
EMPTY_PDF = "empty_pdf"

#: The refusals' words unless a policy has its own. ``%(accepted)s`` is the policy's summary
#: of what it takes, ``%(limit)s`` its pixel ceiling in millions.
MESSAGES: Mapping[str, Promise] = {
    EMPTY: _("Ce fichier est vide. %(accepted)s"),
    TOO_BIG: _("Ce fichier est trop volumineux. %(accepted)s"),
    WRONG_TYPE: _("Ce type de fichier n'est pas accepté. %(accepted)s"),
    UNREADABLE_IMAGE: _(
        "Cette image ne peut pas être lue en entier : elle est abîmée ou n'en est pas "
        "une. %(accepted)s"
    ),
    TOO_MANY_PIXELS: _(
        "Cette image est trop grande une fois décompressée (plus de %(limit)s millions de "
        "pixels). Envoyez une photo ou un scan de taille ordinaire."
    ),
    UNREADABLE_PDF: _("Ce fichier commence comme un PDF mais ne peut pas être lu. %(accepted)s"),
    ENCRYPTED_PDF: _(
        "Ce PDF est protégé par un mot de passe : envoyez une version sans protection."
    ),
    EMPTY_PDF: _("Ce PDF ne contient aucune page."),
}


class UploadRefused(ValidationError):
    """The upload failed a check; ``code`` says which, the message says why, in French.

    ``str()`` gives the sentence alone, ready to show next to the field.
    """

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class UploadPolicy:
    """What one feature accepts: which types, how big, and how it words a refusal."""

    content_types: frozenset[str]
    max_bytes: int
    max_pixels: int
    #: A sentence listing what is accepted, appended to most refusals.
    accepted: str | Promise
    #: Refusals worded for this feature, by code; the others use ``MESSAGES``.
    messages: Mapping[str, str | Promise] = field(default_factory=dict)
    #: The feature's own kind of ``UploadRefused``, for its callers to catch.
    refused: type[UploadRefused] = UploadRefused

    def refusal(self, code: str) -> UploadRefused:
        message = self.messages.get(code, MESSAGES[code])
        params = {"accepted": self.accepted, "limit": self.max_pixels // 1_000_000}
        return self.refused(str(message) % params, code=code)


@dataclass(frozen=True)
class CheckedUpload:
    """What the checks found: the real type, and an image's size in pixels."""

    content_type: str
    width: int | None = None
    height: int | None = None


def stored_name(content_type: str) -> str:
    """A file name for a checked upload: random (a name tells nothing about the next one's),
    with the extension of its detected type, so that no server or browser infers another."""
    return f"{secrets.token_hex(12)}{EXTENSIONS[content_type]}"


def sniff(head: bytes) -> str | None:
    """The type announced by the file's first bytes, among those we know to check."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    return None


def check_upload(upload, policy: UploadPolicy) -> CheckedUpload:
    """What ``upload`` really is, once it passed every check; raises ``policy.refused``."""
    size = getattr(upload, "size", None)
    if size is None or size > policy.max_bytes:
        raise policy.refusal(TOO_BIG)  # before reading a byte of it
    if size == 0:
        raise policy.refusal(EMPTY)
    try:
        upload.seek(0)
        content_type = sniff(upload.read(HEAD_BYTES))
        if content_type not in policy.content_types:
            raise policy.refusal(WRONG_TYPE)
        if content_type == PDF:
            _check_pdf(upload, policy)
            return CheckedUpload(content_type)
        width, height = _check_image(upload, content_type, policy)
        return CheckedUpload(content_type, width, height)
    finally:
        upload.seek(0)


def _check_pdf(upload, policy: UploadPolicy) -> None:
    upload.seek(0)
    try:
        with pikepdf.open(upload) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError as error:
        raise policy.refusal(ENCRYPTED_PDF) from error
    except (pikepdf.PdfError, OSError, ValueError, RuntimeError) as error:
        raise policy.refusal(UNREADABLE_PDF) from error
    if pages < 1:
        raise policy.refusal(EMPTY_PDF)


def _check_image(upload, content_type: str, policy: UploadPolicy) -> tuple[int, int]:
    formats = [PILLOW_FORMATS[content_type]]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload, formats=formats) as image:
                if image.width * image.height > policy.max_pixels:
                    raise policy.refusal(TOO_MANY_PIXELS)
                image.verify()
            upload.seek(0)
            with Image.open(upload, formats=formats) as image:
                image.load()
                return image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise policy.refusal(TOO_MANY_PIXELS) from error
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError, IndexError) as error:
        # UnidentifiedImageError is an OSError; broken chunks raise SyntaxError or ValueError.
        raise policy.refusal(UNREADABLE_IMAGE) from error
