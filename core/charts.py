"""Small bar, column and line charts, drawn as SVG by the server for every feature.

A feature selects its figures (a diagnostic's scores, a portfolio's counts) as ``Item``s; this
module turns them into whole-pixel geometry, and ``templates/core/charts/<kind>.html`` draws it
with its accessible title and description. Everything is an integer (or a string of integers
for a polyline), so that templates only place numbers: no arithmetic in templates, and no
locale can write a decimal comma inside an SVG attribute. No JavaScript is involved.

Each chart also carries its ``rows`` (label, value): the table printed next to a drawing, the
``<desc>`` read by screen readers and the bars drawn all come from the same list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

TOP = 24  # room for the value above the tallest column or point
BOTTOM = 28  # room for the labels under the axis
SIDE = 12
BARS_TOP = 8  # above the first horizontal bar, and below the last


@dataclass(frozen=True)
class Item:
    """One figure a feature wants drawn.

    ``key`` names the row in the markup (``data-key``) for features that link it to their own
    table; ``marker`` is an earlier value, drawn as a tick across a horizontal bar; ``note`` is
    said after the value in the description (« 33 au diagnostic précédent »).
    """

    label: str
    value: int
    key: str = ""
    marker: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Row:
    """One figure as the table shows it; ``share`` is a whole percent of the first figure."""

    label: str
    value: int
    share: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Column:
    label: str
    value: int
    x: int
    y: int
    width: int
    height: int
    center: int
    value_y: int


@dataclass(frozen=True)
class Point:
    label: str
    value: int
    x: int
    y: int
    value_y: int


@dataclass(frozen=True)
class HorizontalBar:
    label: str
    value: int
    share: int
    y: int
    width: int
    text_y: int
    key: str = ""
    marker_x: int | None = None
    tick_top: int = 0
    tick_bottom: int = 0


@dataclass(frozen=True)
class Chart:
    kind: str  # "columns", "line" or "bars": also the name of the drawing's template
    width: int
    height: int
    rows: list[Row]
    columns: list[Column] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    bars: list[HorizontalBar] = field(default_factory=list)
    polyline: str = ""
    baseline: int = 0
    label_y: int = 0
    bar_x: int = 0
    bar_length: int = 0
    bar_height: int = 0
    value_x: int = 0

    @property
    def template(self) -> str:
        """``{% include chart.template with chart_id=… title=… %}`` draws the SVG."""
        return f"core/charts/{self.kind}.html"

    @property
    def total(self) -> int:
        return sum(row.value for row in self.rows)

    @property
    def has_markers(self) -> bool:
        return any(bar.marker_x is not None for bar in self.bars)

    @property
    def description(self) -> str:
        """The figures in one sentence, for the SVG's ``<desc>``."""
        return " ; ".join(_described(row) for row in self.rows) + "."


def _described(row: Row) -> str:
    return f"{row.label} : {row.value}" + (f" ({row.note})" if row.note else "")


def _items(items: Iterable[Item | tuple[str, int]]) -> list[Item]:
    """Plain (label, value) pairs are enough for most charts."""
    return [item if isinstance(item, Item) else Item(str(item[0]), item[1]) for item in items]


def _scaled(value: int, maximum: int, length: int) -> int:
    """``value`` on a scale where ``maximum`` is ``length`` pixels; never below 0, and never
    invisible when above 0."""
    if maximum <= 0 or value <= 0:
        return 0
    return max(1, value * length // maximum)


def _rows(items: list[Item]) -> list[Row]:
    return [Row(item.label, item.value, note=item.note) for item in items]


def column_chart(
    items: Iterable[Item | tuple[str, int]],
    plot_height: int = 160,
    column_width: int = 76,
    gap: int = 16,
) -> Chart:
    """Vertical columns, one per item, from a common baseline. Each label is centred under
    its column, so a column is as wide as the longest label ("26–50 %") needs."""
    items = _items(items)
    maximum = max((item.value for item in items), default=0)
    baseline = TOP + plot_height
    columns = []
    for index, item in enumerate(items):
        x = SIDE + index * (column_width + gap)
        height = _scaled(item.value, maximum, plot_height)
        columns.append(
            Column(
                label=item.label,
                value=item.value,
                x=x,
                y=baseline - height,
                width=column_width,
                height=height,
                center=x + column_width // 2,
                value_y=baseline - height - 6,
            )
        )
    width = SIDE * 2 + len(items) * (column_width + gap) - (gap if items else 0)
    return Chart(
        kind="columns",
        width=width,
        height=baseline + BOTTOM,
        rows=_rows(items),
        columns=columns,
        baseline=baseline,
        label_y=baseline + 18,
    )


def line_chart(
    items: Iterable[Item | tuple[str, int]], plot_height: int = 160, step: int = 52
) -> Chart:
    """A line through one point per item, evenly spaced, with each value above its point.
    ``step`` leaves room for a short label under each point ("06/01")."""
    items = _items(items)
    maximum = max((item.value for item in items), default=0)
    baseline = TOP + plot_height
    points = []
    for index, item in enumerate(items):
        x = SIDE + step // 2 + index * step
        y = baseline - _scaled(item.value, maximum, plot_height)
        points.append(Point(label=item.label, value=item.value, x=x, y=y, value_y=y - 8))
    return Chart(
        kind="line",
        width=SIDE * 2 + len(items) * step,
        height=baseline + BOTTOM,
        rows=_rows(items),
        points=points,
        polyline=" ".join(f"{point.x},{point.y}" for point in points),
        baseline=baseline,
        label_y=baseline + 18,
    )


def horizontal_bars(
    items: Iterable[Item | tuple[str, int]],
    *,
    maximum: int | None = None,
    label_width: int = 300,
    bar_length: int = 320,
    value_width: int = 110,
    row_height: int = 40,
    bar_height: int = 24,
) -> Chart:
    """One horizontal bar per item, its label on the left and its value after it.

    Bars are scaled on ``maximum`` (a score out of 100), or by default on the largest value,
    the first item included (a funnel's entry); each row's share is a percent of the first
    item. ``label_width`` leaves room for the longest label ("Première formation terminée").
    An item's ``marker`` is drawn as a tick across its bar, on the same scale.
    """
    items = _items(items)
    reference = items[0].value if items else 0
    if maximum is None:
        maximum = max([reference, *(item.value for item in items)]) if items else 0
    bars, rows = [], []
    for index, item in enumerate(items):
        y = BARS_TOP + index * row_height
        share = round(100 * item.value / reference) if reference else 0
        marker_x = (
            None if item.marker is None else label_width + _scaled(item.marker, maximum, bar_length)
        )
        bars.append(
            HorizontalBar(
                label=item.label,
                value=item.value,
                share=share,
                y=y,
                width=_scaled(item.value, maximum, bar_length),
                text_y=y + bar_height // 2 + 5,
                key=item.key,
                marker_x=marker_x,
                tick_top=y - 4,
                tick_bottom=y + bar_height + 4,
            )
        )
        rows.append(Row(item.label, item.value, share, item.note))
    return Chart(
        kind="bars",
        width=label_width + bar_length + value_width,
        height=BARS_TOP * 2 + len(items) * row_height,
        rows=rows,
        bars=bars,
        bar_x=label_width,
        bar_length=bar_length,
        bar_height=bar_height,
        value_x=label_width + bar_length + 8,
    )
