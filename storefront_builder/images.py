"""Photos that owners upload (logo, cover, products), kept as Wagtail images.

Wagtail serves resized renditions (``{% image photo fill-400x300 %}``), cached after the
first request, so a page of products never sends the phone a 4000-pixel original. The upload
is checked first: Pillow must identify it as JPEG, PNG or WebP and decode it in full, its
decompression-bomb warning is an error, and it must be at most 10 MB and 40 megapixels.
"""

import warnings

from django.utils.translation import gettext as _
from PIL import Image as PillowImage
from wagtail.images import get_image_model

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = ("JPEG", "PNG", "WEBP")


class ImageRefused(ValueError):
    """The upload is not an image we accept; the message says why, in French."""


def check_image(upload) -> tuple[int, int]:
    """The image's size in pixels, once it passed every check."""
    accepted = _("Formats acceptés : JPEG, PNG ou WebP, 10 Mo au plus.")
    if not upload.size or upload.size > MAX_BYTES:
        raise ImageRefused(_("Cette image est vide ou dépasse 10 Mo. ") + accepted)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
            upload.seek(0)
            with PillowImage.open(upload, formats=FORMATS) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ImageRefused(_("Cette image est trop grande. ") + accepted)
                image.verify()
            upload.seek(0)
            with PillowImage.open(upload, formats=FORMATS) as image:
                image.load()
                return image.size
    except ImageRefused:
        raise
    except (PillowImage.DecompressionBombError, PillowImage.DecompressionBombWarning) as error:
        raise ImageRefused(_("Cette image est trop grande. ") + accepted) from error
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError, IndexError) as error:
        raise ImageRefused(_("Ce fichier n'est pas une image lisible. ") + accepted) from error
    finally:
        upload.seek(0)


def image_from_upload(upload, *, title: str):
    """A Wagtail image made from a checked upload; raises ImageRefused otherwise."""
    width, height = check_image(upload)
    image = get_image_model()(title=title[:255])
    image.file.save(upload.name, upload, save=False)
    image.width, image.height = width, height
    image.save()
    return image
