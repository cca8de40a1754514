"""The result chart: one bar per dimension, out of 100, with a tick at the previous score.

``core.charts`` draws it; only the choice of figures is made here.
"""

from django.utils.translation import gettext as _

from core.charts import Chart, Item, horizontal_bars
from onboarding.diagnostic.selectors import DimensionScore


def _previous(dimension: DimensionScore) -> str:
    """Said after the score in the chart's description, when there was a diagnostic before."""
    if dimension.previous is None:
        return ""
    return _("%(previous)s au diagnostic précédent") % {"previous": dimension.previous}


def score_chart(dimensions: list[DimensionScore]) -> Chart:
    """Scores on a fixed scale of 100 (3 px a point), whatever the best score."""
    items = [
        Item(
            label=dimension.label,
            value=dimension.score,
            key=dimension.key,
            marker=dimension.previous,
            note=_previous(dimension),
        )
        for dimension in dimensions
    ]
    return horizontal_bars(
        items, maximum=100, label_width=200, bar_length=300, value_width=60, bar_height=22
    )
