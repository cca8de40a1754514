"""Certificates in bulk: one standalone PDF per certificate, in the order given, each the very
file render_certificate_pdf makes for it.

Every file is checked on its own, as the holder will get it: a mix-up (another holder's name
on a page, or in the metadata) is the failure that matters most in a cohort's batch.
"""

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from django.conf import settings

from certificates import bulk_pdf, pdf
from certificates.bulk_pdf import iter_rendered, render_many
from certificates.pdf import CertificateFacts, FetchRefused, render_certificate_pdf

STATIC = Path(settings.STATICFILES_DIRS[0])


def certificate(holder_name: str, code: str, **changes) -> tuple[CertificateFacts, str]:
    values = {
        "holder_name": holder_name,
        "business_name": "Boulangerie Martin",
        "title": "Mettre en place le click and collect",
        "kind_label": "Certificat de réussite",
        "hours": "2 h",
        "completed_on": date(2026, 11, 22),
        "issuer": "Accélérateur du numérique",
        "code": code,
    }
    facts = CertificateFacts(**{**values, **changes})
    return facts, f"https://accelerateur.example/certificats/verifier/{code}/"


# Five different certificates: no name or code is part of another's.
COHORT = [
    certificate("Camille Martin", "K7QF-9XPM"),
    certificate("Nadia Benali", "H3RT-2WXC", business_name="", hours=""),
    certificate(
        "Thomas Lefèvre",
        "P9LM-4ZQA",
        title="Facturation électronique : être prêt pour 2026, de la plateforme agréée au "
        "premier envoi",
        kind_label="Attestation de participation",
    ),
    certificate("Aïcha N'Diaye", "D2VB-7NKE", completed_on=date(2027, 3, 1)),
    certificate(
        "Marie-Françoise de La Tour d'Auvergne-Lauraguais",
        "W5YC-8GHU",
        business_name="Boulangerie-pâtisserie artisanale du Vieux Port et des environs SARL",
    ),
]


@pytest.fixture(scope="module")
def pdfs() -> list[bytes]:
    return render_many(COHORT)


@pytest.fixture
def fallbacks(monkeypatch) -> list[str]:
    """The codes of the certificates render_many hands to render_certificate_pdf."""
    codes = []

    def recording(facts, verify_url):
        codes.append(facts.code)
        return render_certificate_pdf(facts, verify_url)

    monkeypatch.setattr(bulk_pdf, "render_certificate_pdf", recording)
    return codes


def read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def text_of(data: bytes) -> str:
    return "".join(page.extract_text() for page in read(data).pages).replace("\n", "")


def font_descriptors(reader: pypdf.PdfReader) -> list[pypdf.generic.DictionaryObject]:
    """The descriptors of every font the pages use, descendant fonts of Type0 included."""
    descriptors = []
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            for each in [font, *(child.get_object() for child in font.get("/DescendantFonts", []))]:
                if "/FontDescriptor" in each:
                    descriptors.append(each["/FontDescriptor"].get_object())
    return descriptors


def others(index: int) -> list[CertificateFacts]:
    return [facts for position, (facts, _url) in enumerate(COHORT) if position != index]


# --- Each file, on its own ----------------------------------------------------------------------


def test_one_file_per_certificate_in_the_order_given(pdfs):
    assert len(pdfs) == len(COHORT)
    for index, data in enumerate(pdfs):
        facts = COHORT[index][0]
        text = text_of(data)
        assert facts.holder_name in text
        assert facts.code in text
        for other in others(index):
            assert other.holder_name not in text, (index, other.holder_name)
            assert other.code not in text, (index, other.code)


def test_each_file_is_one_a4_landscape_page(pdfs):
    for data in pdfs:
        reader = read(data)
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_each_file_embeds_its_fonts(pdfs):
    for data in pdfs:
        descriptors = font_descriptors(read(data))
        assert descriptors, "no font descriptor found: the check below would prove nothing"
        for descriptor in descriptors:
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)


def test_each_file_is_small(pdfs):
    for data in pdfs:
        assert len(data) <= 150 * 1024


def test_each_file_is_pdf_a_3b_with_its_own_metadata(pdfs):
    """The chunk is one document, whose metadata is the first certificate's: each file must
    carry its own holder's, in the document information and in the XMP packet."""
    for index, data in enumerate(pdfs):
        reader = read(data)
        root = reader.trailer["/Root"]
        xmp = root["/Metadata"].get_object().get_data().decode()
        assert 'pdfaid:part="3"' in xmp
        assert 'pdfaid:conformance="B"' in xmp
        assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
        assert "/ID" in reader.trailer
        facts = COHORT[index][0]
        title = f"{facts.kind_label} – {facts.holder_name}"
        assert reader.metadata.title == title
        assert reader.metadata.subject == facts.title
        assert reader.xmp_metadata.dc_title == {"x-default": title}


def test_each_file_is_the_one_render_certificate_pdf_makes(pdfs):
    """Byte for byte: a certificate from a cohort's batch and the same one downloaded later
    are the same file. This also catches pdf.py's markup drifting away from bulk_pdf.LAYOUT."""
    for (facts, verify_url), data in zip(COHORT, pdfs, strict=True):
        assert data == render_certificate_pdf(facts, verify_url), facts.code


# --- Layout: the fast path, and the fallback for what does not fit ---------------------------


def test_ordinary_certificates_are_laid_out_together(fallbacks):
    render_many(COHORT)
    assert fallbacks == []


def test_what_does_not_fit_is_rendered_alone_and_comes_out_the_same(fallbacks):
    """Flex (pdf.py) shrinks what overflows, grid (bulk_pdf) does not: such certificates are
    handed to render_certificate_pdf, and the others in the chunk are unaffected."""
    items = [
        COHORT[0],
        certificate("Très long nom " * 14, "LONG-NAME1", title="Un titre interminable " * 11),
        certificate("X" * 200, "LONG-WORD1"),
        certificate(
            "Nadia Benali",
            "LONG-ISSU1",
            issuer="Chambre de commerce et d'industrie régionale de Provence-Alpes-Côte "
            "d'Azur, délégation de Marseille",
        ),
        COHORT[1],
    ]
    rendered = render_many(items)
    assert fallbacks == ["LONG-NAME1", "LONG-WORD1", "LONG-ISSU1"]
    for (facts, verify_url), data in zip(items, rendered, strict=True):
        assert data == render_certificate_pdf(facts, verify_url), facts.code


# --- Chunks -------------------------------------------------------------------------------------


def test_chunks_keep_the_order(pdfs):
    assert render_many(COHORT, chunk_size=2) == pdfs


def test_files_come_one_at_a_time(pdfs):
    rendered = iter_rendered(iter(COHORT), chunk_size=1)
    assert next(rendered) == pdfs[0]
    assert list(rendered) == pdfs[1:]


def test_nothing_to_render():
    assert render_many([]) == []


def test_chunk_size_must_be_positive():
    with pytest.raises(ValueError):
        render_many(COHORT, chunk_size=0)


# --- Holder input stays text --------------------------------------------------------------------


def test_markup_is_printed_and_only_the_shipped_fonts_are_fetched(monkeypatch):
    fetched = []

    class Recording(pdf.StrictURLFetcher):
        def fetch(self, url, headers=None):
            try:
                response = super().fetch(url, headers)
            except FetchRefused:
                fetched.append((url, "refused"))
                raise
            fetched.append((url, "served"))
            return response

    monkeypatch.setattr(pdf, "strict_url_fetcher", Recording())
    hostile = '<img src="file:///etc/passwd">'
    data = render_many([certificate(hostile, "K7QF-9XPM"), COHORT[1]])[0]
    assert hostile in text_of(data)
    assert {url for url, _ in fetched if not url.startswith("data:")} == {
        (STATIC / "fonts" / "DejaVuSans.ttf").resolve().as_uri(),
        (STATIC / "fonts" / "DejaVuSans-Bold.ttf").resolve().as_uri(),
    }
    assert all(outcome == "served" for _, outcome in fetched)
