"""``python -m desktop check-fonts [--out FILE.png]``: does Chinese render here, or as boxes ("tofu")?

Draws a known Chinese sample with the app's own font set-up, in Qt (what the windows show) and in
matplotlib (charts, reports), and compares every character with the font's missing-glyph box (its
.notdef glyph, drawn the same way): a character drawn as that box, or not drawn at all, is named and
the command exits 1. Needs no display (offscreen). The bundle's smoke test runs it; a trainer's
support can too, on the machine where Chinese looks wrong.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QImage

SAMPLE = "课堂测评安抚客户技巧小组赛堃"  # 堃: a name character outside GB 2312
MISSING = "\u0378"  # an unassigned code point, in no font: drawn as the font's .notdef box
CELL = 64
SAME = 0.01  # images differing in under 1 % of their pixels are the same drawing


def _differs(image: list[int], reference: list[int]) -> float:
    return sum(1 for a, b in zip(image, reference, strict=True) if abs(a - b) > 32) / len(image)


def _qt_cells(font: QFont) -> list[tuple[str, QImage]]:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    def draw(text: str, chosen: QFont) -> QImage:
        image = QImage(CELL, CELL, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(chosen)
        painter.setPen(QColor("black"))
        painter.drawText(QRect(0, 0, CELL, CELL), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return image

    own_box = QFont(font)
    own_box.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # the font's own .notdef, no fallback
    return [(MISSING, draw(MISSING, own_box))] + [(ch, draw(ch, font)) for ch in SAMPLE]


def _qt_pixels(image: QImage) -> list[int]:
    return [image.pixelColor(x, y).red() for y in range(CELL) for x in range(CELL)]


def _mpl_cells() -> list[tuple[str, list[int], bytes]]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from desktop.charts.setup import prepare_matplotlib

    prepare_matplotlib()
    import warnings

    cells = []
    for ch in (MISSING, *SAMPLE):
        figure = Figure(figsize=(CELL / 100, CELL / 100), dpi=100)
        canvas = FigureCanvasAgg(figure)
        figure.text(0.5, 0.5, ch, fontsize=32, ha="center", va="center")
        with warnings.catch_warnings():  # "Glyph … missing": drawing the box is the point here
            warnings.simplefilter("ignore", UserWarning)
            figure.canvas.draw()
        rgba = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]  # matplotlib's Agg canvas has no annotations
        cells.append((ch, list(rgba[0::4]), rgba))
    return cells


def _mpl_uncovered(text: str) -> list[str]:
    """The characters no font of matplotlib's fallback list has (matplotlib draws a stand-in box for
    them whose look depends on the character's block, so pixels alone cannot tell)."""
    import matplotlib
    from matplotlib import font_manager

    fonts = [
        font_manager.get_font(font_manager.findfont(family, fallback_to_default=False))
        for family in matplotlib.rcParams["font.family"]
    ]
    return [ch for ch in text if all(font.get_char_index(ord(ch)) == 0 for font in fonts)]


def check_fonts(out: Path | None) -> int:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QColor, QImage, QPainter, QRawFont

    from desktop.app import create_application
    from desktop.ui.shell.fonts import BUNDLED_FAMILY

    app = create_application()
    font = app.font()
    font.setPixelSize(40)
    problems = []
    if not QRawFont.fromFont(font).familyName():
        problems.append("Qt: no font at all")
    bundled = QRawFont.fromFont(type(font)(BUNDLED_FAMILY, 40))
    if bundled.familyName() != BUNDLED_FAMILY:
        problems.append(
            f"Qt: the bundled font {BUNDLED_FAMILY!r} is not loaded (found {bundled.familyName()!r})"
        )
    qt_cells = _qt_cells(font)
    mpl_cells = _mpl_cells()
    for ch in _mpl_uncovered(SAMPLE):
        problems.append(f"matplotlib: {ch} (U+{ord(ch):04X}) is in none of its fonts: drawn as a box")
    for toolkit, cells in (("Qt", [(c, _qt_pixels(i)) for c, i in qt_cells]), ("matplotlib", mpl_cells)):
        box = cells[0][1]
        for ch, pixels, *_ in cells[1:]:
            if min(pixels) > 128:
                problems.append(f"{toolkit}: {ch} (U+{ord(ch):04X}) is not drawn at all")
            elif _differs(pixels, box) < SAME:
                problems.append(f"{toolkit}: {ch} (U+{ord(ch):04X}) is drawn as the missing-glyph box")
    if out is not None:  # top row Qt, bottom row matplotlib; first column the missing-glyph box
        sheet = QImage(CELL * len(qt_cells), CELL * 2, QImage.Format.Format_RGB32)
        sheet.fill(QColor("white"))
        painter = QPainter(sheet)
        for column, (_ch, image) in enumerate(qt_cells):
            painter.drawImage(column * CELL, 0, image)
        for column, (_ch, _gray, rgba) in enumerate(mpl_cells):
            painter.drawImage(column * CELL, CELL, QImage(rgba, CELL, CELL, QImage.Format.Format_RGBA8888))
        painter.end()
        out.parent.mkdir(parents=True, exist_ok=True)
        sheet.save(str(out))
    for problem in problems:
        print(problem)
    print(f"{len(SAMPLE)} characters in Qt and matplotlib: {'tofu' if problems else 'all drawn'}")
    return 1 if problems else 0
