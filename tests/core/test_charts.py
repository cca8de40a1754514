"""The shared chart geometry: whole pixels, scales, markers and the figures kept for the table."""

from django.template.loader import render_to_string

from core.charts import Item, column_chart, horizontal_bars, line_chart


def test_bars_scale_on_the_first_item_by_default_and_give_its_share():
    chart = horizontal_bars([("Inscrites", 4), ("Diagnostic", 2), ("Boutique", 0)])
    assert [bar.width for bar in chart.bars] == [320, 160, 0]
    assert [row.share for row in chart.rows] == [100, 50, 0]
    assert (chart.width, chart.height) == (300 + 320 + 110, 16 + 3 * 40)


def test_bars_on_a_fixed_scale_with_a_marker_at_the_earlier_value():
    chart = horizontal_bars(
        [Item("Visibilité", 1, key="visibility", marker=50, note="50 avant"), Item("Vente", 0)],
        maximum=100,
        label_width=200,
        bar_length=300,
    )
    first, second = chart.bars
    assert first.width == 3  # a score above 0 never disappears
    assert (first.marker_x, first.key) == (200 + 150, "visibility")
    assert second.marker_x is None
    assert chart.has_markers
    assert chart.description == "Visibilité : 1 (50 avant) ; Vente : 0."


def test_columns_and_line_share_a_baseline_and_keep_their_figures():
    items = [("0 %", 2), ("1–25 %", 0), ("100 %", 4)]
    columns, line = column_chart(items), line_chart(items)
    assert [column.height for column in columns.columns] == [80, 0, 160]
    assert line.polyline == "38,104 90,184 142,24"
    assert [(row.label, row.value) for row in columns.rows] == [(label, n) for label, n in items]
    assert columns.total == line.total == 6


def test_an_empty_chart_draws_nothing_and_does_not_fail():
    for chart in (column_chart([]), line_chart([]), horizontal_bars([])):
        assert chart.rows == [] and chart.description == "."


def test_each_kind_is_drawn_with_its_accessible_name():
    for chart in (column_chart([("a", 1)]), line_chart([("a", 1)]), horizontal_bars([("a", 1)])):
        svg = render_to_string(chart.template, {"chart": chart, "chart_id": "c", "title": "T"})
        assert 'role="img" aria-labelledby="c-title c-desc"' in svg
        assert '<title id="c-title">T</title>' in svg
        assert '<desc id="c-desc">a : 1.</desc>' in svg
