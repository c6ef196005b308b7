"""matplotlib figures inside Qt. Imported only when a chart is first shown (matplotlib is slow to load)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.ui.radar.chart_view import ChartView
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.operations import Operations

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def trend_canvas(context: AppContext, figure: Figure, parent: QWidget) -> QWidget:
    """A Qt widget showing a ``trend_chart`` figure, drawn on the store worker."""
    canvas = ChartView(figure, context.operations, parent)
    canvas.setMinimumHeight(180)  # readable, and short enough for a 480-pixel-high window
    return canvas


def figure_canvas(figure: Figure, parent: QWidget, operations: Operations) -> QWidget:
    """A Qt widget showing ``figure``, drawn on the store worker (see ``chart_view``)."""
    canvas = ChartView(figure, operations, parent)
    canvas.setMinimumSize(300, 220)  # a radar still reads at this size (type shrinks to fit)
    return canvas
