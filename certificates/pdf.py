"""The certificate as a PDF: one A4 landscape page, fonts embedded, archived as PDF/A-3b.

The holder keeps this file for years and shows it to people who never log in to the site, so
it must stand alone: the fonts are embedded (PDF/A forbids anything else), the verification
code is printed for people who type it, and a QR code leads phones to the public verification
page.

The PDF is rendered from HTML that contains user input (the holder's and the business's names,
typed by the holder). Everything is escaped, and WeasyPrint only ever reads through
``strict_url_fetcher``, which serves the project's own static and media files and ``data:``
URIs, and refuses the rest: even if markup slipped through, it could neither read the server's
files nor make the server call another host (SSRF).

PDF/A: WeasyPrint 70 writes PDF/A-3b (``pdf_variant="pdf/a-3b"``: sRGB output intent, XMP
metadata, file identifier, printable annotations); it costs about 3 KB for the ICC profile.
The tests check those markers and the embedded fonts; no veraPDF run is part of the suite.
"""

import mimetypes
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import DataHandler, Request, url2pathname

import segno
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template import Context, Engine
from django.utils import formats, translation
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

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


def _static_file(relative: str) -> Path:
    """A shipped static file: the source folders in development, STATIC_ROOT once collected."""
    for folder in _static_folders():
        if (candidate := folder / relative).is_file():
            return candidate.resolve()
    # Without the font the PDF would silently fall back to whatever the server has installed.
    raise ImproperlyConfigured(f"Fichier statique introuvable : {relative}")


def french_date(day: date) -> str:
    """« 22 novembre 2026 », « 1er mars 2027 »: French, whatever language the request used."""
    with translation.override("fr"):
        text = formats.date_format(day, "j F Y")
    return f"1er{text[1:]}" if day.day == 1 else text


TEMPLATE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{{ facts.kind_label }} – {{ facts.holder_name }}</title>
<meta name="author" content="{{ facts.issuer }}">
<meta name="description" content="{{ facts.title }}">
<style>
@font-face { font-family: "Certificat"; font-weight: 400; src: url("{{ font_normal }}"); }
@font-face { font-family: "Certificat"; font-weight: 700; src: url("{{ font_bold }}"); }
@page { size: A4 landscape; margin: 10mm; }
html, body { margin: 0; padding: 0; }
body { font-family: "Certificat"; color: #1f2a44; font-size: 11pt; line-height: 1.35; }
.frame {
  position: relative; box-sizing: border-box; height: 190mm; overflow: hidden;
  border: 1.6mm double #1f2a44; padding: 3mm;
}
.inner {
  box-sizing: border-box; height: 100%; overflow: hidden;
  border: 0.3mm solid #a8864a; padding: 11mm 22mm 9mm;
  display: flex; flex-direction: column; text-align: center;
}
.main {
  flex: 1 1 auto; overflow: hidden;
  display: flex; flex-direction: column; justify-content: center;
}
.issuer { margin: 0; font-size: 10pt; letter-spacing: 0.25em; text-transform: uppercase;
  color: #a8864a; font-weight: 700; }
h1 { margin: 6mm 0 0; font-size: 30pt; font-weight: 700; letter-spacing: 0.02em; }
.rule { width: 40mm; margin: 4mm auto 0; border-top: 0.5mm solid #a8864a; }
.awarded { margin: 7mm 0 0; font-size: 12pt; }
.holder { margin: 2mm 0 0; font-size: 28pt; font-weight: 700; }
.holder.long { font-size: 21pt; }
.business { margin: 1mm 0 0; font-size: 13pt; }
.for { margin: 6mm 0 0; font-size: 12pt; }
.title { margin: 2mm 0 0; font-size: 17pt; font-weight: 700; }
.title.long { font-size: 14pt; }
.title.longer { font-size: 12pt; }
.details { margin: 4mm 0 0; font-size: 11pt; }
.footer {
  flex: 0 0 auto; display: flex; justify-content: space-between; align-items: flex-end;
  text-align: left;
}
.signature p { margin: 0; }
.signature .label { font-size: 9pt; color: #5b6478; }
.signature .name { font-size: 12pt; font-weight: 700; margin-top: 1mm; }
.signature .code { margin-top: 4mm; font-size: 10pt; }
.signature .code strong { font-size: 13pt; letter-spacing: 0.08em; }
.verify { width: 100mm; text-align: right; }
.verify img { width: 32mm; height: 32mm; }
.verify p { margin: 1mm 0 0; font-size: 7.5pt; color: #5b6478; overflow-wrap: anywhere; }
.verify a { color: inherit; text-decoration: none; }
</style>
</head>
<body>
<div class="frame"><div class="inner">
  <div class="main">
  <p class="issuer">{{ facts.issuer }}</p>
  <h1>{{ facts.kind_label }}</h1>
  <div class="rule"></div>
  <p class="awarded">Décerné à</p>
  <p class="holder {{ holder_size }}">{{ facts.holder_name }}</p>
  {% if facts.business_name %}<p class="business">{{ facts.business_name }}</p>{% endif %}
  <p class="for">pour</p>
  <p class="title {{ title_size }}">« {{ facts.title }} »</p>
  <p class="details">{% if facts.hours %}Durée : {{ facts.hours }} · {% endif %}Le {{ day }}</p>
  </div>
  <div class="footer">
    <div class="signature">
      <p class="label">Délivré par</p>
      <p class="name">{{ facts.issuer }}</p>
      <p class="label">le {{ day }}</p>
      <p class="code">Code de vérification : <strong>{{ facts.code }}</strong></p>
    </div>
    <div class="verify">
      <img src="{{ qr }}" alt="QR code de vérification">
      <p>Vérifier ce certificat :<br><a href="{{ verify_url }}">{{ verify_url }}</a></p>
    </div>
  </div>
</div></div>
</body>
</html>
"""


@cache
def _template():
    """A standalone engine: the project's TEMPLATES settings (context processors, builtins)
    have no say in a document made of user input. Escaping comes from the Context below."""
    return Engine().from_string(TEMPLATE)


def _title_size(length: int) -> str:
    if length > 110:
        return "long longer"
    return "long" if length > 60 else ""


def certificate_html(facts: CertificateFacts, verify_url: str) -> str:
    """The HTML WeasyPrint renders; every fact is escaped by the template engine."""
    qr = segno.make(verify_url, error="m").svg_data_uri(dark="#1f2a44")
    context = {
        "facts": facts,
        "day": french_date(facts.completed_on),
        "verify_url": verify_url,
        "qr": qr,
        # Long names and titles get smaller type, so that they still fit on the one page.
        "holder_size": "long" if len(facts.holder_name) > 32 else "",
        "title_size": _title_size(len(facts.title)),
        "font_normal": _static_file(FONT_FILES["normal"]).as_uri(),
        "font_bold": _static_file(FONT_FILES["bold"]).as_uri(),
    }
    return _template().render(Context(context, autoescape=True))


def render_certificate_pdf(facts: CertificateFacts, verify_url: str) -> bytes:
    """The certificate as PDF/A-3b bytes, ready for an HTTP response or storage."""
    font_config = FontConfiguration()
    html = HTML(string=certificate_html(facts, verify_url), url_fetcher=strict_url_fetcher)
    return html.write_pdf(font_config=font_config, pdf_variant=PDF_VARIANT)
