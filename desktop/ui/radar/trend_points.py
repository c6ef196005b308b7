"""The trend chart's figure and points, with their labels (QtCore only: the report command draws the
trend too, and must not load Qt's widgets for it; and the figure is built on the store worker, which
must never load Qt code: the screens import this module, on the window's thread)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.formatting import fill

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.charts.trend import TrendPoint
    from desktop.core.answered_versions import RoundVersion
    from desktop.core.comparison import Round
    from desktop.core.instruments import Instrument
    from desktop.core.trend import Trend


def trend_chart(
    instrument: Instrument, rounds: Sequence[Round], instrument_of: RoundVersion | None = None
) -> Figure:
    """The trend of a trainee's totals, each round with its own version (no Qt widgets or images:
    built on the worker)."""
    from desktop.charts.trend import trend_figure
    from desktop.core.trend import trend

    labels = {
        "self": QCoreApplication.translate("TrendChart", "Self"),
        "others": QCoreApplication.translate("TrendChart", "All others"),
        "title": QCoreApplication.translate("TrendChart", "Total over time"),
        "y": QCoreApplication.translate("TrendChart", "Total"),
    }
    found = trend(instrument, rounds, instrument_of)
    return trend_figure(trend_points(found), found.value_range, labels, found.band_starts)


def trend_points(found: Trend) -> list[TrendPoint]:
    """The chart's points of a trend; each names its form version when the rounds' versions differ."""
    from desktop.charts.trend import TrendPoint

    return [
        TrendPoint(
            t.round.when,
            t.self_total,
            t.others_total,
            t.round.class_round.name if t.round.class_round else None,
            fill(QCoreApplication.translate("TrendChart", "form v%1"), t.version)
            if found.versions_differ
            else None,
        )
        for t in found.totals
    ]
