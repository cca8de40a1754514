"""Geometry of the portfolio charts, drawn as SVG by templates/advising/charts/*.html.

Everything is computed here in whole pixels (integers, formatted as strings where a list
of points is needed), so that templates only place numbers: no arithmetic in templates, and
no locale can write a decimal comma inside an SVG attribute. Each chart also carries its
``rows`` (label, value): the template prints them in a table next to the drawing, so that
the figures read by a screen reader and the bars drawn come from the same list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TOP = 24  # room for the value above the tallest column or point
BOTTOM = 28  # room for the labels under the axis
SIDE = 12


@dataclass(frozen=True)
class Row:
    """One figure as the table shows it; ``share`` is a whole percent of the reference."""

    label: str
    value: int
    share: int | None = None


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


@dataclass(frozen=True)
class Chart:
    kind: str  # "columns", "line" or "bars"
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
    def total(self) -> int:
        return sum(row.value for row in self.rows)

    @property
    def description(self) -> str:
        """The figures in one sentence, for the SVG's ``<desc>``."""
        return " ; ".join(f"{row.label} : {row.value}" for row in self.rows) + "."


def _scaled(value: int, maximum: int, length: int) -> int:
    """``value`` on a scale where ``maximum`` is ``length`` pixels; never below 0."""
    if maximum <= 0 or value <= 0:
        return 0
    return max(1, value * length // maximum)


def column_chart(
    items: list[tuple[str, int]], plot_height: int = 160, column_width: int = 76, gap: int = 16
) -> Chart:
    """Vertical columns, one per item, from a common baseline. Each label is centred under
    its column, so a column is as wide as the longest band label ("26–50 %") needs."""
    maximum = max((value for _label, value in items), default=0)
    baseline = TOP + plot_height
    columns = []
    for index, (label, value) in enumerate(items):
        x = SIDE + index * (column_width + gap)
        height = _scaled(value, maximum, plot_height)
        columns.append(
            Column(
                label=str(label),
                value=value,
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
        rows=[Row(str(label), value) for label, value in items],
        columns=columns,
        baseline=baseline,
        label_y=baseline + 18,
    )


def line_chart(items: list[tuple[str, int]], plot_height: int = 160, step: int = 52) -> Chart:
    """A line through one point per item, evenly spaced, with each value above its point."""
    maximum = max((value for _label, value in items), default=0)
    baseline = TOP + plot_height
    points = []
    for index, (label, value) in enumerate(items):
        x = SIDE + step // 2 + index * step
        y = baseline - _scaled(value, maximum, plot_height)
        points.append(Point(label=str(label), value=value, x=x, y=y, value_y=y - 8))
    return Chart(
        kind="line",
        width=SIDE * 2 + len(items) * step,
        height=baseline + BOTTOM,
        rows=[Row(str(label), value) for label, value in items],
        points=points,
        polyline=" ".join(f"{point.x},{point.y}" for point in points),
        baseline=baseline,
        label_y=baseline + 18,
    )


def horizontal_bars(
    items: list[tuple[str, int]],
    label_width: int = 300,
    bar_length: int = 320,
    row_height: int = 40,
    bar_height: int = 24,
) -> Chart:
    """One horizontal bar per item, scaled on the first item (the funnel's entry), with the
    value and its share of the first item after the bar. The labels sit left of the bars:
    ``label_width`` leaves room for the longest stage ("Première formation terminée")."""
    reference = items[0][1] if items else 0
    maximum = max([reference, *(value for _label, value in items)]) if items else 0
    bars = []
    rows = []
    for index, (label, value) in enumerate(items):
        y = 8 + index * row_height
        share = round(100 * value / reference) if reference else 0
        bars.append(
            HorizontalBar(
                label=str(label),
                value=value,
                share=share,
                y=y,
                width=_scaled(value, maximum, bar_length),
                text_y=y + bar_height // 2 + 5,
            )
        )
        rows.append(Row(str(label), value, share))
    return Chart(
        kind="bars",
        width=label_width + bar_length + 110,
        height=16 + len(items) * row_height,
        rows=rows,
        bars=bars,
        bar_x=label_width,
        bar_length=bar_length,
        bar_height=bar_height,
        value_x=label_width + bar_length + 8,
    )
