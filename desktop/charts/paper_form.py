"""Printable paper forms: an instrument on A4 pages, blank or with the trainee, role and round filled in.

Pure matplotlib, like the trainee report: the caller passes the texts (already translated) and this
module lays them out. Every page repeats the form code in its top corner, so pages that come apart
still say which form they belong to; the statements keep the instrument's order, the order quick
entry reads the digits in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.charts.report import A4_PORTRAIT, wrap_text
from desktop.charts.setup import prepare_matplotlib

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

MARGIN = 0.6  # inches, every side
ROW_LINE = 0.185  # inches per line of a statement at 9 pt
ROW_PAD = 0.1
BOX = 0.2  # the side of a box to tick
BOX_STEP = 0.34
STATEMENT_COLUMNS = 68  # columns of text (a Chinese character counts two) beside the boxes
INSTRUCTION_COLUMNS = 112
INSTRUCTION_LINE = 0.16
TITLE_HEIGHT = 0.85
COLUMN_HEAD = 0.3  # the column heads and their rule
LATER_HEADER_HEIGHT = TITLE_HEIGHT + COLUMN_HEAD
FOOTER_HEIGHT = 0.75


@dataclass(frozen=True)
class PaperForm:
    """One paper form's texts; ``fields`` with an empty value print a line to write on."""

    title: str
    code: str  # as printed, e.g. "K7M2-QX4"
    code_label: str  # "表单编码"
    fields: tuple[tuple[str, str], ...]  # (label, value) — trainee, class, rater role, round, rater, date
    instructions: str
    scale_legend: str  # "1 = 从不 · 2 = 很少 … · 0 = 无法判断"
    choices: tuple[str, ...]  # the box labels, e.g. ("1", "2", "3", "4", "5", "0")
    statement_header: str
    statements: tuple[str, ...]
    entry_hint: str  # how the form is typed back in
    page_template: str  # "%1 / %2"


def _rows_per_page(form: PaperForm) -> list[list[int]]:
    """Statement indexes on each page: as many whole statements as fit, in order."""
    height = A4_PORTRAIT[1] - 2 * MARGIN - FOOTER_HEIGHT
    pages: list[list[int]] = [[]]
    room = height - _first_header_height(form)
    for index, text in enumerate(form.statements):
        needed = _row_height(text)
        if needed > room and pages[-1]:
            pages.append([])
            room = height - LATER_HEADER_HEIGHT
        pages[-1].append(index)
        room -= needed
    return pages


def _first_header_height(form: PaperForm) -> float:
    """Title, the fields in two columns, the instructions and the scale's legend."""
    fields = ((len(form.fields) + 1) // 2) * 0.34 + 0.1
    instructions = (wrap_text(form.instructions, INSTRUCTION_COLUMNS).count("\n") + 1) * INSTRUCTION_LINE
    return TITLE_HEIGHT + fields + instructions + 0.1 + 0.3 + COLUMN_HEAD


def _row_height(text: str) -> float:
    lines = wrap_text(text, STATEMENT_COLUMNS).count("\n") + 1
    return lines * ROW_LINE + ROW_PAD


def paper_form_figures(form: PaperForm) -> list[Figure]:
    """The form's pages as matplotlib figures (one or more A4 pages)."""
    prepare_matplotlib()
    pages = _rows_per_page(form)
    return [_page(form, rows, number, len(pages)) for number, rows in enumerate(pages, start=1)]


def page_count(form: PaperForm) -> int:
    """How many pages the form takes (for a progress bar before any is drawn)."""
    return len(_rows_per_page(form))


def _page(form: PaperForm, rows: list[int], number: int, count: int) -> Figure:
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    width, height = A4_PORTRAIT
    figure = Figure(figsize=A4_PORTRAIT, dpi=100)

    def at(x: float, y_from_top: float) -> tuple[float, float]:
        return x / width, 1 - y_from_top / height

    def text(
        x: float,
        y: float,
        value: str,
        *,
        fontsize: float,
        color: str | None = None,  # None: matplotlib's text colour
        weight: str = "normal",
        linespacing: float | None = None,  # None: matplotlib's line spacing
        ha: str = "left",
        family: str | None = None,  # None: matplotlib's font family
    ) -> None:
        figure.text(
            *at(x, y),
            value,
            va="top",
            fontsize=fontsize,
            color=color,
            weight=weight,
            linespacing=linespacing,
            ha=ha,
            family=family,
        )

    def line(x0: float, x1: float, y: float, *, color: str, linewidth: float) -> None:
        xs, ys = [x0 / width, x1 / width], [1 - y / height, 1 - y / height]
        figure.add_artist(_line(figure, xs, ys, color=color, linewidth=linewidth))

    # The code, boxed, top right on every page: what quick entry asks for first.
    code_width = 2.1
    figure.add_artist(
        Rectangle(
            at(width - MARGIN - code_width, MARGIN + 0.62),
            code_width / width,
            0.62 / height,
            transform=figure.transFigure,
            fill=False,
            linewidth=1.4,
        )
    )
    text(width - MARGIN - code_width + 0.1, MARGIN + 0.05, form.code_label, fontsize=8, color="#555555")
    text(
        width - MARGIN - code_width + 0.1,
        MARGIN + 0.22,
        form.code,
        fontsize=19,
        weight="bold",
        family="monospace",
    )
    text(MARGIN, MARGIN, wrap_text(form.title, 34), fontsize=17, weight="bold", linespacing=1.3)
    y = MARGIN + TITLE_HEIGHT
    if number > 1:  # a page that comes apart still says whose form it is
        filled = " · ".join(value for _label, value in form.fields if value)
        text(MARGIN, MARGIN + 0.42, wrap_text(filled, 70).split("\n")[0], fontsize=9.5, color="#333333")
    else:
        # The fields in two columns: a value printed, or a line to write on.
        column_width = (width - 2 * MARGIN) / 2
        for index, (label, value) in enumerate(form.fields):
            x = MARGIN + (index % 2) * column_width
            row_y = y + (index // 2) * 0.34
            text(x, row_y, f"{label}：", fontsize=10, color="#333333")
            value_x = x + _columns(label + "：") * 0.072 + 0.12
            if value:
                text(value_x, row_y, wrap_text(value, 30).split("\n")[0], fontsize=10.5, weight="bold")
            else:
                line(value_x, x + column_width - 0.25, row_y + 0.2, color="#333333", linewidth=0.6)
        y += ((len(form.fields) + 1) // 2) * 0.34 + 0.1
        instructions = wrap_text(form.instructions, INSTRUCTION_COLUMNS)
        text(MARGIN, y, instructions, fontsize=8.5, color="#333333", linespacing=1.3)
        y += (instructions.count("\n") + 1) * INSTRUCTION_LINE + 0.1
        text(MARGIN, y, form.scale_legend, fontsize=9, weight="bold")
        y += 0.3
    # Column heads: "No.", the statement, the boxes' labels.
    boxes_x = width - MARGIN - BOX_STEP * len(form.choices) + (BOX_STEP - BOX) / 2
    text(MARGIN, y, "#", fontsize=9, weight="bold")
    text(MARGIN + 0.38, y, form.statement_header, fontsize=9, weight="bold")
    for index, choice in enumerate(form.choices):
        text(boxes_x + index * BOX_STEP + BOX / 2, y, choice, fontsize=9, weight="bold", ha="center")
    y += 0.22
    line(MARGIN, width - MARGIN, y, color="#333333", linewidth=0.8)
    y += COLUMN_HEAD - 0.22
    for row in rows:
        statement = wrap_text(form.statements[row], STATEMENT_COLUMNS)
        text(MARGIN, y + 0.02, str(row + 1), fontsize=9, weight="bold")
        text(MARGIN + 0.38, y + 0.02, statement, fontsize=9, linespacing=1.45)
        for index in range(len(form.choices)):
            figure.add_artist(
                Rectangle(
                    at(boxes_x + index * BOX_STEP, y + 0.02 + BOX),
                    BOX / width,
                    BOX / height,
                    transform=figure.transFigure,
                    fill=False,
                    linewidth=0.8,
                    edgecolor="#333333",
                )
            )
        y += _row_height(form.statements[row])
        line(MARGIN, width - MARGIN, y - 0.05, color="#bbbbbb", linewidth=0.4)
    footer_y = height - MARGIN - 0.35
    text(MARGIN, footer_y, wrap_text(form.entry_hint, 90), fontsize=8, color="#555555", linespacing=1.35)
    page = form.page_template.replace("%1", str(number)).replace("%2", str(count))
    text(width - MARGIN, footer_y, f"{form.code} · {page}", fontsize=8, color="#555555", ha="right")
    return figure


def _columns(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def _line(figure: Figure, xs: list[float], ys: list[float], *, color: str, linewidth: float) -> Line2D:
    from matplotlib.lines import Line2D

    return Line2D(xs, ys, transform=figure.transFigure, color=color, linewidth=linewidth)
