"""Geometry of the result chart, drawn as SVG by the template.

Computed here in whole pixels so that the template only places numbers: no arithmetic in
templates, and no locale can turn a decimal point into a comma inside an SVG attribute.
"""

from dataclasses import dataclass

from onboarding.diagnostic.selectors import DimensionScore

LABEL_WIDTH = 200  # the dimension's name, left of its bar
BAR_LENGTH = 300  # a score of 100
PX_PER_POINT = BAR_LENGTH // 100
VALUE_WIDTH = 60  # the figure after the bar
ROW_HEIGHT = 40
BAR_HEIGHT = 22
TOP = 8


@dataclass(frozen=True)
class Bar:
    dimension: DimensionScore
    y: int
    width: int
    text_y: int
    previous_x: int | None
    tick_top: int
    tick_bottom: int


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int = LABEL_WIDTH + BAR_LENGTH + VALUE_WIDTH
    height: int = 0
    bar_x: int = LABEL_WIDTH
    bar_length: int = BAR_LENGTH
    bar_height: int = BAR_HEIGHT
    value_x: int = LABEL_WIDTH + BAR_LENGTH + 8

    @property
    def has_previous(self) -> bool:
        return any(bar.previous_x is not None for bar in self.bars)


def bar_chart(dimensions: list[DimensionScore]) -> Chart:
    """One horizontal bar per dimension, 0 to 100, with a tick where the previous score was."""
    bars = []
    for index, dimension in enumerate(dimensions):
        y = TOP + index * ROW_HEIGHT
        previous_x = (
            None if dimension.previous is None else LABEL_WIDTH + dimension.previous * PX_PER_POINT
        )
        bars.append(
            Bar(
                dimension=dimension,
                y=y,
                width=dimension.score * PX_PER_POINT,
                text_y=y + BAR_HEIGHT // 2 + 5,
                previous_x=previous_x,
                tick_top=y - 4,
                tick_bottom=y + BAR_HEIGHT + 4,
            )
        )
    return Chart(bars=bars, height=TOP * 2 + len(dimensions) * ROW_HEIGHT)
