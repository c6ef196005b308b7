"""The trend chart's figure and points, with their labels (QtCore only: the report command draws the
trend too, and must not load Qt's widgets for it). The figure is built on the store worker, which
loads and calls no Qt: the screens import this module on the window's thread, and translate the
chart's words there (``trend_texts``) for the work to use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.formatting import fill

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.charts.trend import TrendPoint
    from desktop.core.answered_versions import RoundVersion
    from desktop.core.comparison import Round
    from desktop.core.instruments import Instrument
    from desktop.core.trend import Trend


class TrendTexts(NamedTuple):
    """A trend chart's words in the interface's language, translated on the window's thread."""

    labels: dict[str, str]  # the series' names, the title and the y axis ("self", "others", "title", "y")
    form_version: str  # %1: the version of the form a point was answered with


def trend_texts() -> TrendTexts:
    """Call on the window's thread; hand the result to work on the worker."""
    return TrendTexts(
        {
            "self": QCoreApplication.translate("TrendChart", "Self"),
            "others": QCoreApplication.translate("TrendChart", "All others"),
            "title": QCoreApplication.translate("TrendChart", "Total over time"),
            "y": QCoreApplication.translate("TrendChart", "Total"),
        },
        QCoreApplication.translate("TrendChart", "form v%1"),
    )


def trend_chart(
    instrument: Instrument,
    rounds: Sequence[Round],
    texts: TrendTexts,
    instrument_of: RoundVersion | None = None,
) -> Figure:
    """The trend of a trainee's totals, each round with its own version (built on the worker)."""
    from desktop.charts.trend import trend_figure
    from desktop.core.trend import trend

    found = trend(instrument, rounds, instrument_of)
    return trend_figure(trend_points(found, texts), found.value_range, texts.labels, found.band_starts)


def trend_points(found: Trend, texts: TrendTexts) -> list[TrendPoint]:
    """The chart's points of a trend; each names its form version when the rounds' versions differ."""
    from desktop.charts.trend import TrendPoint

    return [
        TrendPoint(
            t.round.when,
            t.self_total,
            t.others_total,
            t.round.class_round.name if t.round.class_round else None,
            fill(texts.form_version, t.version) if found.versions_differ else None,
        )
        for t in found.totals
    ]
