"""Photos that owners upload (logo, cover, products), kept as Wagtail images.

Wagtail serves resized renditions (``{% image photo fill-400x300 %}``), cached after the
first request, so a page of products never sends the phone a 4000-pixel original. The upload
is checked first by ``core.uploads``: it must be a JPEG, PNG or WebP that Pillow decodes in
full, of at most 10 MB and 40 megapixels. It is stored under a name the server chooses from
its content (``core.uploads.stored_name``), never the browser's: ``logo.html`` would be served
as a page.
"""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from core.uploads import (
    EMPTY,
    JPEG,
    PNG,
    TOO_BIG,
    TOO_MANY_PIXELS,
    UNREADABLE_IMAGE,
    WEBP,
    WRONG_TYPE,
    UploadPolicy,
    UploadRefused,
    check_upload,
    stored_name,
)

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000

_EMPTY_OR_TOO_BIG = format_lazy("{}%(accepted)s", _("Cette image est vide ou dépasse 10 Mo. "))
_TOO_LARGE = format_lazy("{}%(accepted)s", _("Cette image est trop grande. "))
_UNREADABLE = format_lazy("{}%(accepted)s", _("Ce fichier n'est pas une image lisible. "))


class ImageRefused(UploadRefused):
    """The upload is not an image we accept; the message says why, in French."""


PHOTOS = UploadPolicy(
    content_types=frozenset({JPEG, PNG, WEBP}),
    max_bytes=MAX_BYTES,
    max_pixels=MAX_PIXELS,
    accepted=_("Formats acceptés : JPEG, PNG ou WebP, 10 Mo au plus."),
    messages={
        EMPTY: _EMPTY_OR_TOO_BIG,
        TOO_BIG: _EMPTY_OR_TOO_BIG,
        TOO_MANY_PIXELS: _TOO_LARGE,
        WRONG_TYPE: _UNREADABLE,
        UNREADABLE_IMAGE: _UNREADABLE,
    },
    refused=ImageRefused,
)


def check_image(upload) -> tuple[int, int]:
    """The image's size in pixels, once it passed every check."""
    checked = check_upload(upload, PHOTOS)
    return checked.width, checked.height


def image_from_upload(upload, *, title: str):
    """A Wagtail image made from a checked upload; raises ImageRefused otherwise."""
    checked = check_upload(upload, PHOTOS)
    image = get_image_model()(title=title[:255])
    image.file.save(stored_name(checked.content_type), upload, save=False)
    image.width, image.height = checked.width, checked.height
    image.save()
    return image
