"""A figure drawn into pixels off the window's thread: matplotlib's Agg canvas, no Qt.

Charts are drawn on the store worker so the window never waits for them; Qt is not touched there
(PySide makes its Python types at their first use, which is not safe from two threads at once).
The screen turns the pixels into an image on its own thread (``desktop.ui.radar.chart_view``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class Drawing(NamedTuple):
    """A figure's pixels: ``rows`` × ``columns``, four bytes each (red, green, blue, alpha)."""

    rgba: bytes
    columns: int
    rows: int
    #: device pixels per device-independent pixel (a high-density screen draws more of them)
    ratio: float


def draw_figure(figure: Figure, width: int, height: int, ratio: float) -> Drawing:
    """Draw ``figure`` at ``width`` × ``height`` device-independent pixels (× ``ratio`` device pixels)."""
    from matplotlib.backend_bases import ResizeEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
    dpi = figure.get_dpi()
    figure.set_size_inches(max(width, 1) * ratio / dpi, max(height, 1) * ratio / dpi, forward=False)
    # As a Qt canvas does on a resize: a figure that lays itself out for its size (the radar) redoes it.
    canvas.callbacks.process("resize_event", ResizeEvent("resize_event", canvas))
    canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's Agg canvas has no annotations
    buffer = canvas.buffer_rgba()  # type: ignore[no-untyped-call]  # matplotlib's Agg canvas has no annotations
    return Drawing(bytes(buffer), buffer.shape[1], buffer.shape[0], ratio)
