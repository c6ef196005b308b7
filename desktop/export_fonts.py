"""The fonts every export draws its text with, and the characters they can draw between them.

The bundled CJK font (Chinese and Latin), then DejaVu Sans, which ships inside matplotlib, for
symbols and the emoji it has (☺ ✓ ★ 😀 …). The same two fonts on every machine, so an export
prints a name the same way wherever it is made; what neither font has is replaced by its name
(``desktop.core.glyphs``). No Qt here: the report's charts use it too.
"""

from __future__ import annotations

import importlib.util
import struct
from functools import lru_cache
from pathlib import Path

from desktop.core.glyphs import drawable_text
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


#: The cmap subtables a font's best Unicode map is read from, best first (fontTools' order).
_UNICODE_SUBTABLES = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))


class FontFormatError(ValueError):
    pass


def mapped_code_points(font: bytes) -> set[int]:
    """The characters a TrueType/OpenType font maps to a glyph (not to .notdef), read from its best
    Unicode cmap subtable (format 4 or 12).

    Read straight from the bytes: fontTools names all 22,016 glyphs of the CJK font to answer the
    same question, a fifth of a second in every export.
    """
    try:
        (count,) = struct.unpack_from(">H", font, 4)
        tables = {
            font[12 + 16 * i : 16 + 16 * i]: struct.unpack_from(">L", font, 20 + 16 * i)[0]
            for i in range(count)
        }
        cmap = tables[b"cmap"]
        (subtable_count,) = struct.unpack_from(">H", font, cmap + 2)
        offsets: dict[tuple[int, int], int] = {}
        for i in range(subtable_count):
            platform, encoding, offset = struct.unpack_from(">HHL", font, cmap + 4 + 8 * i)
            offsets.setdefault((platform, encoding), cmap + offset)
        for key in _UNICODE_SUBTABLES:
            if key in offsets:
                return _subtable_code_points(font, offsets[key])
    except (KeyError, struct.error) as exc:
        raise FontFormatError(f"not a font with a cmap table ({exc})") from None
    raise FontFormatError("the font has no Unicode cmap subtable")


def _subtable_code_points(font: bytes, at: int) -> set[int]:
    (kind,) = struct.unpack_from(">H", font, at)
    found: set[int] = set()
    if kind == 12:
        (groups,) = struct.unpack_from(">L", font, at + 12)
        for start, end, glyph in struct.iter_unpack(">LLL", font[at + 16 : at + 16 + 12 * groups]):
            found.update(range(start + (glyph == 0), end + 1))  # glyph 0 is .notdef: drawn as a box
        return found
    if kind != 4:
        raise FontFormatError(f"cmap subtable format {kind}, not 4 or 12")
    segments = struct.unpack_from(">H", font, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", font, at + 14)
    starts = struct.unpack_from(f">{segments}H", font, at + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}H", font, at + 16 + 4 * segments)
    range_offsets_at = at + 16 + 6 * segments
    range_offsets = struct.unpack_from(f">{segments}H", font, range_offsets_at)
    for i, (start, end, delta, range_offset) in enumerate(
        zip(starts, ends, deltas, range_offsets, strict=True)
    ):
        if start == 0xFFFF:
            continue  # the closing segment maps nothing
        if range_offset == 0:
            found.update(c for c in range(start, end + 1) if (c + delta) & 0xFFFF)
            continue
        # The glyph ids are in glyphIdArray, found from where this segment's offset is stored.
        first = range_offsets_at + 2 * i + range_offset
        ids = struct.unpack_from(f">{end - start + 1}H", font, first)
        found.update(start + k for k, glyph in enumerate(ids) if glyph and (glyph + delta) & 0xFFFF)
    return found


def printable(text: str) -> str:
    """``text`` as every export prints it: characters no export font has become their names."""
    return drawable_text(text, covered_code_points())
