"""Trend of a form's total over rounds: self against all others. Pure matplotlib, no pyplot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.charts.setup import prepare_matplotlib

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class TrendPoint:
    when: datetime
    self_total: float | None
    others_total: float | None
    round_name: str | None = None  # the named round (培训前, 培训后…) the totals are of
    #: the form's version the round was answered with, said when a trend's rounds have different ones
    version_note: str | None = None


Y_MARGIN = 0.06  # of the scale's range, below its minimum and above its maximum


def _scale_ticks(low: float, high: float) -> list[float]:
    """The scale's ends and round steps between them: 20, 40, 60, 80, 100 for the scorecard."""
    span = high - low
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100) if span / s <= 6), span)
    ticks = [low]
    value = (low // step + 1) * step
    while value < high:
        ticks.append(value)
        value += step
    return [*ticks, high]


def trend_figure(
    points: Sequence[TrendPoint],
    value_range: tuple[float, float],
    labels: dict[str, str],
    band_starts: Sequence[float] = (),
    size: tuple[float, float] = (8, 3.2),
) -> Figure:
    """A line chart of totals by date; the y axis is the form's full range so charts compare."""
    prepare_matplotlib()
    from matplotlib.dates import date2num
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    low, high = value_range
    for start in band_starts:
        if start > low:  # a faint line between bands, e.g. at 60.5 between 41–60 and 61–80
            axes.axhline(start - 0.5, color="#cccccc", linewidth=0.8, zorder=0)
    local_times = [p.when.astimezone() for p in points]
    # Dates as matplotlib's day numbers on a date axis (what plotting datetimes does by itself,
    # spelled out so the values have the types the plotting functions declare).
    x = [float(day) for day in date2num(local_times)]  # type: ignore[no-untyped-call]  # matplotlib.dates has no annotations
    axes.xaxis_date()
    self_values = [p.self_total for p in points]
    others_values = [p.others_total for p in points]
    if any(v is not None for v in self_values):
        axes.plot(
            x,
            [float("nan") if v is None else v for v in self_values],
            marker="o",
            linewidth=2.5,
            color="#e76f51",
            label=labels["self"],
        )
    if any(v is not None for v in others_values):
        axes.plot(
            x,
            [float("nan") if v is None else v for v in others_values],
            marker="s",
            linewidth=2.5,
            color="#1d3557",
            label=labels["others"],
        )
    # The whole scale, plus a margin: a total at the scale's minimum (20) or maximum (100) must
    # show as a point above the axis line (or below the top edge), not drawn onto it.
    margin = (high - low) * Y_MARGIN
    axes.set_ylim(low - margin, high + margin)
    axes.set_yticks(_scale_ticks(low, high))
    axes.set_title(labels["title"], fontsize=14)
    axes.set_ylabel(labels["y"], fontsize=12)
    axes.grid(axis="y", alpha=0.3)
    if x:
        axes.set_xticks(
            x,
            [
                "\n".join(
                    part
                    for part in (p.round_name, d.strftime("%Y-%m-%d"), p.version_note)
                    if part is not None
                )
                for p, d in zip(points, local_times, strict=True)
            ],
        )
    if axes.get_legend_handles_labels()[0]:
        axes.legend(loc="lower right", fontsize=11)
    return figure
