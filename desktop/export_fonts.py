"""The fonts every export draws its text with, and the characters they can draw between them.

The bundled CJK font (Chinese and Latin), then DejaVu Sans, which ships inside matplotlib, for
symbols and the emoji it has (☺ ✓ ★ 😀 …). The same two fonts on every machine, so an export
prints a name the same way wherever it is made; what neither font has is replaced by its name
(``desktop.core.glyphs``). No Qt here: the report's charts use it too.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from desktop.core.glyphs import drawable_text
from desktop.font_tables import best_unicode_map
from desktop.paths import font_path

SYMBOL_FAMILY = "DejaVu Sans"


def symbol_font_path() -> Path | None:
    """matplotlib's DejaVu Sans, found without importing matplotlib (that costs a third of a second)."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
    return path if path.is_file() else None


def export_font_paths() -> tuple[Path, ...]:
    symbol = symbol_font_path()
    return (font_path(), symbol) if symbol else (font_path(),)


@lru_cache(maxsize=1)
def covered_code_points() -> frozenset[int]:
    """Every character some export font can draw (read once from the fonts' cmap tables)."""
    covered: set[int] = set()
    for path in export_font_paths():
        covered.update(mapped_code_points(path.read_bytes()))
    return frozenset(covered)


def mapped_code_points(font: bytes) -> set[int]:
    """The characters a font maps to a glyph (not to .notdef, drawn as a box), from its best Unicode
    cmap subtable; read straight from the bytes (``desktop.font_tables``): fontTools names all
    22,016 glyphs of the CJK font to answer this, a fifth of a second in every export."""
    return {code for code, glyph in best_unicode_map(font).items() if glyph}


def printable(text: str) -> str:
    """``text`` as every export prints it: characters no export font has become their names."""
    return drawable_text(text, covered_code_points())
