"""Where a radar's circle, axis labels and legend go, worked out from the labels' sizes.

Pure arithmetic in figure fractions and inches (no matplotlib): the radar draws into the rectangles
given here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.charts.labels import is_wide

AXIS_LABEL_PT = 18  # at type scale 1 (see fitted_layout)
LEGEND_PT = 16
MIN_CIRCLE_SHARE = 0.5  # the circle's diameter, as a share of the figure's shorter side
MIN_FONT_SCALE = 0.5  # 9 pt axis labels


def _side(layout: RadarLayout, size: tuple[float, float]) -> float:
    return layout.chart[2] * size[0]


@dataclass(frozen=True)
class RadarLayout:
    chart: tuple[float, float, float, float]  # the polar axes' rectangle, figure fractions
    legend_right: bool  # True: a strip right of the chart; False: a band below it
    legend_left: float  # where the right-hand strip begins (figure fraction)
    legend_columns: int
    legend_pt: float


# matplotlib's legend spacing, in font sizes: handle + gap before the text, column gap, border pads.
LEGEND_HANDLE_EM = 2.0 + 0.8
LEGEND_COLUMN_GAP_EM = 2.0
LEGEND_BORDER_EM = 2 * (0.4 + 0.5)
LEGEND_ROW_EM = 1.2 + 0.5


def _text_extent(label: str, font_pt: float) -> tuple[float, float]:
    """Width and height in inches of a (wrapped) label: a wide character is one em, others ~0.6."""
    em = font_pt / 72
    lines = label.split("\n")
    widest = max(sum(1.0 if is_wide(c) else 0.6 for c in line) for line in lines)
    return widest * em, len(lines) * 1.3 * em


def _layout(
    size: tuple[float, float],
    titled: bool,
    axis_labels: Sequence[str],
    label_pt: float,
    legend_labels: Sequence[str],
    legend_pt: float,
    noted: bool = False,
) -> RadarLayout:
    """Where the chart and its legend go, fixed rather than found by a layout engine.

    Constrained layout needed three passes to settle a polar chart (the fixed aspect shrinks the
    box after margins are sized), tripling the draw time. The room can be worked out instead: the
    legend gets a strip as wide (right) or as tall (below) as its longest entry needs, whichever
    leaves the bigger circle, and the circle gets what is left after the widest and the tallest
    axis label (plus the tick padding) on each side. A legend wider than the figure gets smaller type.
    """
    width, height = size
    top = (0.9 if titled else 0.97) - (0.05 if noted else 0.0)
    if not legend_labels:
        return RadarLayout(
            _chart_rect(size, (0.0, 0.02, 1.0, top - 0.02), axis_labels, label_pt), False, 1.0, 1, legend_pt
        )
    longest = max(_text_extent(label, legend_pt)[0] for label in legend_labels)
    em = legend_pt / 72
    column = longest + LEGEND_HANDLE_EM * em
    if column + LEGEND_BORDER_EM * em > 0.9 * width:  # shrink the type until one column fits
        legend_pt *= 0.9 * width / (column + LEGEND_BORDER_EM * em)
        em = legend_pt / 72
        longest = max(_text_extent(label, legend_pt)[0] for label in legend_labels)
        column = longest + LEGEND_HANDLE_EM * em
    strip = (column + LEGEND_BORDER_EM * em) / width + 0.02
    right_area = (0.0, 0.02, 1.0 - strip, top - 0.02)
    right = _chart_rect(size, right_area, axis_labels, label_pt)
    columns = (
        2
        if len(legend_labels) > 1
        and 2 * column + (LEGEND_COLUMN_GAP_EM + LEGEND_BORDER_EM) * em <= 0.95 * width
        else 1
    )
    rows = math.ceil(len(legend_labels) / columns)
    band = (rows * LEGEND_ROW_EM * em + LEGEND_BORDER_EM * em) / height + 0.02
    below = _chart_rect(size, (0.0, band, 1.0, top - band), axis_labels, label_pt)
    if right[2] * width >= below[2] * width:
        return RadarLayout(right, True, 1.0 - strip + 0.01, 1, legend_pt)
    return RadarLayout(below, False, 1.0, columns, legend_pt)


def _chart_rect(
    size: tuple[float, float],
    area: tuple[float, float, float, float],
    labels: Sequence[str],
    label_pt: float,
) -> tuple[float, float, float, float]:
    """The largest square for the circle inside ``area`` (figure fractions: left, bottom, width,
    height), leaving room on each side for the widest and the tallest axis label."""
    width, height = size
    extents = [_text_extent(label, label_pt) for label in labels] or [(0.0, 0.0)]
    pad = 0.25 + label_pt / 72 * 0.4
    margin_x = max(w for w, _ in extents) + pad
    margin_y = max(h for _, h in extents) + pad
    left, bottom, area_w, area_h = area
    side_in = max(0.5, min(area_w * width - 2 * margin_x, area_h * height - 2 * margin_y))
    rect_w, rect_h = side_in / width, side_in / height
    return (left + (area_w - rect_w) / 2, bottom + (area_h - rect_h) / 2, rect_w, rect_h)


def fitted_layout(
    size: tuple[float, float],
    titled: bool,
    axis_labels: Sequence[str],
    legend_labels: Sequence[str],
    scale: float,
    noted: bool = False,
) -> tuple[RadarLayout, float]:
    """The layout with type at ``scale`` (axis labels ``AXIS_LABEL_PT``, legend ``LEGEND_PT`` times it),
    and that scale; smaller type when the circle would be too small.

    A small widget (a 1024×768 screen, or 150 % scaling) leaves the circle only a sliver beside
    projector-sized labels: smaller type then, down to what still reads on a screen.
    """
    layout = _layout(
        size, titled, axis_labels, AXIS_LABEL_PT * scale, legend_labels, LEGEND_PT * scale, noted
    )
    while _side(layout, size) < MIN_CIRCLE_SHARE * min(size) and scale > MIN_FONT_SCALE:
        scale = max(MIN_FONT_SCALE, scale * 0.85)
        layout = _layout(
            size, titled, axis_labels, AXIS_LABEL_PT * scale, legend_labels, LEGEND_PT * scale, noted
        )
    return layout, scale
