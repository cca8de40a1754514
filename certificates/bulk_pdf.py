"""Many certificates at once (a whole cohort), each still its own standalone PDF/A-3b file.

Where the time goes, measured with WeasyPrint 70 on one certificate (``render_certificate_pdf``,
about 190 ms): about 150 ms is layout, not per-document overhead. The markup nests three flex
containers and WeasyPrint's flex algorithm lays their items out several times over; the same
page as plain blocks lays out in 20 ms. Writing the PDF takes about 17 ms (9 ms of it drawing
the QR code's SVG path, 2.5 ms subsetting the two fonts), the template and QR encoding 4 ms,
parsing the stylesheet and loading the fonts about 5 ms. One document for many certificates
therefore saves only that last part; most of the gain has to come from the layout.

So this module does two things:

1. **The same page, laid out with CSS grid.** ``LAYOUT`` is a second stylesheet, placed after
   ``pdf.py``'s, that turns its three flex containers into grid containers with the same
   geometry, at about a quarter of the layout time. The files come out byte-for-byte identical
   to ``render_certificate_pdf``'s (the tests compare them). The two algorithms agree only while
   everything fits (flex shrinks overflowing items, grid lets them overflow), so each laid-out
   page is checked (``_same_as_flex``), and a certificate that does not fit (a 200-character
   name, say) is rendered by ``render_certificate_pdf`` instead: identical again, just slower.

2. **One WeasyPrint document per chunk of certificates.** The bodies of ``certificate_html``'s
   documents are put one after the other, one page each, under the head (stylesheet, fonts) of
   the first; ``render()`` runs once per chunk, then each certificate's page is written on its
   own with ``Document.copy([page]).write_pdf(...)``: its own font subsets, its own title and
   author in the PDF and XMP metadata, the PDF/A-3b markers. Writing the whole chunk once and
   splitting it with pypdf was measured too: 8 ms per certificate instead of 13, but the files
   lose the PDF/A markers and metadata (or would carry the first holder's) and embed glyph
   subsets for the whole chunk, so it is not used. Chunks (``CHUNK_SIZE``) keep a large
   cohort's box trees from being in memory at once; ``iter_rendered`` also lets a caller store
   each file before the next one is made.

Altogether about 47 ms per certificate instead of 190 (``bench/certificates.py``): layout is
still about half of it, and WeasyPrint lays every page out in Python, so batching cannot go
much further in one process.

Why build on ``certificate_html``'s output rather than on a copy of the markup: ``pdf.py`` stays
the one place that decides what a certificate says, escapes the holder's input, encodes the QR
code and points at the fonts, and the byte-for-byte comparison catches any drift between its
markup and ``LAYOUT``. Cutting its output at ``<body>`` and ``</body>`` is safe because every
fact is escaped: no fact can contain a literal ``<body>``. ``pdf.py`` is not changed here;
adopting ``LAYOUT`` there (with the same fit check and a flex fallback) would bring one
certificate on demand from about 190 ms to about 70 ms.
"""

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from weasyprint import HTML
from weasyprint.formatting_structure.boxes import GridBox, LineBox
from weasyprint.html import get_html_metadata
from weasyprint.pdf.metadata import DocumentMetadata
from weasyprint.text.fonts import FontConfiguration

from certificates import pdf
from certificates.pdf import PDF_VARIANT, CertificateFacts, certificate_html, render_certificate_pdf

logger = logging.getLogger(__name__)

#: Certificates laid out in one WeasyPrint document: beyond about 25, larger chunks no longer
#: save time (measured), and each holds its box trees in memory until its last file is written.
CHUNK_SIZE = 50

#: The attribute marking each certificate's wrapper, so that pages are matched to certificates
#: by what they contain rather than by counting.
MARK = "data-bulk-certificate"

#: pdf.py's flex containers as grid containers with the same geometry (see the module
#: docstring). ``.rule`` centres itself with auto margins, which WeasyPrint's grid applies only
#: with ``justify-self: start``.
LAYOUT = f"""
.inner {{ display: grid; grid-template-rows: minmax(0, 1fr) auto; grid-template-columns: 100%; }}
.main {{ display: grid; align-content: center; grid-template-columns: 100%; }}
.footer {{
  display: grid; grid-template-columns: max-content max-content; justify-content: space-between;
  align-items: end;
}}
.rule {{ justify-self: start; }}
[{MARK}] {{ break-after: page; }}
"""

#: Tolerance on layout coordinates (CSS pixels) when checking that everything fits.
EPSILON = 0.01


def render_many(
    items: Sequence[tuple[CertificateFacts, str]], *, chunk_size: int = CHUNK_SIZE
) -> list[bytes]:
    """One PDF per ``(facts, verify_url)``, in the order given, each the file
    ``render_certificate_pdf`` would make, about four times faster for a cohort."""
    return list(iter_rendered(items, chunk_size=chunk_size))


def iter_rendered(
    items: Iterable[tuple[CertificateFacts, str]], *, chunk_size: int = CHUNK_SIZE
) -> Iterator[bytes]:
    """``render_many``, one file at a time: for cohorts too large to hold all their PDFs."""
    if chunk_size < 1:
        raise ValueError("chunk_size doit valoir au moins 1.")
    chunk: list[tuple[CertificateFacts, str]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == chunk_size:
            yield from _render_chunk(chunk)
            chunk = []
    if chunk:
        yield from _render_chunk(chunk)


def _render_chunk(chunk: list[tuple[CertificateFacts, str]]) -> Iterator[bytes]:
    documents = [certificate_html(facts, verify_url) for facts, verify_url in chunk]
    # Read at each call, like render_certificate_pdf does, so a replaced fetcher is obeyed.
    html = HTML(string=_combined(documents), url_fetcher=pdf.strict_url_fetcher)
    rendering = html.render(font_config=FontConfiguration(), pdf_variant=PDF_VARIANT)
    pages = defaultdict(list)
    for page in rendering.pages:
        pages[_certificate_index(page)].append(page)
    for index, ((facts, verify_url), document) in enumerate(zip(chunk, documents, strict=True)):
        own = pages.get(index, [])
        if len(own) != 1 or not _same_as_flex(own[0]):
            logger.info("Certificat %s : mis en page seul (contenu trop long).", facts.code)
            yield render_certificate_pdf(facts, verify_url)
            continue
        single = rendering.copy(own)
        # The chunk's metadata is the first certificate's: each file gets its own.
        single.metadata = DocumentMetadata(**get_html_metadata(HTML(string=_head(document))))
        yield single.write_pdf(pdf_variant=PDF_VARIANT)


def _head(document: str) -> str:
    head, found, _ = document.partition("<body>")
    if not found:
        raise ValueError("certificate_html sans <body> : bulk_pdf.py doit suivre pdf.py.")
    return head


def _body(document: str) -> str:
    body, found, _ = document.partition("<body>")[2].rpartition("</body>")
    if not found:
        raise ValueError("certificate_html sans </body> : bulk_pdf.py doit suivre pdf.py.")
    return body


def _combined(documents: list[str]) -> str:
    """The first document's head with ``LAYOUT`` after its stylesheet, then every body, each
    in a wrapper that ends its page."""
    head, found, _ = _head(documents[0]).rpartition("</head>")
    if not found:
        raise ValueError("certificate_html sans </head> : bulk_pdf.py doit suivre pdf.py.")
    bodies = "".join(
        f'<div {MARK}="{index}">{_body(document)}</div>' for index, document in enumerate(documents)
    )
    return f"{head}<style>{LAYOUT}</style></head><body>{bodies}</body></html>"


def _certificate_index(page) -> int | None:
    for box in page._page_box.descendants():
        element = getattr(box, "element", None)
        if element is not None and (mark := element.get(MARK)) is not None:
            return int(mark)
    return None


def _same_as_flex(page) -> bool:
    """Whether pdf.py's flex layout would have put everything at the same place.

    It would as long as nothing overflows: flex shrinks items that do not fit (and widens a
    column around a word wider than the page), grid lets them overflow. So every grid item must
    lie within its container, and every line of text within its block.
    """
    for box in page._page_box.descendants():
        if isinstance(box, GridBox):
            left, top = box.content_box_x(), box.content_box_y()
            for item in box.children:
                if item.is_in_normal_flow() and not _within(item, left, top, box.width, box.height):
                    return False
        # Lines are checked across only: a block's height already follows its lines.
        lines = [child for child in getattr(box, "children", ()) if isinstance(child, LineBox)]
        if lines:
            left, right = box.content_box_x(), box.content_box_x() + box.width
            for line in lines:
                if (
                    line.position_x < left - EPSILON
                    or line.position_x + line.margin_width() > right + EPSILON
                ):
                    return False
    return True


def _within(box, left: float, top: float, width: float, height: float) -> bool:
    return (
        box.position_x >= left - EPSILON
        and box.position_y >= top - EPSILON
        and box.position_x + box.margin_width() <= left + width + EPSILON
        and box.position_y + box.margin_height() <= top + height + EPSILON
    )
