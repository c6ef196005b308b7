"""matplotlib set-up shared by every chart: cache folder, bundled CJK font, no GUI backend."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from desktop.paths import cache_dir, font_path

if TYPE_CHECKING:
    from matplotlib.figure import Figure

LATIN_FAMILY = "DejaVu Sans"
_ready = False


def prepare_matplotlib() -> None:
    """Idempotent: point matplotlib's cache at ours, register the bundled font as CJK fallback."""
    global _ready
    if _ready:
        return
    # A frozen app would otherwise rebuild matplotlib's font cache in a fresh temp dir at every start.
    os.environ.setdefault("MPLCONFIGDIR", str(cache_dir() / "matplotlib"))
    import logging

    import matplotlib
    from matplotlib import font_manager

    # The bundled font has one weight; bold falls back to it (and Qt fakes bold). Not worth a log line.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

    path = font_path()
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    matplotlib.rcParams["font.family"] = [LATIN_FAMILY, family]
    matplotlib.rcParams["axes.unicode_minus"] = False
    # Names are user text: "$5$" or a lone "$" must print as typed, never start math typesetting.
    matplotlib.rcParams["text.parse_math"] = False
    matplotlib.rcParams["pdf.fonttype"] = 42
    # matplotlib 3.11's PDF writer sizes its font subsets by the PostScript setting: at its default
    # (Type 3) every 256 Chinese characters became one more embedded copy of the CJK font, each
    # subset from the whole font again. At 42 a font is embedded once, whatever the text.
    matplotlib.rcParams["ps.fonttype"] = 42
    matplotlib.rcParams["svg.fonttype"] = "path"
    _ready = True


def printable_figure(figure: Figure) -> None:
    """Name, in place, every character of the figure's texts that no export font can draw.

    matplotlib would print such a character as an empty box (and warn); every export of a chart
    or report goes through here, as the PK score sheet's text does (``desktop.export_fonts``).
    """
    from matplotlib.table import Table
    from matplotlib.text import Text

    from desktop.export_fonts import printable

    texts = list(figure.findobj(Text))
    for table in figure.findobj(Table):  # a table's cells keep their texts out of findobj's reach
        texts.extend(cell.get_text() for cell in table.get_celld().values())
    for text in texts:
        content = text.get_text()
        if content:
            shown = printable(content)
            if shown != content:
                text.set_text(shown)
