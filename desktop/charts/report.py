"""The trainee report as pages of matplotlib figures, written to one PDF (Chinese embedded).

Pure matplotlib: the caller passes the texts (already translated) and the data; this module
lays them out on A4 pages. No Qt, no pyplot.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.atomic_file import atomic_output
from desktop.charts.setup import prepare_matplotlib, printable_figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure

A4_PORTRAIT = (8.27, 11.69)
A4_LANDSCAPE = (11.69, 8.27)


@dataclass(frozen=True)
class SummaryPage:
    """Page one: who, the scorecard's total, band and advice, and the biggest self/others gaps."""

    title: str
    subtitle: str
    headline: str  # e.g. "78 / 100 · 好"
    advice: str
    notes: str  # raters and the anonymity rule, in a sentence or two
    gaps_title: str
    gap_headers: tuple[str, ...]
    gap_rows: tuple[tuple[str, ...], ...]


def wrap_text(text: str, width_columns: int) -> str:
    """Wrap mixed Chinese/Latin text to a width in columns (a Chinese character counts two).

    Chinese breaks between any two characters; a Latin word moves whole to the next line (a word
    longer than a line is cut), so English reads "evasion", never "eva / sion".
    """
    import unicodedata

    def width(char: str) -> int:
        return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1

    lines = []
    for paragraph in text.splitlines() or [""]:
        line, used = "", 0
        for char in paragraph:
            if used + width(char) > width_columns and line:
                carried = ""
                if char != " " and width(char) == 1 and line[-1] != " ":
                    # Inside a Latin word: move the word's start to the next line with it.
                    start = len(line)
                    while start > 0 and line[start - 1] != " " and width(line[start - 1]) == 1:
                        start -= 1
                    if start > 0:
                        line, carried = line[:start], line[start:]
                lines.append(line.rstrip(" "))
                line = carried
                used = sum(width(c) for c in line)
                if char == " " and not line:
                    continue  # no line starts with the space it was broken at
            line += char
            used += width(char)
        lines.append(line)
    return "\n".join(lines)


def summary_figure(page: SummaryPage) -> Figure:
    prepare_matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=A4_PORTRAIT, dpi=100)
    figure.text(0.07, 0.95, page.title, fontsize=20, weight="bold", va="top")
    figure.text(0.07, 0.915, page.subtitle, fontsize=11, color="#555555", va="top")
    figure.text(0.07, 0.87, page.headline, fontsize=26, weight="bold", color="#1d3557", va="top")
    figure.text(0.07, 0.81, wrap_text(page.advice, 84), fontsize=11, va="top", linespacing=1.5)
    figure.text(
        0.07, 0.69, wrap_text(page.notes, 90), fontsize=9.5, color="#555555", va="top", linespacing=1.4
    )
    figure.text(0.07, 0.63, page.gaps_title, fontsize=14, weight="bold", va="top")
    if page.gap_rows:
        axes = figure.add_axes((0.07, 0.06, 0.86, 0.55))
        axes.axis("off")
        widths = _column_widths(len(page.gap_headers))
        statement_columns = int(44 * widths[0] / 0.52)  # 44 columns of text fill 52 % of the width
        cells = [[wrap_text(row[0], statement_columns), *row[1:]] for row in page.gap_rows]
        table = axes.table(
            cellText=cells,
            colLabels=list(page.gap_headers),
            colWidths=widths,
            loc="upper left",
            cellLoc="center",
        )
        table.auto_set_font_size(False)
        table.set_fontsize(8.5)
        for (row, column), cell in table.get_celld().items():
            lines = cells[row - 1][0].count("\n") + 1 if row > 0 else 1
            cell.set_height(0.032 * lines + 0.012)
            if column == 0 and row > 0:
                cell.get_text().set_horizontalalignment("left")
                # matplotlib has no public setter for a cell's alignment, and its stubs omit the attribute.
                cell._loc = "left"  # type: ignore[attr-defined]  # noqa: SLF001
            if row == 0:
                cell.set_facecolor("#e8eef5")
    return figure


def notice_figure(title: str, text: str, size: tuple[float, float] = A4_LANDSCAPE) -> Figure:
    """A page that says why a chart is not there (e.g. two rounds on different scales cannot share a
    radar), titled as the chart would have been, so the reader of the PDF is told what the screen says."""
    prepare_matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100)
    figure.suptitle(title, fontsize=22, y=0.985)
    figure.text(0.5, 0.55, wrap_text(text, 80), fontsize=14, ha="center", va="center", linespacing=1.6)
    return figure


def _column_widths(columns: int) -> list[float]:
    """The statement column takes what the numbers (and the note, when there is one) leave."""
    numbers = [0.1] * (columns - 1)
    if columns == 5:
        numbers[-1] = 0.18  # the note: "盲点（自评偏高）"
    return [1.0 - sum(numbers), *numbers]


def write_pdf(
    path: Path | str,
    figures: Iterable[Figure],
    title: str,
    on_page: Callable[[int], None] | None = None,
    *,
    hand_back_memory: bool = False,
) -> int:
    """Write ``figures`` as the pages of one PDF, atomically; returns the page count.

    ``figures`` may be a generator, so a long document is drawn page by page; ``on_page`` is told
    each page written (a progress bar), and an exception it raises (the user cancelled) leaves no
    file behind. ``hand_back_memory``: a command that writes one PDF and exits (its peak memory is
    a target) frees the drawn pages before the fonts are embedded. Not in the app: a full garbage
    collection of the app's heap holds the interpreter ~80 ms, a stall of the window meanwhile.
    """
    prepare_matplotlib()
    from matplotlib.backends.backend_pdf import PdfPages

    from desktop.charts.fonts import embed_fonts_quickly

    embed_fonts_quickly()

    pages = 0
    with (
        atomic_output(path) as out,
        PdfPages(out, metadata={"Title": title, "Creator": "Training Assessment"}) as pdf,
    ):
        for figure in figures:
            printable_figure(figure)  # a name with an emoji prints its name, not an empty box
            pdf.savefig(figure)
            pages += 1
            if on_page is not None:
                on_page(pages)
        if hand_back_memory:
            release_freed_memory()  # before the fonts are subset and embedded, the PDF's peak
    return pages


def release_freed_memory() -> None:
    """Give the memory the drawn pages freed back to the system (glibc keeps it otherwise): the
    fonts' subsetting at the end of the PDF then peaks lower. Nothing where there is no glibc."""
    import gc

    gc.collect()  # a figure's axes and artists refer to each other: cycles, freed only here
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)  # the process's own symbols: glibc's, where it is glibc
    except (OSError, AttributeError):
        pass  # a C library without malloc_trim (musl)
