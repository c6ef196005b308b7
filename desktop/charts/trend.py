"""Trend of a form's total over rounds: self against all others. Pure matplotlib, no pyplot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.charts.setup import prepare_matplotlib


@dataclass(frozen=True)
class TrendPoint:
    when: datetime
    self_total: float | None
    others_total: float | None


def trend_figure(
    points: Sequence[TrendPoint],
    value_range: tuple[float, float],
    labels: dict[str, str],
    band_starts: Sequence[float] = (),
    size: tuple[float, float] = (8, 3.2),
):
    """A line chart of totals by date; the y axis is the form's full range so charts compare."""
    prepare_matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    low, high = value_range
    for start in band_starts:
        if start > low:  # a faint line between bands, e.g. at 60.5 between 41–60 and 61–80
            axes.axhline(start - 0.5, color="#cccccc", linewidth=0.8, zorder=0)
    x = [p.when.astimezone() for p in points]
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
    axes.set_ylim(low, high)
    axes.set_title(labels["title"], fontsize=14)
    axes.set_ylabel(labels["y"], fontsize=12)
    axes.grid(axis="y", alpha=0.3)
    if x:
        axes.set_xticks(x, [d.strftime("%Y-%m-%d") for d in x])
    if axes.get_legend_handles_labels()[0]:
        axes.legend(loc="lower right", fontsize=11)
    return figure
