"""The trend of a form's total over rounds, drawn offscreen with Agg."""

from __future__ import annotations

from datetime import UTC, datetime

from matplotlib.backends.backend_agg import FigureCanvasAgg

from desktop.charts.trend import TrendPoint, trend_figure

LABELS = {"self": "自评", "others": "他评（全部）", "title": "总分变化", "y": "总分"}
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def drawn(points):
    figure = trend_figure(points, (20, 100), LABELS, [20, 41, 61, 81])
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return figure, canvas.get_renderer()


def test_a_total_at_the_scale_minimum_shows_above_the_bottom_axis():
    figure, renderer = drawn([TrendPoint(T0, 20, 100), TrendPoint(T1, 60, 20)])
    axes = figure.axes[0]
    low, high = axes.get_ylim()
    assert low < 20 and high > 100  # the whole 20–100 scale, with room outside it
    frame = axes.get_window_extent(renderer)
    for line in axes.get_lines():
        for x, y in line.get_xydata():
            _, pixel_y = axes.transData.transform((x, y))
            # Every point, 20 and 100 included, at least a few pixels inside the axes' frame.
            assert frame.y0 + 5 < pixel_y < frame.y1 - 5, (line.get_label(), y)


def test_the_scale_is_labelled_from_its_minimum_to_its_maximum():
    figure, _ = drawn([TrendPoint(T0, 55, 60)])
    assert list(figure.axes[0].get_yticks()) == [20, 40, 60, 80, 100]


def test_each_point_is_labelled_with_its_round_s_name_and_date():
    figure, _ = drawn([TrendPoint(T0, 55, 60, "培训前"), TrendPoint(T1, 70, 72, "培训后")])
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert labels == ["培训前\n2026-11-02", "培训后\n2026-11-30"]
