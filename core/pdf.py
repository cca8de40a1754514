"""Printed documents: the shipped fonts, and WeasyPrint kept to the project's own files.

Certificates, grant dossiers and the shops' pickup sheets and posters are HTML holding text
typed by users (names, suppliers, products). Each is rendered by a standalone template engine
with autoescaping, where the site's context processors have no say, and WeasyPrint only ever
reads through ``strict_url_fetcher``, which serves the project's own static and media files and
``data:`` URIs, and refuses the rest: even if markup slipped through, it could neither read the
server's files nor make the server call another host.

The DejaVu fonts are shipped in ``static/fonts`` and embedded, so a document prints the same on
any printer and never falls back to whatever fonts the server happens to have.
"""

import mimetypes
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import DataHandler, Request, url2pathname

import segno
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template import Context, Engine
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

FONT_FILES = {"normal": "fonts/DejaVuSans.ttf", "bold": "fonts/DejaVuSans-Bold.ttf"}


class FetchRefused(ValueError):
    """A resource outside the project's static and media files, or a scheme we never fetch.

    A ValueError, as WeasyPrint expects from fetchers: it logs the failure and renders the
    document without the resource.
    """


# --- Fetching -----------------------------------------------------------------------------------


def _folders(*entries) -> list[Path]:
    """Settings entries as paths; STATICFILES_DIRS items may be ("prefix", path) pairs."""
    entries = [entry[1] if isinstance(entry, list | tuple) else entry for entry in entries]
    return [Path(entry) for entry in entries if entry]


def _static_folders() -> list[Path]:
    """Read at each call, so tests and deployments overriding the settings are obeyed."""
    return _folders(*settings.STATICFILES_DIRS, settings.STATIC_ROOT)


def _allowed_roots() -> list[Path]:
    return [folder.resolve() for folder in [*_static_folders(), *_folders(settings.MEDIA_ROOT)]]


def _inside(path: Path, roots: list[Path]) -> Path:
    """The real file behind ``path``, if it is a file inside one of ``roots``.

    ``resolve()`` follows ``..`` and symlinks first, so neither can lead outside.
    """
    try:
        real = path.resolve(strict=True)
    except (OSError, ValueError, RuntimeError) as error:  # missing, NUL byte, symlink loop
        raise FetchRefused(f"Fichier introuvable : {path}") from error
    if not real.is_file() or not any(real.is_relative_to(root) for root in roots):
        raise FetchRefused(f"Fichier hors des dossiers statiques et médias : {path}")
    return real


def _by_prefix(url: str) -> list[Path]:
    """The files a STATIC_URL or MEDIA_URL address may name, on disk, never online.

    The paths are only joined here; ``_file_response`` checks where they really lead.
    """
    for prefix, folders in (
        (settings.STATIC_URL, _static_folders()),
        (settings.MEDIA_URL, _folders(settings.MEDIA_ROOT)),
    ):
        if prefix and folders and url.startswith(prefix):
            relative = url2pathname(urlsplit(url[len(prefix) :]).path).lstrip("/")
            return [folder / relative for folder in folders]
    return []


def _file_response(*candidates: Path) -> URLFetcherResponse:
    """The first candidate that is a file inside the allowed folders (static, then collected)."""
    roots = _allowed_roots()
    refusal = FetchRefused("Aucun fichier")
    for candidate in candidates:
        try:
            real = _inside(candidate, roots)
        except FetchRefused as error:
            refusal = error
            continue
        content_type = mimetypes.guess_type(real.name)[0] or "application/octet-stream"
        return URLFetcherResponse(real.as_uri(), real.read_bytes(), {"Content-Type": content_type})
    raise refusal


def _fetch(url: str) -> URLFetcherResponse:
    if local := _by_prefix(url):
        return _file_response(*local)
    scheme = urlsplit(url).scheme.lower()
    if scheme == "data":
        # urllib decodes data: URIs itself (percent-encoded or base64); no network involved.
        try:
            response = DataHandler().data_open(Request(url))  # noqa: S310 (data: only)
        except (ValueError, OSError) as error:
            raise FetchRefused(f"URI data: illisible : {url[:60]}") from error
        content_type = response.headers.get("Content-Type") or "text/plain"
        return URLFetcherResponse(url, response.read(), {"Content-Type": content_type})
    if scheme == "file":
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise FetchRefused(f"Fichier sur un autre hôte : {url}")
        return _file_response(Path(url2pathname(parts.path)))
    raise FetchRefused(f"Adresse refusée : {url}")


class StrictURLFetcher(URLFetcher):
    """WeasyPrint's fetcher, narrowed to our own files and ``data:`` URIs.

    WeasyPrint 70 requires a ``URLFetcher`` instance (it reads its ``_fail_on_errors`` and
    expects a ``URLFetcherResponse``, no longer a dict), so this is a subclass whose ``fetch``
    never reaches urllib's openers: no HTTP, no FTP, no redirects, whatever the URL says.
    """

    def __init__(self, timeout=10, ssl_context=None, **kwargs):
        super().__init__(
            timeout=timeout,
            ssl_context=ssl_context,
            allowed_protocols=frozenset({"file", "data"}),
            allow_redirects=False,
            fail_on_errors=False,
        )

    def fetch(self, url, headers=None) -> URLFetcherResponse:
        return _fetch(url)

    def __call__(self, url, timeout=10, ssl_context=None, **kwargs) -> URLFetcherResponse:
        """Accepts the old function-style arguments, which do not matter without a network."""
        return self.fetch(url)


#: The fetcher every document is rendered through; also callable as ``strict_url_fetcher(url)``.
#: Looked up at each rendering, so tests may replace it with one that records what is read.
strict_url_fetcher = StrictURLFetcher()


# --- Fonts --------------------------------------------------------------------------------------


def static_file(relative: str) -> Path:
    """A shipped static file: the source folders in development, STATIC_ROOT once collected."""
    for folder in _static_folders():
        if (candidate := folder / relative).is_file():
            return candidate.resolve()
    # Without the font the PDF would silently fall back to whatever the server has installed.
    raise ImproperlyConfigured(f"Fichier statique introuvable : {relative}")


def font_paths() -> tuple[str, str]:
    """The shipped regular and bold fonts, as file paths (for drawing outside WeasyPrint)."""
    return str(static_file(FONT_FILES["normal"])), str(static_file(FONT_FILES["bold"]))


def font_context() -> dict[str, str]:
    """``font_normal`` and ``font_bold`` for a template's ``@font-face`` rules, as file URIs."""
    normal, bold = font_paths()
    return {"font_normal": Path(normal).as_uri(), "font_bold": Path(bold).as_uri()}


# --- Rendering ----------------------------------------------------------------------------------


def html_to_pdf(html: str, **options) -> bytes:
    """The document as PDF bytes, reading only through ``strict_url_fetcher``.

    ``options`` go to WeasyPrint's ``write_pdf`` (``pdf_variant="pdf/a-3b"`` for archives).
    """
    document = HTML(string=html, url_fetcher=strict_url_fetcher)
    return document.write_pdf(font_config=FontConfiguration(), **options)


@cache
def _engine() -> Engine:
    """The project's template folder with only the tags a printed document needs.

    Escaping comes from the Context in ``render_pdf``; the site's context processors and
    builtins have no say in a document made of user input.
    """
    return Engine(
        dirs=[str(Path(settings.BASE_DIR) / "templates")],
        libraries={
            "i18n": "django.templatetags.i18n",
            "formatting": "core.templatetags.formatting",
        },
    )


def render_template_html(template_name: str, context: dict) -> str:
    """A template of ``templates/`` as HTML, escaped, with the shipped fonts in its context."""
    context = {**context, **font_context()}
    return _engine().get_template(template_name).render(Context(context, autoescape=True))


def render_pdf(template_name: str, context: dict, **options) -> bytes:
    """A template of ``templates/`` as PDF bytes: escaped, shipped fonts, strict fetcher."""
    return html_to_pdf(render_template_html(template_name, context), **options)


def qr_data_uri(url: str) -> str:
    """The QR code leading to ``url`` for a printed page, as an SVG ``data:`` URI (the only
    kind of address the fetcher reads besides the shipped files): black on white, error level
    medium, a quiet zone of two modules."""
    return segno.make(url, error="m").svg_data_uri(dark="#000000", light="#ffffff", border=2)


def printed_address(url: str) -> str:
    """``url`` as printed under its QR code: without its scheme (« accelerateur.fr/… »)."""
    return url.split("://", 1)[-1]
