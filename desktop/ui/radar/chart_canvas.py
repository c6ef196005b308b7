"""matplotlib figures inside Qt. Imported only when a chart is first shown (matplotlib is slow to load)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.answered_versions import RoundVersion
from desktop.core.comparison import Round
from desktop.core.instruments import Instrument
from desktop.ui.radar.chart_view import ChartView
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.operations import Operations

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def trend_chart(
    instrument: Instrument, rounds: Sequence[Round], instrument_of: RoundVersion | None = None
) -> Figure:
    """The trend of a trainee's totals, each round with its own version (no Qt: built on the worker)."""
    from desktop.charts.trend import trend_figure
    from desktop.core.trend import trend
    from desktop.ui.radar.trend_points import trend_points

    labels = {
        "self": QCoreApplication.translate("TrendChart", "Self"),
        "others": QCoreApplication.translate("TrendChart", "All others"),
        "title": QCoreApplication.translate("TrendChart", "Total over time"),
        "y": QCoreApplication.translate("TrendChart", "Total"),
    }
    found = trend(instrument, rounds, instrument_of)
    return trend_figure(trend_points(found), found.value_range, labels, found.band_starts)


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
