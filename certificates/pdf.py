"""The certificate as a PDF: one A4 landscape page, fonts embedded, archived as PDF/A-3b.

The holder keeps this file for years and shows it to people who never log in to the site, so
it must stand alone: the fonts are embedded (PDF/A forbids anything else), the verification
code is printed for people who type it, and a QR code leads phones to the public verification
page.

Two layers, placed by ``design.layout``:

- the background of a kind (frame, headings, labels: what every holder's certificate of that
  kind shares) is HTML drawn by WeasyPrint, once per process (``background_pdf``);
- each holder's texts and QR code are stamped over it by ``stamp.py``, in a few milliseconds
  instead of the hundred WeasyPrint needs to lay a whole page out (``bench/certificates.py``).

``certificate_html`` and ``render_reference_pdf`` draw the whole page through WeasyPrint, from
the same template and the same layout: the plain way, which the tests compare the stamped
files with, pixel by pixel, and the bench measures against.

The HTML may contain user input (a holder's name, in the reference), so everything is escaped,
and WeasyPrint only ever reads through ``strict_url_fetcher``, which serves the project's own
static and media files and ``data:`` URIs, and refuses the rest: even if markup slipped
through, it could neither read the server's files nor make the server call another host.

PDF/A: WeasyPrint 70 writes the background as PDF/A-3b (sRGB output intent, XMP metadata, file
identifier); ``stamp`` carries the output intent over and writes each file's own XMP. The tests
check those markers and the embedded fonts; no veraPDF run is part of the suite.
"""

import mimetypes
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import DataHandler, Request, url2pathname

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template import Context, Engine
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from certificates import design, stamp
from certificates.design import french_date  # noqa: F401 (re-exported)

PDF_VARIANT = "pdf/a-3b"
FONT_FILES = {"normal": "fonts/DejaVuSans.ttf", "bold": "fonts/DejaVuSans-Bold.ttf"}


@dataclass(frozen=True)
class CertificateFacts:
    """What the certificate prints: a snapshot taken at issue, not the live account."""

    holder_name: str
    business_name: str
    title: str
    kind_label: str
    hours: str
    completed_on: date
    issuer: str
    code: str


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


#: Pass as ``url_fetcher=`` to ``weasyprint.HTML``; also callable as ``strict_url_fetcher(url)``.
strict_url_fetcher = StrictURLFetcher()


# --- The document -------------------------------------------------------------------------------


def static_file(relative: str) -> Path:
    """A shipped static file: the source folders in development, STATIC_ROOT once collected."""
    for folder in _static_folders():
        if (candidate := folder / relative).is_file():
            return candidate.resolve()
    # Without the font the PDF would silently fall back to whatever the server has installed.
    raise ImproperlyConfigured(f"Fichier statique introuvable : {relative}")


TEMPLATE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{{ title }}</title>
<meta name="author" content="{{ issuer }}">
{% if subject %}<meta name="description" content="{{ subject }}">{% endif %}
<style>
@font-face { font-family: "Certificat"; font-weight: 400; src: url("{{ font_normal }}"); }
@font-face { font-family: "Certificat"; font-weight: 700; src: url("{{ font_bold }}"); }
@page { size: A4 landscape; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "Certificat"; color: {{ ink }}; }
.frame { position: absolute; left: 10mm; top: 10mm; width: 277mm; height: 190mm;
  box-sizing: border-box; border: 1.6mm double {{ ink }}; }
.inner { position: absolute; left: 14.6mm; top: 14.6mm; width: 267.8mm; height: 180.8mm;
  box-sizing: border-box; border: 0.3mm solid {{ gold }}; }
.rule { position: absolute; height: 0; border-top: 0.5mm solid {{ gold }}; }
.t { position: absolute; margin: 0; line-height: {{ line_height }}; white-space: pre; }
.b { font-weight: 700; }
.spaced { letter-spacing: 0.25em; }
.qr { position: absolute; }
</style>
</head>
<body>
<div class="frame"></div><div class="inner"></div>
<div class="rule" style="{{ rule_style }}"></div>
{% for text in texts %}
<p class="t {{ text.css_class }}" style="{{ text.style }}">{{ text.lines|join:"<br>" }}</p>
{% endfor %}
{% if qr %}<img class="qr" src="{{ qr }}" alt="QR code de vérification" style="{{ qr_style }}">
{% endif %}
</body>
</html>
"""


@cache
def _template():
    """A standalone engine: the project's TEMPLATES settings (context processors, builtins)
    have no say in a document made of user input. Escaping comes from the Context below."""
    return Engine().from_string(TEMPLATE)


def _fonts() -> tuple[str, str]:
    return (str(static_file(FONT_FILES["normal"])), str(static_file(FONT_FILES["bold"])))


def layout_of(facts: CertificateFacts | None, verify_url: str = "", *, kind_label="", issuer=""):
    """``design.layout`` for these facts; without facts, the background of a kind."""
    design.register_fonts(*_fonts())
    if facts is None:
        return design.layout(kind_label=kind_label, issuer=issuer)
    return design.layout(
        kind_label=facts.kind_label,
        issuer=facts.issuer,
        holder_name=facts.holder_name,
        business_name=facts.business_name,
        title=facts.title,
        hours=facts.hours,
        completed_on=facts.completed_on,
        code=facts.code,
        verify_url=verify_url,
    )


def metadata_of(facts: CertificateFacts) -> stamp.Metadata:
    return stamp.Metadata(
        title=f"{facts.kind_label} – {facts.holder_name}", author=facts.issuer, subject=facts.title
    )


def _html(layout: design.Layout, *, title: str, issuer: str, subject: str = "", qr=None) -> str:
    """The page as HTML, every text escaped by the template engine."""
    normal, bold = _fonts()
    rule_centre, rule_top, rule_width = layout.rule
    context = {
        "texts": layout.texts,
        "title": title,
        "issuer": issuer,
        "subject": subject,
        "ink": design.INK,
        "gold": design.GOLD,
        "line_height": f"{design.LINE_HEIGHT:.2f}",
        "rule_style": f"left: {rule_centre - rule_width / 2:.3f}mm; top: {rule_top:.3f}mm; "
        f"width: {rule_width:.3f}mm",
        "font_normal": Path(normal).as_uri(),
        "font_bold": Path(bold).as_uri(),
        "qr": qr.svg_data_uri(dark=design.INK, border=0) if qr else "",
        "qr_style": f"left: {design.FOOTER_RIGHT - design.QR_SIZE:.3f}mm; "
        f"top: {design.QR_TOP:.3f}mm; width: {design.QR_SIZE:.3f}mm; "
        f"height: {design.QR_SIZE:.3f}mm",
    }
    return _template().render(Context(context, autoescape=True))


def certificate_html(facts: CertificateFacts, verify_url: str) -> str:
    """The whole certificate as one HTML document: the plain way, kept as the reference the
    stamped file is compared with (tests) and measured against (bench)."""
    metadata = metadata_of(facts)
    return _html(
        layout_of(facts, verify_url),
        title=metadata.title,
        issuer=facts.issuer,
        subject=facts.title,
        qr=stamp.qr_code(verify_url),
    )


def render_reference_pdf(facts: CertificateFacts, verify_url: str) -> bytes:
    """The certificate through WeasyPrint alone, one document per certificate."""
    html = HTML(string=certificate_html(facts, verify_url), url_fetcher=strict_url_fetcher)
    return html.write_pdf(font_config=FontConfiguration(), pdf_variant=PDF_VARIANT)


def background_pdf(kind_label: str, issuer: str) -> bytes:
    """What every certificate of a kind shares, drawn by WeasyPrint: frame, headings, labels."""
    return _background_pdf(kind_label, issuer, _fonts(), strict_url_fetcher)


@lru_cache(maxsize=16)
def _background_pdf(kind_label: str, issuer: str, fonts: tuple[str, str], fetcher) -> bytes:
    """Cached per process, keyed by the font files and the fetcher too, so that settings or a
    fetcher replaced by tests are obeyed."""
    layout = layout_of(None, kind_label=kind_label, issuer=issuer)
    html = HTML(string=_html(layout, title=kind_label, issuer=issuer), url_fetcher=fetcher)
    return html.write_pdf(font_config=FontConfiguration(), pdf_variant=PDF_VARIANT)


def sheet_of(facts: CertificateFacts, verify_url: str) -> stamp.Sheet:
    """What ``stamp`` needs for one certificate; needs the settings, so made in the caller."""
    background = background_pdf(facts.kind_label, facts.issuer)
    return stamp.Sheet(background, layout_of(facts, verify_url), verify_url, metadata_of(facts))


def render_certificate_pdf(facts: CertificateFacts, verify_url: str) -> bytes:
    """The certificate as PDF/A-3b bytes: the kind's background with the holder's layer."""
    return stamp.stamp([sheet_of(facts, verify_url)])[0]
