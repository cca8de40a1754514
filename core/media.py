"""Uploaded files served by Django when no S3 bucket is configured (``/media/...``).

A deployment on one machine keeps uploads in ``MEDIA_ROOT``; putting nginx in front to serve
that folder is faster (see README), but the site must also work without it. Files people
uploaded are not trusted, so this view is stricter than ``django.views.static.serve``, whose
path handling and ``If-Modified-Since`` support it reuses:

- only files inside ``MEDIA_ROOT`` (no ``..``, no symbolic link leading out, no hidden file),
  and never the private folder where grant invoices live (``DATA_DIR/private``), even if
  ``MEDIA_ROOT`` were set to contain it;
- the content type comes from a fixed list by extension, never from the file: images are shown
  inline, every other known type and anything unknown is downloaded
  (``Content-Disposition: attachment``, unknown types as ``application/octet-stream``);
- ``X-Content-Type-Options: nosniff`` and ``Content-Security-Policy: default-src 'none';
  sandbox``, so even an HTML file posing as an image cannot run in the site's origin;
- Wagtail's renditions (``images/``) never change under the same name: cached for a year.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

INLINE_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}
DOWNLOAD_TYPES = {
    ".csv": "text/csv",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".ics": "text/calendar",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".pdf": "application/pdf",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".txt": "text/plain",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".zip": "application/zip",
}
SANDBOX_POLICY = "default-src 'none'; sandbox"
RENDITIONS_PREFIX = "images/"
RENDITION_CACHE = "public, max-age=31536000, immutable"
OTHER_CACHE = "public, max-age=3600"


def media_file(path: str) -> Path:
    """The file ``path`` names inside MEDIA_ROOT, or Http404 for anything else."""
    root = Path(settings.MEDIA_ROOT).resolve()
    private = (Path(settings.DATA_DIR) / "private").resolve()
    if any(part.startswith(".") for part in Path(path).parts):
        raise Http404
    try:
        full = Path(safe_join(root, path)).resolve()
    except (SuspiciousFileOperation, ValueError, OSError) as exc:  # out of the root, or a NUL
        raise Http404 from exc
    if not full.is_relative_to(root) or full.is_relative_to(private) or not full.is_file():
        raise Http404
    return full


@require_safe
def serve_media(request, path):
    full = media_file(path)
    stat = full.stat()
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        return HttpResponseNotModified()
    extension = full.suffix.lower()
    if extension in INLINE_TYPES:
        response = FileResponse(full.open("rb"), content_type=INLINE_TYPES[extension])
    else:
        response = FileResponse(
            full.open("rb"),
            content_type=DOWNLOAD_TYPES.get(extension, "application/octet-stream"),
            as_attachment=True,
            filename=full.name,
        )
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = SANDBOX_POLICY
    renditions = path.replace(os.sep, "/").startswith(RENDITIONS_PREFIX)
    response["Cache-Control"] = RENDITION_CACHE if renditions else OTHER_CACHE
    return response
