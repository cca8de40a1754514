"""Certificates in bulk: one standalone PDF per certificate, in the order given, each showing
exactly what render_certificate_pdf shows for it.

Every file is checked on its own, as the holder will get it: a mix-up (another holder's name
on a page, or in the metadata) is the failure that matters most in a cohort's batch.
"""

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from certificates import bulk_pdf
from certificates.bulk_pdf import iter_rendered, render_many
from certificates.pdf import CertificateFacts, render_certificate_pdf
from tests.certificates.pdfs import certificate, font_descriptors, picture, read, text_of

STATIC = Path(settings.STATICFILES_DIRS[0])

# Five different certificates, of two kinds: no name or code is part of another's.
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
        assert facts.kind_label in text
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
        descriptors = font_descriptors(data)
        # Regular and bold, in the background (WeasyPrint) and in the holder's layer.
        assert len(descriptors) >= 4, "fonts missing: the check below would prove little"
        for descriptor in descriptors:
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)


def test_each_file_is_small(pdfs):
    for data in pdfs:
        assert len(data) <= 150 * 1024


def test_each_file_is_pdf_a_3b_with_its_own_metadata(pdfs):
    """A chunk is drawn as one document: each file must still carry its own holder's
    metadata, in the document information and in the XMP packet."""
    for index, data in enumerate(pdfs):
        reader = read(data)
        assert reader.pdf_header == "%PDF-1.7"
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


def test_each_file_shows_what_render_certificate_pdf_shows(pdfs):
    """Pixel for pixel: a certificate from a cohort's batch and the same one downloaded alone
    look the same. (The bytes differ: a chunk's files share its font subsets.)"""
    for (facts, verify_url), data in zip(COHORT, pdfs, strict=True):
        alone = render_certificate_pdf(facts, verify_url)
        assert picture(data).tobytes() == picture(alone).tobytes(), facts.code


# --- Chunks and processes -----------------------------------------------------------------------


def test_chunks_keep_the_order(pdfs):
    assert [text_of(data) for data in render_many(COHORT, chunk_size=2)] == [
        text_of(data) for data in pdfs
    ]


def test_worker_processes_give_the_same_files(monkeypatch):
    """Large cohorts are stamped chunk by chunk by this process and forked workers; the files
    come back in order and are those one process makes."""
    started = []

    class Recording(bulk_pdf.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(kwargs["max_workers"])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(bulk_pdf, "ProcessPoolExecutor", Recording)
    monkeypatch.setattr(bulk_pdf, "PARALLEL_FROM", 2)
    cohort = COHORT * 2
    parallel = render_many(cohort, chunk_size=2, processes=3)
    assert started == [2], "two workers forked, this process the third"
    assert parallel == render_many(cohort, chunk_size=2, processes=1)
    assert started == [2], "one process should not start a pool"


def test_files_come_one_at_a_time(pdfs):
    rendered = iter_rendered(iter(COHORT), chunk_size=1)
    assert text_of(next(rendered)) == text_of(pdfs[0])
    assert len(list(rendered)) == len(COHORT) - 1


def test_nothing_to_render():
    assert render_many([]) == []


def test_chunk_size_must_be_positive():
    with pytest.raises(ValueError):
        render_many(COHORT, chunk_size=0)


# --- Holder input stays text --------------------------------------------------------------------


def test_markup_is_printed_and_only_the_shipped_fonts_are_fetched(recorder):
    hostile = '<img src="file:///etc/passwd">'
    data = render_many([certificate(hostile, "K7QF-9XPM"), COHORT[1]])[0]
    assert hostile in text_of(data)
    assert {url for url, _ in recorder.calls if not url.startswith("data:")} == {
        (STATIC / "fonts" / "DejaVuSans.ttf").resolve().as_uri(),
        (STATIC / "fonts" / "DejaVuSans-Bold.ttf").resolve().as_uri(),
    }
    assert all(outcome == "served" for _, outcome in recorder.calls)
