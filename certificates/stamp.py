"""Holders' layers drawn with ReportLab over their kind's background, one PDF/A file each.

Why not WeasyPrint for everything: it lays every text out with Pango, from Python, and a
certificate page costs it tens of milliseconds of layout however pages are batched (measured;
see ``bench/certificates.py``). Yet most of the page is the same for every holder of a kind.
So WeasyPrint draws that part once (``pdf.background_pdf``, cached), and each certificate only
adds its own few lines of text and its QR code, at the places ``design.layout`` chose.

How the files are made, for one certificate or a cohort alike:

1. ``draw_layers``: one ReportLab document with one page per certificate, the holders' texts
   and QR codes only. ReportLab subsets and embeds the fonts once for the whole document.
2. ``assemble``: with pikepdf (qpdf), each page goes into a file of its own, over its kind's
   background as a Form XObject. Streams are copied as they are, never decoded or compressed
   again. Each file gets the background's sRGB output intent and its own XMP metadata and
   document information, so it is PDF/A-3b like WeasyPrint's own output, and a file identifier
   derived from its content, so the same certificate gives the same bytes (alone, or in the
   same chunk: a chunk's files share its font subsets).

This module needs no Django settings: ``bulk_pdf`` runs it in worker processes.
"""

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

import pikepdf
import segno
from pikepdf import Name
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from certificates import design, qr

# Binary streams: ASCII85 would make every file a quarter larger and cost time to encode.
rl_config.useA85 = 0

PRODUCER = "WeasyPrint, ReportLab"
QR_ERROR, QR_MASK = qr.ERROR, qr.MASK


@dataclass(frozen=True)
class Metadata:
    """A file's title, author and subject, in its document information and XMP alike."""

    title: str
    author: str
    subject: str


@dataclass(frozen=True)
class Sheet:
    """One certificate to stamp: its kind's background, its texts, its QR code's address."""

    background: bytes
    layout: design.Layout
    verify_url: str
    metadata: Metadata


def qr_code(url: str) -> segno.QRCode:
    """The verification QR code. The mask is fixed: choosing the best of eight costs more than
    drawing the rest of the page (segno scores them in Python), and any mask scans.

    The reference draws it from here; ``stamp`` draws the same modules from ``qr.matrix``."""
    return segno.make(url, error=QR_ERROR, mask=QR_MASK)


def stamp(sheets: Sequence[Sheet]) -> list[bytes]:
    """One PDF per sheet, in order."""
    if not sheets:
        return []
    return assemble(draw_layers(sheets), sheets)


def draw_layers(sheets: Sequence[Sheet]) -> bytes:
    """The holders' own texts and QR codes, one A4 landscape page per sheet."""
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(design.PAGE_WIDTH * mm, design.PAGE_HEIGHT * mm),
        pageCompression=1,
        invariant=1,
        # ReportLab otherwise selects Helvetica at the top of every page: a font that is not
        # embedded, which PDF/A forbids. A TrueType font (registered by the caller) is not.
        initialFontName=design.REGULAR,
    )
    for sheet in sheets:
        _draw_texts(canvas, sheet.layout)
        _draw_qr(canvas, qr.matrix(sheet.verify_url, error=QR_ERROR, mask=QR_MASK))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_texts(canvas: Canvas, layout: design.Layout) -> None:
    for text in layout.texts:
        if text.shared:
            continue
        canvas.setFillColor(HexColor(text.color))
        canvas.setFont(text.font, text.size)
        draw = {
            "center": canvas.drawCentredString,
            "left": canvas.drawString,
            "right": canvas.drawRightString,
        }[text.align]
        for index, line in enumerate(text.lines):
            baseline = text.baseline + index * text.line_gap
            draw(text.x * mm, (design.PAGE_HEIGHT - baseline) * mm, line)


def _draw_qr(canvas: Canvas, modules: Sequence[bytes]) -> None:
    """Each run of dark modules in a row as one rectangle, in module units: a few hundred short
    integers rather than a thousand squares. The runs are found by ``re`` and the path written
    as one string: through ReportLab's path object, one call per rectangle, it cost as much as
    the rest of the page."""
    module = design.QR_SIZE / len(modules) * mm
    canvas.saveState()
    canvas.setFillColor(HexColor(design.INK))
    # Origin at the QR code's top left corner, one unit per module, rows going down.
    left = (design.FOOTER_RIGHT - design.QR_SIZE) * mm
    canvas.translate(left, (design.PAGE_HEIGHT - design.QR_TOP) * mm)
    canvas.scale(module, -module)
    canvas.addLiteral(qr_path(modules))
    canvas.addLiteral("f*")  # the even-odd fill ReportLab's drawPath(fill=1) writes
    canvas.restoreState()


#: A run of dark modules in a row of ``qr.matrix`` (1 dark, 0 light).
_DARK_RUN = re.compile(rb"\x01+")


def qr_path(modules: Sequence[bytes]) -> str:
    """The dark modules as rectangles, in module units, rows going down: the operators
    ReportLab's path object writes for the same rectangles (after its ``n``)."""
    rects = [
        f"{start} {row} {end - start} 1 re"
        for row, line in enumerate(modules)
        for start, end in map(re.Match.span, _DARK_RUN.finditer(line))
    ]
    return " ".join(["n", *rects])


def assemble(layers: bytes, sheets: Sequence[Sheet]) -> list[bytes]:
    """Page ``i`` of ``layers`` over ``sheets[i]``'s background, each as a file of its own."""
    source = pikepdf.open(io.BytesIO(layers))
    if len(source.pages) != len(sheets):
        raise ValueError(f"{len(source.pages)} pages pour {len(sheets)} certificats.")
    backgrounds: dict[bytes, tuple[pikepdf.Object, list[pikepdf.Object]]] = {}
    files = []
    for page, sheet in zip(source.pages, sheets, strict=True):
        if sheet.background not in backgrounds:
            backgrounds[sheet.background] = _import_background(source, sheet.background)
        form, intents = backgrounds[sheet.background]
        # Under the layer, by a fixed name: add_underlay would pick a random one, and the same
        # certificate must give the same bytes.
        page.add_resource(form, Name.XObject, Name.Fond)
        page.contents_add(source.make_stream(b"q /Fond Do Q\n"), prepend=True)
        single = pikepdf.Pdf.new()
        single.pages.append(page)
        single.Root.OutputIntents = pikepdf.Array(single.copy_foreign(i) for i in intents)
        _describe(single, sheet.metadata)
        buffer = io.BytesIO()
        single.save(
            buffer,
            # Everything is compressed already: copy the streams as they are.
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
            # The XMP written by _describe is complete; qpdf need not parse it again.
            fix_metadata_version=False,
            deterministic_id=True,
            # PDF/A-3 is built on PDF 1.7.
            force_version="1.7",
            # The small objects (font dictionaries, width arrays) in object streams, which
            # PDF/A-3 allows: qpdf hands them over in a few large writes instead of two
            # thousand small ones, each a call into Python, and the file is a little smaller.
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
        files.append(buffer.getvalue())
    return files


def _import_background(target: pikepdf.Pdf, background: bytes):
    """The background's page as a Form XObject in ``target``, and its output intents."""
    pdf = pikepdf.open(io.BytesIO(background))
    form = target.copy_foreign(pdf.pages[0].as_form_xobject())
    # Output intents are direct objects, which qpdf only copies once made indirect.
    intents = [target.copy_foreign(pdf.make_indirect(intent)) for intent in pdf.Root.OutputIntents]
    return form, intents


def _describe(pdf: pikepdf.Pdf, metadata: Metadata) -> None:
    """The same title, author and subject in the document information and in XMP, with the
    PDF/A-3b identification, as PDF/A requires."""
    pdf.docinfo = pdf.make_indirect(
        pikepdf.Dictionary(
            Title=metadata.title,
            Author=metadata.author,
            Subject=metadata.subject,
            Producer=PRODUCER,
        )
    )
    pdf.Root.Metadata = pdf.make_stream(
        _xmp(metadata).encode(), Type=Name.Metadata, Subtype=Name.XML
    )


def _xmp(metadata: Metadata) -> str:
    title, author, subject, producer = (
        escape(value, {'"': "&quot;"})
        for value in (metadata.title, metadata.author, metadata.subject, PRODUCER)
    )
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 pdfaid:part="3" pdfaid:conformance="B"/>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="{producer}"/>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
