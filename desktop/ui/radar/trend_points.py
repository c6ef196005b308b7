"""The trend chart's points, with their labels (QtCore only: the report command draws the trend too,
and must not load Qt's widgets for it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.formatting import fill

if TYPE_CHECKING:
    from desktop.charts.trend import TrendPoint
    from desktop.core.trend import Trend


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
