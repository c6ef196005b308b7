"""A chart shown in Qt is drawn on the store worker once for the size it is shown at: not again for
every passing change of size, such as the busy line taking room at the bottom of the window while a
report or a backup runs, and giving it back."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSize

import desktop.ui.radar.chart_view as chart_view
from desktop.ui.radar.chart_view import RESIZE_SETTLE_MS, ChartView
from desktop.ui.shell.operations import Operations

SHRUNK_BY = 36  # a window made smaller a moment (as the busy line did when it took a layout line)


@pytest.fixture
def drawings(monkeypatch):
    """The sizes each chart was drawn at, in order."""
    drawn: list[tuple[int, int]] = []
    render = chart_view.draw_figure

    def counted(figure, width, height, ratio):
        drawn.append((width, height))
        return render(figure, width, height, ratio)

    monkeypatch.setattr(chart_view, "draw_figure", counted)
    return drawn


def a_figure():
    import PySide6.QtWidgets  # noqa: F401 - matplotlib must pick the PySide6 binding
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3), dpi=100)
    figure.add_subplot().plot([1, 2, 3], [2, 1, 3])
    return figure


def test_a_size_that_comes_and_goes_while_the_worker_is_busy_does_not_draw_the_chart_again(qtbot, drawings):
    operations = Operations()
    view = ChartView(a_figure(), operations)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitUntil(lambda: drawings == [(400, 300)] and operations.pending == 0, timeout=10000)

    release = threading.Event()
    operations.run(lambda _progress: release.wait(30), label="Writing the report…")
    view.resize(400, 300 - SHRUNK_BY)  # a smaller window while the work runs
    qtbot.wait(RESIZE_SETTLE_MS * 4)
    view.resize(400, 300)  # and back to its size before the work is done
    release.set()
    assert operations.wait(10)
    qtbot.wait(RESIZE_SETTLE_MS * 4)
    assert operations.wait(10)
    assert drawings == [(400, 300)]

    view.resize(500, 300)  # a real resize, the worker free: drawn for the new size
    qtbot.waitUntil(lambda: drawings == [(400, 300), (500, 300)], timeout=10000)
    operations.shutdown()


def test_a_resize_while_the_worker_is_busy_is_drawn_once_it_is_free(qtbot, drawings):
    operations = Operations()
    view = ChartView(a_figure(), operations)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitUntil(lambda: drawings == [(400, 300)] and operations.pending == 0, timeout=10000)
    release = threading.Event()
    operations.run(lambda _progress: release.wait(30))
    view.resize(600, 450)
    qtbot.wait(RESIZE_SETTLE_MS * 4)
    assert drawings == [(400, 300)]  # meanwhile the old drawing, scaled
    release.set()
    qtbot.waitUntil(lambda: drawings == [(400, 300), (600, 450)], timeout=10000)
    operations.shutdown()


def test_the_size_a_chart_asks_for_stays_what_its_figure_came_with(qtbot, drawings):
    """Drawing sets the figure to the widget's size; the hint following it moved the layout, which
    asked for another drawing, at the old size."""
    operations = Operations()
    operations.inline = True
    view = ChartView(a_figure(), operations)
    qtbot.addWidget(view)
    assert view.sizeHint() == QSize(400, 300)
    view.resize(520, 260)
    view.show()
    qtbot.waitUntil(lambda: drawings == [(520, 260)], timeout=10000)
    assert view.sizeHint() == QSize(400, 300)


def test_a_new_radar_is_laid_out_once_for_the_size_it_is_shown_at(make_shell, qtbot, tmp_path, monkeypatch):
    """Built on the worker for the size of the chart it replaces, not for a default size and then
    again when first drawn."""
    import desktop.charts.radar as radar_chart
    from desktop.core.content import load_instruments
    from desktop.paths import instruments_dir
    from desktop.scale_data import department
    from desktop.store.store import Store

    data_dir = tmp_path / "department"
    store = Store(data_dir)
    store.bulk_load(department(10, load_instruments(instruments_dir())[0], []))
    store.close()
    window = make_shell(data_dir=data_dir).window
    window.show_radar(1)
    qtbot.waitUntil(lambda: window.radar._canvas is not None and window.radar._canvas._image is not None)
    layouts: list[tuple[float, float]] = []
    draw = radar_chart._draw_radar

    def counted(figure, *args):
        layouts.append(radar_chart._inches(figure))
        return draw(figure, *args)

    monkeypatch.setattr(radar_chart, "_draw_radar", counted)
    shown = window.radar._canvas.size()
    window.radar.overlay.setCurrentIndex(2)  # trainee vs class: a new figure
    qtbot.waitUntil(lambda: window.radar._canvas._image is not None)
    assert window.radar._canvas.size() == shown
    assert layouts == [(shown.width() / 100, shown.height() / 100)]
