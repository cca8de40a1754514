"""The certificate PDF: what it prints, that it stands alone, and what it may read while rendered.

Holder names are typed by users, so the rendering is also tested as an attack surface: markup in
a name stays text, and WeasyPrint reads nothing but the project's own files and data: URIs.
"""

from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from django.conf import settings

from certificates import design
from certificates.pdf import (
    CertificateFacts,
    certificate_html,
    french_date,
    layout_of,
    render_certificate_pdf,
    render_reference_pdf,
)
from tests.certificates.pdfs import difference, font_descriptors, picture, read, text_of

STATIC = Path(settings.STATICFILES_DIRS[0])
VERIFY_URL = "https://accelerateur.example/certificats/verifier/K7QF-9XPM/"


def facts(**changes) -> CertificateFacts:
    values = {
        "holder_name": "Camille Martin",
        "business_name": "Boulangerie Martin",
        "title": "Mettre en place le click and collect",
        "kind_label": "Certificat de réussite",
        "hours": "2 h",
        "completed_on": date(2026, 11, 22),
        "issuer": "Accélérateur du numérique",
        "code": "K7QF-9XPM",
    }
    return CertificateFacts(**{**values, **changes})


@pytest.fixture(scope="module")
def certificate() -> bytes:
    return render_certificate_pdf(facts(), VERIFY_URL)


# --- The document ---------------------------------------------------------------------------


def test_one_landscape_page(certificate):
    reader = read(certificate)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    # A4 landscape: 297 × 210 mm, in points.
    assert round(float(box.width)) == 842
    assert round(float(box.height)) == 595


def test_prints_the_facts(certificate):
    text = text_of(certificate)
    for printed in (
        "Camille Martin",
        "Boulangerie Martin",
        "Mettre en place le click and collect",
        "Certificat de réussite",
        "2 h",
        "22 novembre 2026",
        "K7QF-9XPM",
        "Décerné à",
        "Vérifier ce certificat",
        VERIFY_URL,
    ):
        assert printed in text.replace("\n", ""), printed


def test_every_font_is_embedded(certificate):
    descriptors = font_descriptors(certificate)
    assert descriptors, "no font descriptor found: the check below would prove nothing"
    for descriptor in descriptors:
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), descriptor.get(
            "/FontName", "a font without a descriptor"
        )


def test_uses_the_shipped_fonts_only(recorder):
    render_certificate_pdf(facts(kind_label="Attestation de suivi"), VERIFY_URL)
    fonts = {url for url, outcome in recorder.calls if not url.startswith("data:")}
    assert fonts == {
        (STATIC / "fonts" / "DejaVuSans.ttf").resolve().as_uri(),
        (STATIC / "fonts" / "DejaVuSans-Bold.ttf").resolve().as_uri(),
    }
    assert all(outcome == "served" for _, outcome in recorder.calls)


def test_is_small(certificate):
    assert len(certificate) <= 150 * 1024


def test_is_pdf_a_3b(certificate):
    reader = read(certificate)
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp
    assert 'pdfaid:conformance="B"' in xmp
    assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    assert "/ID" in reader.trailer


def test_the_qr_code_leads_to_the_verification_page(certificate):
    [barcode] = zxingcpp.read_barcodes(picture(certificate, scale=3))
    assert barcode.text == VERIFY_URL


def test_the_same_certificate_gives_the_same_file(certificate):
    """No date or random identifier inside: a download later is the file mailed today."""
    assert render_certificate_pdf(facts(), VERIFY_URL) == certificate


def test_looks_like_the_whole_page_drawn_by_weasyprint(certificate):
    """The stamped file (background by WeasyPrint, holder's layer by ReportLab) against the
    reference, the whole page through WeasyPrint: only anti-aliasing and kerning differ
    (measured about 0.5 of 255). Another holder's certificate is far off, so the measure
    does tell certificates apart."""
    reference = render_reference_pdf(facts(), VERIFY_URL)
    assert difference(certificate, reference) < 1.5
    other = render_reference_pdf(facts(holder_name="Nadia Benali", code="H3RT-2WXC"), VERIFY_URL)
    assert difference(certificate, other) > 2 * difference(certificate, reference)


def test_the_reference_draws_the_qr_code_as_a_vector_image():
    html = certificate_html(facts(), VERIFY_URL)
    assert 'src="data:image/svg+xml' in html


LONG = facts(
    holder_name="Marie-Françoise de La Tour d'Auvergne-Lauraguais de Saint-Exupéry-Montmorency",
    business_name="Boulangerie-pâtisserie artisanale du Vieux Port et des environs de Marseille, "
    "SARL au capital de 10 000 euros",
    title="Mettre en place le click and collect pour une boutique de quartier, de la prise de "
    "commande au retrait en magasin, sans oublier la facturation, le suivi et les avis clients",
)


@pytest.mark.parametrize(
    "long_facts",
    [
        LONG,
        facts(holder_name="X" * 300, title="Y" * 400),
        facts(holder_name="Très long nom " * 20, title="Un titre interminable " * 20),
    ],
    ids=["long", "endless-words", "absurd"],
)
def test_long_texts_get_smaller_type_and_stay_clear_of_each_other(long_facts):
    """Long texts shrink, then wrap; each line fits its width and every block ends before the
    next one starts, the footer included."""
    texts = layout_of(long_facts, VERIFY_URL).texts
    for text in texts:
        for line in text.lines:
            width = design.pdfmetrics.stringWidth(line, text.font, text.size) * design.POINT
            assert width <= text.width + 0.01, (line, width)
    middle = sorted((t for t in texts if t.align == "center"), key=lambda t: t.baseline)
    for upper, lower in zip(middle, middle[1:], strict=False):
        assert upper.top + len(upper.lines) * upper.line_gap <= lower.top, (upper, lower)
    last = middle[-1]
    assert last.top + len(last.lines) * last.line_gap <= design.QR_TOP


@pytest.mark.parametrize("long_facts", [LONG, facts(holder_name="X" * 300, title="Y" * 400)])
def test_long_texts_are_printed_whole(long_facts):
    text = text_of(render_certificate_pdf(long_facts, VERIFY_URL)).replace(" ", "")
    for printed in (long_facts.holder_name, long_facts.business_name, long_facts.title):
        assert printed.replace(" ", "") in text


def test_optional_facts_leave_no_empty_line():
    texts = [
        line
        for text in layout_of(facts(business_name="", hours=""), VERIFY_URL).texts
        for line in text.lines
    ]
    assert "Boulangerie Martin" not in texts
    assert not [line for line in texts if "Durée" in line]
    assert "Le 22 novembre 2026" in texts


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 22), "22 novembre 2026"),
        (date(2027, 3, 1), "1er mars 2027"),
        (date(2026, 8, 15), "15 août 2026"),
    ],
)
def test_french_date(day, expected, settings):
    settings.LANGUAGE_CODE = "en"
    assert french_date(day) == expected


# --- Holder input stays text ------------------------------------------------------------------


def test_markup_in_facts_is_escaped_in_the_reference():
    html = certificate_html(facts(holder_name='<img src="file:///etc/passwd">'), VERIFY_URL)
    assert '<img src="file:///etc/passwd">' not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html


@pytest.mark.parametrize("render", [render_certificate_pdf, render_reference_pdf])
def test_markup_in_holder_name_is_printed_and_never_fetched(recorder, render):
    hostile = '<img src="file:///etc/passwd">'
    # A kind of its own, so that its background is drawn now, through the recorder.
    hostile_facts = facts(holder_name=hostile, business_name=hostile, kind_label=render.__name__)
    data = render(hostile_facts, VERIFY_URL)
    assert hostile in text_of(data)
    assert recorder.calls, "the recorder saw nothing: is the fetcher still used?"
    assert not [url for url, _ in recorder.calls if "passwd" in url]
