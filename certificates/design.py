"""Where everything sits on a certificate, decided once for both ways of drawing it.

A certificate is drawn in two layers (see ``pdf.py``): WeasyPrint draws what every certificate
of a kind shares (frame, headings, labels) and ``stamp.py`` draws what belongs to one holder
(name, title, dates, code, QR code) on top. Both read their positions, sizes and lines from
here, so the two layers cannot drift apart, and the reference rendering (everything through
WeasyPrint) comes out the same as the stamped one.

Positions are in millimetres from the top left corner of an A4 landscape page, and each text
is placed by the baseline of its first line, which both WeasyPrint and ReportLab can honour
exactly. Line breaks and type sizes are chosen here too, with ReportLab's font metrics: a long
name or title gets smaller type, then a second or third line, and never runs into the footer.
"""

from dataclasses import dataclass
from datetime import date
from functools import cache

from django.utils import formats, translation
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_WIDTH, PAGE_HEIGHT = 297.0, 210.0
CENTRE = PAGE_WIDTH / 2
#: The width texts in the middle of the page may take, inside the frame and its padding.
COLUMN = 220.0
FOOTER_LEFT, FOOTER_RIGHT = 38.0, PAGE_WIDTH - 38.0
QR_SIZE, QR_TOP = 32.0, 142.0
URL_WIDTH = 100.0

INK, MUTED, GOLD = "#1f2a44", "#5b6478", "#a8864a"

#: Font names as ReportLab knows them; ``register_fonts`` binds them to the shipped files.
REGULAR, BOLD = "Certificat", "Certificat-Bold"

#: DejaVu Sans's ascent (hhea table, 1901/2048 em): where the baseline sits in a line box.
ASCENT = 0.928
DESCENT = 0.236
LINE_HEIGHT = 1.2
POINT = 25.4 / 72  # millimetres


@dataclass(frozen=True)
class Text:
    """One block of text: its lines, type, colour, and the baseline of its first line."""

    lines: tuple[str, ...]
    size: float  # points
    baseline: float  # millimetres from the top
    x: float  # the centre, left edge or right edge, by ``align``
    align: str = "center"
    bold: bool = False
    color: str = INK
    width: float = COLUMN
    #: Shared by every certificate of a kind (drawn once, in the background) or not.
    shared: bool = False
    #: Letter-spaced capitals; only shared texts, drawn by WeasyPrint, may ask for it.
    spaced: bool = False

    @property
    def line_gap(self) -> float:
        return self.size * LINE_HEIGHT * POINT

    @property
    def top(self) -> float:
        """The top of the first line box, for CSS: baseline minus half-leading and ascent."""
        return self.baseline - _ascent_in_line(self.size)

    @property
    def left(self) -> float:
        return {"center": self.x - self.width / 2, "left": self.x, "right": self.x - self.width}[
            self.align
        ]

    @property
    def style(self) -> str:
        """Its place and type as CSS, numbers written the same in every language."""
        return (
            f"left: {self.left:.3f}mm; top: {self.top:.3f}mm; width: {self.width:.3f}mm; "
            f"text-align: {self.align}; font-size: {self.size:.2f}pt; color: {self.color}"
        )

    @property
    def css_class(self) -> str:
        return " ".join(name for name, on in (("b", self.bold), ("spaced", self.spaced)) if on)

    @property
    def font(self) -> str:
        return BOLD if self.bold else REGULAR


@dataclass(frozen=True)
class Layout:
    texts: tuple[Text, ...]
    rule: tuple[float, float, float]  # centre, top, width (mm)


def register_fonts(regular: str, bold: str) -> None:
    """Make the shipped fonts known to ReportLab (once per process: parsing takes ~50 ms)."""
    _register(REGULAR, regular)
    _register(BOLD, bold)


@cache
def _register(name: str, path: str) -> None:
    pdfmetrics.registerFont(TTFont(name, path))


def french_date(day: date) -> str:
    """« 22 novembre 2026 », « 1er mars 2027 »: French, whatever language the request used."""
    with translation.override("fr"):
        text = formats.date_format(day, "j F Y")
    return f"1er{text[1:]}" if day.day == 1 else text


def fit(text: str, *, bold: bool, sizes: tuple[float, ...], width: float, max_lines: int):
    """The largest size in ``sizes`` at which ``text`` takes at most ``max_lines`` lines of
    ``width`` mm, with its lines. Past the smallest size, it takes the lines it needs."""
    font = BOLD if bold else REGULAR
    limit = width / POINT
    for size in sizes:
        lines = simpleSplit(text, font, size, limit)
        fits = all(pdfmetrics.stringWidth(line, font, size) <= limit for line in lines)
        if len(lines) <= max_lines and fits:
            return size, tuple(lines)
    size = sizes[-1]
    lines = simpleSplit(text, font, size, limit)
    return size, tuple(piece for line in lines for piece in _broken(line, font, size, limit))


def _broken(line: str, font: str, size: float, limit: float) -> list[str]:
    """A line that still does not fit (one endless word), broken where it reaches the edge:
    only absurd input gets here, and a name is never cut short."""
    pieces = []
    while pdfmetrics.stringWidth(line, font, size) > limit:
        end = len(line) - 1
        while end > 1 and pdfmetrics.stringWidth(line[:end], font, size) > limit:
            end -= 1
        pieces.append(line[:end])
        line = line[end:]
    return [*pieces, line]


def layout(
    *,
    kind_label: str,
    issuer: str,
    holder_name: str = "",
    business_name: str = "",
    title: str = "",
    hours: str = "",
    completed_on: date | None = None,
    code: str = "",
    verify_url: str = "",
) -> Layout:
    """Every text on the certificate. Without a holder's facts, only the shared ones: that is
    the background of the kind."""
    shared = [
        Text((issuer.upper(),), 10, 34, CENTRE, bold=True, color=GOLD, shared=True, spaced=True),
        Text((kind_label,), 30, 51, CENTRE, bold=True, shared=True),
        Text(("Décerné à",), 12, 70, CENTRE, shared=True),
        Text(("pour",), 12, 102, CENTRE, shared=True),
        Text(("Délivré par",), 9, 158, FOOTER_LEFT, "left", color=MUTED, shared=True, width=120),
        Text((issuer,), 12, 164, FOOTER_LEFT, "left", bold=True, shared=True, width=120),
        Text(("Code de vérification :",), 10, 182, FOOTER_LEFT, "left", shared=True, width=120),
        Text(
            ("Vérifier ce certificat :",),
            7.5,
            180,
            FOOTER_RIGHT,
            "right",
            color=MUTED,
            shared=True,
            width=URL_WIDTH,
        ),
    ]
    texts = shared + (_own(**locals()) if holder_name else [])
    return Layout(tuple(texts), rule=(CENTRE, 56.5, 40))


#: The bands, between the shared labels, where a holder's texts are centred (mm from the top).
NAME_BAND = (72.0, 98.0)
TITLE_BAND = (105.0, 141.0)


def _own(*, holder_name, business_name, title, hours, completed_on, code, verify_url, **_):
    """The texts that belong to one certificate."""
    day = french_date(completed_on)
    size, holder = fit(holder_name, bold=True, sizes=(28, 24, 20, 16), width=COLUMN, max_lines=1)
    if len(holder) > 1:
        size, holder = fit(
            holder_name, bold=True, sizes=(16, 13, 11, 9, 8), width=COLUMN, max_lines=2
        )
    name_blocks = [(holder, size, True, 0.0)]
    if business_name:
        size, lines = fit(business_name, bold=False, sizes=(13, 11), width=COLUMN, max_lines=1)
        if len(lines) > 1:
            size, lines = fit(business_name, bold=False, sizes=(9,), width=COLUMN, max_lines=2)
        name_blocks.append((lines, size, False, 1.0))
    size, lines = fit(
        f"« {title} »", bold=True, sizes=(17, 14, 12, 10, 8), width=COLUMN, max_lines=3
    )
    details = f"Durée : {hours} · Le {day}" if hours else f"Le {day}"
    title_blocks = [(lines, size, True, 0.0), ((details,), 11, False, 5.0)]
    label_width = pdfmetrics.stringWidth("Code de vérification : ", REGULAR, 10) * POINT
    return [
        *_stack(name_blocks, *NAME_BAND),
        *_stack(title_blocks, *TITLE_BAND),
        Text((f"le {day}",), 9, 170, FOOTER_LEFT, "left", color=MUTED, width=120),
        Text((code,), 13, 182, FOOTER_LEFT + label_width, "left", bold=True, width=60),
        Text(
            _url_lines(verify_url, 7.5),
            7.5,
            184,
            FOOTER_RIGHT,
            "right",
            color=MUTED,
            width=URL_WIDTH,
        ),
    ]


def _stack(blocks, top: float, bottom: float) -> list[Text]:
    """Centred blocks of ``(lines, size, bold, gap above)``, one under the other, the whole
    stack centred vertically between ``top`` and ``bottom``."""
    heights = [len(lines) * size * LINE_HEIGHT * POINT for lines, size, _, _ in blocks]
    total = sum(heights) + sum(gap for *_, gap in blocks[1:])
    y = top + max(0.0, (bottom - top - total) / 2)
    texts = []
    for index, ((lines, size, bold, gap), height) in enumerate(zip(blocks, heights, strict=True)):
        y += gap if index else 0.0
        texts.append(Text(lines, size, y + _ascent_in_line(size), CENTRE, bold=bold))
        y += height
    return texts


def _ascent_in_line(size: float) -> float:
    """From the top of a line box to its baseline: half the leading, then the ascent."""
    return ((LINE_HEIGHT - ASCENT - DESCENT) / 2 + ASCENT) * size * POINT


def _url_lines(url: str, size: float) -> tuple[str, ...]:
    """The verification address in lines of at most ``URL_WIDTH``, broken after a slash: it has
    no spaces to break at, and must be printed whole for people who type it."""
    limit = URL_WIDTH / POINT
    lines, current = [], ""
    for part in url.replace("/", "/\n").split("\n"):
        if current and pdfmetrics.stringWidth(current + part, REGULAR, size) > limit:
            lines.append(current)
            current = ""
        current += part
    return (*lines, current) if current else tuple(lines)
