"""Radar charts of dimension scores and a bar chart of band counts. matplotlib only: no Qt, no pyplot.

Where the circle, the labels and the legend go is ``radar_layout``; labels are cut into lines by
``labels``.

matplotlib is imported inside the functions because importing it costs a noticeable part of a
second, and most sessions never draw a chart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.atomic_file import atomic_output
from desktop.charts.labels import wrap_label
from desktop.charts.radar_layout import AXIS_LABEL_PT, fitted_layout
from desktop.charts.setup import prepare_matplotlib, printable_figure
from desktop.core.instruments import Band
from desktop.core.radar import RadarData

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.projections.polar import PolarAxes
    from matplotlib.text import Text

SAVE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}

# Per series key, so "self" looks the same on every chart; line styles differ too, for grey print-outs.
STYLES: dict[str, tuple[str, str, str]] = {  # colour, marker, line style
    "self": ("#e76f51", "o", "-"),
    "supervisor": ("#2a9d8f", "s", "--"),
    "colleagues": ("#7b2cbf", "^", "-."),
    "others": ("#1d3557", "D", "-"),
    "earlier": ("#8d99ae", "s", "--"),
    "later": ("#e76f51", "o", "-"),
    "trainee": ("#e76f51", "o", "-"),
    "class_mean": ("#1d3557", "D", "--"),
}
SPARE_STYLES = [("#f4a261", "v", ":"), ("#264653", "P", "-"), ("#6a994e", "X", "--"), ("#bc4749", "*", "-.")]


def _font_scale(size: tuple[float, float]) -> float:
    """Font sizes follow the figure's height so a 19.2×10.8 in projector chart gets ~16–20 pt text.

    Never below 0.75, so the on-screen default size stays legible.
    """
    return max(0.75, size[1] / 10.8)


def _style(key: str, used: set[tuple[str, str, str]]) -> tuple[str, str, str]:
    style = STYLES.get(key)
    if style is None or style in used:
        style = next((s for s in SPARE_STYLES if s not in used), SPARE_STYLES[0])
    used.add(style)
    return style


def radar_figure(
    data: RadarData,
    series_labels: Mapping[str, str],
    lang: str,
    title: str = "",
    size: tuple[float, float] = (9.6, 7.2),
    dpi: int = 100,
    note: str = "",
) -> Figure:
    """A radar with one axis per dimension and a closed polygon per series; ``note`` (a line under the
    title) says what the chart leaves out, e.g. the dimensions only some versions of the form have.

    The radius runs over the instrument's whole scale, always, so two charts can be compared by
    eye. A missing value (None) is drawn as NaN, which matplotlib leaves as a gap: the line never
    pretends to know a value by joining its neighbours, while the markers of the values on either
    side still show. Only the first series is filled, and only when it has every value, since a
    fill across a gap would claim an area the data does not give.
    Each series line has ``gid`` = the series key, for finding it again in tests.

    The layout (chart circle, legend strip, type sizes) is worked out for the figure's size, and
    again whenever a canvas resizes the figure (a Qt widget does, to its own size): a legend placed
    for 9.6 × 7.2 inches runs off the edge of a 7.4 × 6.3 inch widget.
    """
    prepare_matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=dpi)
    laid_out_for = [_inches(figure)]
    _draw_radar(figure, data, series_labels, lang, title, note)

    def relayout(_event: object) -> None:
        if _inches(figure) != laid_out_for[0]:
            laid_out_for[0] = _inches(figure)
            figure.clear()
            _draw_radar(figure, data, series_labels, lang, title, note)

    figure.canvas.mpl_connect("resize_event", relayout)
    return figure


def _inches(figure: Figure) -> tuple[float, float]:
    width, height = figure.get_size_inches()
    return round(float(width), 2), round(float(height), 2)


def _draw_radar(
    figure: Figure, data: RadarData, series_labels: Mapping[str, str], lang: str, title: str, note: str = ""
) -> None:
    size = _inches(figure)
    scale = _font_scale(size)
    wrapped = [wrap_label(label.get(lang)) for label in data.axis_labels]
    labels = []
    for series in data.series:
        label = series_labels.get(series.key, series.key)
        labels.append(f"{label} (n={series.count})" if series.count is not None else label)
    layout, scale = fitted_layout(size, bool(title), wrapped, labels, scale, bool(note))
    axes = _polar(figure.add_axes(layout.chart, projection="polar"))
    axes.set_theta_offset(math.pi / 2)  # the first dimension at the top, then clockwise
    axes.set_theta_direction(-1)
    count = len(data.axes)
    angles = [2 * math.pi * i / count for i in range(count)]

    low, high = data.scale
    axes.set_ylim(low, high)
    # The scale's lowest point is a small inner ring, not the centre: it can be labelled (at the
    # centre matplotlib drops it) so nobody reads the centre as 0, and all-lowest series stay
    # polygons that can be told apart instead of collapsing onto one dot.
    axes.set_rorigin(low - (high - low) * 0.12)
    axes.set_yticks(range(low, high + 1), [str(v) for v in range(low, high + 1)])
    axes.tick_params(axis="y", labelsize=14 * scale, labelcolor="#555555")
    if count:
        axes.set_rlabel_position(math.degrees(angles[1] / 2) if count > 1 else 0)  # between two spokes
    axes.set_xticks(angles, wrapped)
    axes.tick_params(axis="x", labelsize=AXIS_LABEL_PT * scale, pad=6 * scale)
    for angle, tick in zip(angles, axes.get_xticklabels(), strict=True):
        _align_outward(tick, angle)
    axes.grid(color="#bbbbbb", linewidth=0.8)
    axes.spines["polar"].set_color("#888888")
    axes.spines["inner"].set_color("#bbbbbb")

    used: set[tuple[str, str, str]] = set()
    for index, (series, label) in enumerate(zip(data.series, labels, strict=True)):
        colour, marker, linestyle = _style(series.key, used)
        radii = [math.nan if v is None else v for v in series.values]
        (line,) = axes.plot(
            [*angles, angles[0]],  # back to the first point: a closed polygon
            [*radii, radii[0]],
            color=colour,
            marker=marker,
            linestyle=linestyle,
            linewidth=2.5 * scale,
            markersize=8 * scale,
            label=label,
            clip_on=False,  # a marker on the outer ring must not be cut in half
            zorder=3 + index,
        )
        line.set_gid(series.key)
        if index == 0 and None not in series.values:
            axes.fill(angles, radii, color=colour, alpha=0.15, zorder=2)

    if title:
        figure.suptitle(title, fontsize=22 * scale, y=0.985)
    if note:
        figure.text(
            0.5,
            0.905 if title else 0.985,
            note,
            ha="center",
            va="top",
            fontsize=12 * scale,
            color="#555555",
            wrap=True,
        )
    if data.series:
        # The legend has a strip of its own (right of the chart, or below it) that the chart's
        # rectangle leaves free, so it can never cover a polygon or an axis label.
        if layout.legend_right:
            figure.legend(
                loc="upper left",
                bbox_to_anchor=(layout.legend_left, 0.9),
                fontsize=layout.legend_pt,
                frameon=False,
            )
        else:
            figure.legend(
                loc="lower center",
                bbox_to_anchor=(0.5, 0.01),
                ncols=layout.legend_columns,
                fontsize=layout.legend_pt,
                frameon=False,
            )


def _polar(axes: Axes) -> PolarAxes:
    """``axes`` as the polar axes it was made as (``add_axes`` is typed as returning plain axes)."""
    from matplotlib.projections.polar import PolarAxes

    if not isinstance(axes, PolarAxes):
        raise TypeError(f"the radar needs polar axes, got {type(axes).__name__}")
    return axes


def _align_outward(label: Text, angle: float) -> None:
    """Anchor an axis label on the side facing the chart, so a wide label grows away from it.

    matplotlib centres theta labels on their point, which puts the middle of a wide label on top
    of the plot at the left and right; ``angle`` is measured clockwise from the top.
    """
    x, y = math.sin(angle), math.cos(angle)
    label.set_horizontalalignment("left" if x > 0.1 else "right" if x < -0.1 else "center")
    label.set_verticalalignment("bottom" if y > 0.1 else "top" if y < -0.1 else "center")


def band_distribution_figure(
    distribution: Sequence[tuple[Band, int]],
    lang: str,
    title: str,
    ylabel: str,
    size: tuple[float, float] = (9.6, 5.4),
    dpi: int = 100,
) -> Figure:
    """Vertical bars of how many trainees fall in each band, in the given order (highest band first,
    as on the scorecard's band table), each bar labelled with its band, its range and its count."""
    prepare_matplotlib()
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    scale = _font_scale(size)
    figure = Figure(figsize=size, dpi=dpi, layout="constrained")
    axes = figure.add_subplot()
    labels = [f"{wrap_label(band.label.get(lang))}\n{band.min}–{band.max}" for band, _ in distribution]
    counts = [count for _, count in distribution]
    bars = axes.bar(range(len(counts)), counts, color="#2a9d8f", width=0.6)
    axes.bar_label(bars, [str(c) for c in counts], padding=3, fontsize=16 * scale)
    axes.set_xticks(range(len(counts)), labels, fontsize=14 * scale)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))  # people come in whole numbers
    axes.set_ylim(0, max([*counts, 1]) * 1.15)  # room above the tallest bar for its count
    axes.tick_params(axis="y", labelsize=14 * scale)
    axes.set_ylabel(ylabel, fontsize=16 * scale)
    axes.spines[["top", "right"]].set_visible(False)
    if title:
        axes.set_title(title, fontsize=20 * scale)
    return figure


def save_figure(figure: Figure, path: Path | str) -> None:
    """Save as PNG, SVG or PDF by the file's suffix; any other suffix raises ValueError.

    Written to a temporary file in the same folder and renamed over the target only when
    complete, so a failed save leaves an older file of the same name as it was.
    """
    path = Path(path)
    fmt = SAVE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(SAVE_FORMATS)
        raise ValueError(f"cannot save a chart as '{path.suffix or path.name}'; use one of: {known}")
    prepare_matplotlib()  # SVG text as paths (readable without the font), TrueType fonts in PDF
    if fmt == "pdf":
        from desktop.charts.fonts import embed_fonts_quickly

        embed_fonts_quickly()
    printable_figure(figure)  # as every export: an emoji the fonts lack prints as its name
    with atomic_output(path) as out:
        figure.savefig(out, format=fmt)
