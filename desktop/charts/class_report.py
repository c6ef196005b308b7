"""The class report's pages: a cover, tables that run over as many A4 pages as they need, band bars per round.

Pure matplotlib, like the trainee report: texts arrive translated, numbers formatted. The radars
are ``desktop.charts.radar``'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.charts.report import A4_LANDSCAPE, A4_PORTRAIT, wrap_text
from desktop.charts.setup import prepare_matplotlib
from desktop.core.instruments import Band

if TYPE_CHECKING:
    from matplotlib.figure import Figure

ROWS_PER_PAGE = 28
ROUND_COLOURS = ("#8d99ae", "#e76f51", "#2a9d8f", "#264653", "#f4a261", "#7b2cbf")


@dataclass(frozen=True)
class TablePage:
    title: str
    subtitle: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


def cover_figure(title: str, subtitle: str, lines: Sequence[str]) -> Figure:
    prepare_matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=A4_PORTRAIT, dpi=100)
    figure.text(0.07, 0.95, wrap_text(title, 44), fontsize=20, weight="bold", va="top")
    figure.text(0.07, 0.90, subtitle, fontsize=11, color="#555555", va="top")
    text = "\n".join(wrap_text(line, 90) for line in lines)
    figure.text(0.07, 0.85, text, fontsize=10.5, va="top", linespacing=1.7)
    return figure


def table_figures(page: TablePage) -> list[Figure]:
    """The table over as many A4 pages as its rows need, the heads repeated on each."""
    prepare_matplotlib()
    chunks = [page.rows[i : i + ROWS_PER_PAGE] for i in range(0, len(page.rows), ROWS_PER_PAGE)] or [()]
    return [_table_figure(page, chunk, index, len(chunks)) for index, chunk in enumerate(chunks, start=1)]


def _table_figure(page: TablePage, rows: Sequence[tuple[str, ...]], number: int, count: int) -> Figure:
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

    figure = Figure(figsize=A4_PORTRAIT, dpi=100)
    title = page.title if count == 1 else f"{page.title} ({number}/{count})"
    figure.text(0.07, 0.95, wrap_text(title, 60), fontsize=15, weight="bold", va="top")
    figure.text(0.07, 0.915, page.subtitle, fontsize=9.5, color="#555555", va="top")
    if page.note:
        figure.text(0.07, 0.04, wrap_text(page.note, 110), fontsize=8.5, color="#555555", va="bottom")
    if not rows:
        return figure
    columns = len(page.headers)
    first = 0.3 if columns > 3 else 0.5
    widths = [first, *[(1 - first) / (columns - 1)] * (columns - 1)]
    height = 0.028 * (len(rows) + 1)
    axes = figure.add_axes((0.07, 0.89 - height, 0.86, height))
    axes.axis("off")
    table = axes.table(
        cellText=[[wrap_text(row[0], 24).split("\n")[0], *row[1:]] for row in rows],
        colLabels=[wrap_text(h, 16) for h in page.headers],
        colWidths=widths,
        loc="upper left",
        cellLoc="center",
        bbox=Bbox.from_bounds(0, 0, 1, 1),
    )
    table.auto_set_font_size(False)
    table.set_fontsize(8.5)
    for (row, column), cell in table.get_celld().items():
        if row == 0:
            cell.set_facecolor("#e8eef5")
        elif column == 0:
            cell.get_text().set_horizontalalignment("left")
            # matplotlib has no public setter for a cell's alignment, and its stubs omit the attribute.
            cell._loc = "left"  # type: ignore[attr-defined]  # noqa: SLF001
    return figure


def bands_by_round_figure(
    bands: Mapping[str, Sequence[tuple[Band, int]]], lang: str, title: str, ylabel: str
) -> Figure:
    """Trainees per band, one bar per round side by side (highest band first, as on the scorecard)."""
    prepare_matplotlib()
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=A4_LANDSCAPE, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    labels = [f"{band.label.get(lang)}\n{band.min}–{band.max}" for band, _ in next(iter(bands.values()))]
    width = 0.8 / max(1, len(bands))
    tallest = 1
    for index, (round_label, distribution) in enumerate(bands.items()):
        counts = [count for _, count in distribution]
        tallest = max(tallest, *counts)
        xs = [x - 0.4 + width * (index + 0.5) for x in range(len(counts))]
        bars = axes.bar(xs, counts, width * 0.92, label=round_label, color=ROUND_COLOURS[index % 6])
        axes.bar_label(bars, [str(c) for c in counts], padding=2, fontsize=10)
    axes.set_xticks(range(len(labels)), labels, fontsize=11)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, tallest * 1.18)
    axes.set_ylabel(ylabel, fontsize=12)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(loc="upper right", fontsize=11, frameon=False)
    axes.set_title(title, fontsize=16)
    return figure
