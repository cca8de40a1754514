"""Reading certificate PDFs back, as their holders and verifiers will: text, fonts, pixels."""

import io
from datetime import date

import pypdf
import pypdfium2
from PIL import ImageChops, ImageStat
from pypdf.generic import DictionaryObject

from certificates.pdf import CertificateFacts


def certificate(holder_name: str, code: str, **changes) -> tuple[CertificateFacts, str]:
    """Facts for a certificate and its verification address; ``changes`` override the facts."""
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


def read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def text_of(data: bytes) -> str:
    """The text of every page, lines joined: pypdf follows the background's Form XObject."""
    return "".join(page.extract_text() for page in read(data).pages).replace("\n", "")


def font_descriptors(data: bytes) -> list[pypdf.generic.DictionaryObject]:
    """The descriptor of every font the pages use, in their own resources and in those of the
    Form XObjects they draw (the background), descendant fonts of Type0 included.

    A font without a descriptor (one of the standard 14, such as Helvetica, which is never
    embedded) gives an empty one, so that a check for the embedded font file fails on it."""
    descriptors = []

    def visit(resources):
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            children = [child.get_object() for child in font.get("/DescendantFonts", [])]
            # A Type0 font draws through its descendants; every other font needs a descriptor.
            for each in children if font.get("/Subtype") == "/Type0" else [font]:
                descriptor = each.get("/FontDescriptor")
                descriptors.append(descriptor.get_object() if descriptor else DictionaryObject())
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                visit(xobject["/Resources"].get_object())

    for page in read(data).pages:
        visit(page["/Resources"].get_object())
    return descriptors


def picture(data: bytes, scale: float = 1.0):
    """The first page as a greyscale image, as a PDF viewer would show it."""
    document = pypdfium2.PdfDocument(data)
    try:
        return document[0].render(scale=scale).to_pil().convert("L")
    finally:
        document.close()


def difference(first: bytes, second: bytes) -> float:
    """Mean difference between the two files' pictures, from 0 (same) to 255."""
    return ImageStat.Stat(ImageChops.difference(picture(first), picture(second))).mean[0]
