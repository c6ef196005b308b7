"""A TrueType/OpenType font's tables and character maps, read straight from its bytes.

fontTools answers the same questions by decompiling whole tables and naming every glyph: for the
bundled CJK font (22,016 glyphs) a fifth of a second each time. These readers touch only what they
return. Pure Python, no Qt, no matplotlib: the PK score sheet (Qt) and the charts both use them.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

#: The cmap subtables a font's best Unicode map is read from, best first (fontTools' order).
UNICODE_SUBTABLES = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))


class FontFormatError(ValueError):
    pass


@dataclass(frozen=True)
class CmapSubtable:
    platform: int
    encoding: int
    format: int
    language: int
    #: code point → glyph id, as fontTools reads it (a code mapped to glyph 0, .notdef, included)
    mapping: dict[int, int]


def table_directory(font: bytes) -> dict[bytes, tuple[int, int]]:
    """Each table's tag → (offset, length)."""
    try:
        (count,) = struct.unpack_from(">H", font, 4)
        return {
            font[12 + 16 * i : 16 + 16 * i]: struct.unpack_from(">LL", font, 20 + 16 * i)
            for i in range(count)
        }
    except struct.error:
        raise FontFormatError("not a font: its table directory is cut short") from None


def cmap_subtables(font: bytes) -> list[CmapSubtable]:
    """Every subtable of the font's cmap, in the file's order; formats other than 4 and 12 raise."""
    tables = table_directory(font)
    if b"cmap" not in tables:
        raise FontFormatError("the font has no cmap table")
    cmap = tables[b"cmap"][0]
    try:
        (count,) = struct.unpack_from(">H", font, cmap + 2)
        found = []
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHL", font, cmap + 4 + 8 * i)
            kind, language, mapping = _subtable(font, cmap + offset)
            found.append(CmapSubtable(platform, encoding, kind, language, mapping))
        return found
    except struct.error:
        raise FontFormatError("the font's cmap table is cut short") from None


def best_unicode_map(font: bytes) -> dict[int, int]:
    """The font's best Unicode map (code point → glyph id), as fontTools' ``getBestCmap`` picks it."""
    tables = table_directory(font)
    if b"cmap" not in tables:
        raise FontFormatError("the font has no cmap table")
    cmap = tables[b"cmap"][0]
    try:
        (count,) = struct.unpack_from(">H", font, cmap + 2)
        offsets: dict[tuple[int, int], int] = {}
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHL", font, cmap + 4 + 8 * i)
            offsets.setdefault((platform, encoding), cmap + offset)
        for key in UNICODE_SUBTABLES:
            if key in offsets:
                return _subtable(font, offsets[key])[2]
    except struct.error:
        raise FontFormatError("the font's cmap table is cut short") from None
    raise FontFormatError("the font has no Unicode cmap subtable")


def _subtable(font: bytes, at: int) -> tuple[int, int, dict[int, int]]:
    """A subtable's format, language and map (only formats 4 and 12, what fonts use for Unicode)."""
    (kind,) = struct.unpack_from(">H", font, at)
    mapping: dict[int, int] = {}
    if kind == 12:
        language, groups = struct.unpack_from(">LL", font, at + 8)
        for start, end, glyph in struct.iter_unpack(">LLL", font[at + 16 : at + 16 + 12 * groups]):
            mapping.update(zip(range(start, end + 1), range(glyph, glyph + end - start + 1), strict=True))
        return kind, language, mapping
    if kind != 4:
        raise FontFormatError(f"cmap subtable format {kind}, not 4 or 12")
    (language,) = struct.unpack_from(">H", font, at + 4)
    segments = struct.unpack_from(">H", font, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", font, at + 14)
    starts = struct.unpack_from(f">{segments}H", font, at + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}H", font, at + 16 + 4 * segments)
    range_offsets_at = at + 16 + 6 * segments
    range_offsets = struct.unpack_from(f">{segments}H", font, range_offsets_at)
    # The last segment (0xFFFF) closes the table and maps nothing; fontTools skips it too.
    for i in range(segments - 1):
        start, end, delta = starts[i], ends[i], deltas[i]
        if end < start:
            continue
        if range_offsets[i] == 0:
            mapping.update((c, (c + delta) & 0xFFFF) for c in range(start, end + 1))
            continue
        # The glyph ids are in glyphIdArray, found from where this segment's offset is stored.
        first = range_offsets_at + 2 * i + range_offsets[i]
        ids = struct.unpack_from(f">{end - start + 1}H", font, first)
        mapping.update((start + k, (g + delta) & 0xFFFF if g else 0) for k, g in enumerate(ids))
    return kind, language, mapping
