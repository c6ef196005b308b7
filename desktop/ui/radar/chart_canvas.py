"""matplotlib figures inside Qt. Imported only when a chart is first shown (matplotlib is slow to load)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.comparison import Round, compare
from desktop.core.instruments import Instrument
from desktop.core.scoring import score
from desktop.ui.radar.chart_view import ChartView
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.operations import Operations

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def trend_points(instrument: Instrument, rounds: Sequence[Round]):
    from desktop.charts.trend import TrendPoint

    points = []
    for r in rounds:
        self_total = score(instrument, r.self_sheet.answers).total if r.self_sheet else None
        name = r.class_round.name if r.class_round else None
        points.append(TrendPoint(r.when, self_total, compare(instrument, r.sheets).total.others, name))
    return points


def trend_chart(instrument: Instrument, rounds: Sequence[Round]):
    """The trend of a trainee's totals (no Qt: built on the worker)."""
    from desktop.charts.trend import trend_figure

    labels = {
        "self": QCoreApplication.translate("TrendChart", "Self"),
        "others": QCoreApplication.translate("TrendChart", "All others"),
        "title": QCoreApplication.translate("TrendChart", "Total over time"),
        "y": QCoreApplication.translate("TrendChart", "Total"),
    }
    band_starts = [b.min for b in instrument.bands]
    return trend_figure(trend_points(instrument, rounds), instrument.total_range, labels, band_starts)


def trend_canvas(context: AppContext, figure, parent: QWidget) -> QWidget:
    """A Qt widget showing a ``trend_chart`` figure, drawn on the store worker."""
    canvas = ChartView(figure, context.operations, parent)
    canvas.setMinimumHeight(180)  # readable, and short enough for a 480-pixel-high window
    return canvas


def figure_canvas(figure: Figure, parent: QWidget, operations: Operations) -> QWidget:
    """A Qt widget showing ``figure``, drawn on the store worker (see ``chart_view``)."""
    canvas = ChartView(figure, operations, parent)
    canvas.setMinimumSize(300, 220)  # a radar still reads at this size (type shrinks to fit)
    return canvas
