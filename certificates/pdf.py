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

The HTML may contain user input (a holder's name, in the reference), so it goes through
``core.pdf``: escaped by a standalone template engine, and drawn by WeasyPrint reading only the
project's own static and media files and ``data:`` URIs.

PDF/A: WeasyPrint 70 writes the background as PDF/A-3b (sRGB output intent, XMP metadata, file
identifier); ``stamp`` carries the output intent over and writes each file's own XMP. The tests
check those markers and the embedded fonts; no veraPDF run is part of the suite.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import core.pdf
from certificates import design, stamp
from certificates.design import french_date  # noqa: F401 (re-exported)
from core.pdf import font_paths, html_to_pdf, render_template_html

PDF_VARIANT = "pdf/a-3b"
TEMPLATE = "certificates/certificate_pdf.html"


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


def layout_of(facts: CertificateFacts | None, verify_url: str = "", *, kind_label="", issuer=""):
    """``design.layout`` for these facts; without facts, the background of a kind."""
    design.register_fonts(*font_paths())
    if facts is None:
        return design.layout(kind_label=kind_label, issuer=issuer)
    return _holder_layout(facts, verify_url)


def _holder_layout(facts: CertificateFacts, verify_url: str) -> design.Layout:
    """``layout_of``, the fonts already registered."""
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
        "qr": qr.svg_data_uri(dark=design.INK, border=0) if qr else "",
        "qr_style": f"left: {design.FOOTER_RIGHT - design.QR_SIZE:.3f}mm; "
        f"top: {design.QR_TOP:.3f}mm; width: {design.QR_SIZE:.3f}mm; "
        f"height: {design.QR_SIZE:.3f}mm",
    }
    return render_template_html(TEMPLATE, context)


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
    return html_to_pdf(certificate_html(facts, verify_url), pdf_variant=PDF_VARIANT)


def background_pdf(kind_label: str, issuer: str) -> bytes:
    """What every certificate of a kind shares, drawn by WeasyPrint: frame, headings, labels."""
    return _background_pdf(kind_label, issuer, font_paths(), core.pdf.strict_url_fetcher)


@lru_cache(maxsize=16)
def _background_pdf(kind_label: str, issuer: str, fonts: tuple[str, str], fetcher) -> bytes:
    """Cached per process, keyed by the font files and the fetcher too, so that settings or a
    fetcher replaced by tests are obeyed."""
    layout = layout_of(None, kind_label=kind_label, issuer=issuer)
    return html_to_pdf(_html(layout, title=kind_label, issuer=issuer), pdf_variant=PDF_VARIANT)


def sheet_of(facts: CertificateFacts, verify_url: str) -> stamp.Sheet:
    """What ``stamp`` needs for one certificate; needs the settings, so made in the caller."""
    return sheets_of([(facts, verify_url)])[0]


def sheets_of(items: Iterable[tuple[CertificateFacts, str]]) -> list[stamp.Sheet]:
    """``sheet_of`` for each ``(facts, verify_url)``. The font files are looked up once for
    all of them: finding them on disk cost a chunk more than laying its texts out."""
    fonts, fetcher = font_paths(), core.pdf.strict_url_fetcher
    design.register_fonts(*fonts)
    return [
        stamp.Sheet(
            _background_pdf(facts.kind_label, facts.issuer, fonts, fetcher),
            _holder_layout(facts, verify_url),
            verify_url,
            metadata_of(facts),
        )
        for facts, verify_url in items
    ]


def render_certificate_pdf(facts: CertificateFacts, verify_url: str) -> bytes:
    """The certificate as PDF/A-3b bytes: the kind's background with the holder's layer."""
    return stamp.stamp([sheet_of(facts, verify_url)])[0]
