"""Embedding the bundled CJK font in PDFs without fontTools walking all of its 22,016 glyphs.

matplotlib embeds a subset of every font a PDF uses, made by fontTools, which first decompiles the
whole font (its character map, a name for every glyph, the glyph index and metrics) to keep a few
hundred glyphs: for the bundled CJK font ~190 ms and ~20 MiB in every report. ``small_font`` first
cuts such a font down to the glyphs asked for, straight from its bytes; fontTools then subsets that
small font as matplotlib asked, and the result is the very font the whole one would have given
(``tests/charts/test_pdf_fonts.py`` compares the bytes). Only fonts of the bundled font's simple
shape take this path (TrueType outlines without composite glyphs, no layout, vertical or hinting
tables); any other font (DejaVu Sans, with its ligatures and kerning) is subset as before.
"""

from __future__ import annotations

import mmap
import struct
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

from desktop.font_tables import CmapSubtable, FontFormatError, cmap_subtables, table_directory

#: The tables ``small_font`` knows how to cut down or copy: the bundled font's, nothing more.
SIMPLE_TABLES = frozenset(
    {b"OS/2", b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"name", b"post"}
)


class NotSimple(Exception):
    """The font (or a glyph asked for) is not of the shape ``small_font`` handles."""


def small_font(font: bytes, glyphs: Iterable[int]) -> tuple[bytes, dict[int, int]]:
    """The font cut down to glyphs 0–3 and ``glyphs``, in their order, and the map from their
    ids to the small font's. Every table is the original's, restricted to those glyphs: outlines and
    metrics copied byte for byte, the characters that map to them, the rest unchanged.

    Raises ``NotSimple`` for a font or glyph of another shape (see the module's docstring).
    """
    tables = table_directory(font)
    if not set(tables) <= SIMPLE_TABLES or not {b"glyf", b"loca", b"hmtx", b"cmap"} <= set(tables):
        raise NotSimple("tables beyond TrueType outlines and metrics")

    def table(tag: bytes) -> bytes:
        offset, length = tables[tag]
        return font[offset : offset + length]

    head, hhea, maxp = bytearray(table(b"head")), bytearray(table(b"hhea")), bytearray(table(b"maxp"))
    (count,) = struct.unpack_from(">H", maxp, 4)
    (long_loca,) = struct.unpack_from(">h", head, 50)
    (metrics,) = struct.unpack_from(">H", hhea, 34)
    # Glyphs 0–3 (.notdef, .null, CR, space) stay where they are: matplotlib's subsetting keeps them
    # by their ids, as TrueType recommends.
    kept = sorted({*range(min(4, count)), *glyphs})
    if kept[-1] >= count:
        raise NotSimple(f"glyph {kept[-1]} of a font of {count} glyphs")
    to_small = {glyph: index for index, glyph in enumerate(kept)}

    loca_at, glyf_at = tables[b"loca"][0], tables[b"glyf"][0]
    loca_format, scale = (">L", 1) if long_loca else (">H", 2)
    step = 4 if long_loca else 2
    outlines = []
    for glyph in kept:
        start, end = (
            scale * v for v in struct.unpack_from(f">2{loca_format[1]}", font, loca_at + step * glyph)
        )
        outline = font[glyf_at + start : glyf_at + end]
        if outline and struct.unpack_from(">h", outline)[0] < 0:
            raise NotSimple(f"glyph {glyph} is a composite")  # its parts' ids would need renumbering
        outlines.append(outline)
    offsets = [0]
    for outline in outlines:
        offsets.append(offsets[-1] + len(outline))  # unpadded, as the original's loca reads them

    hmtx_at = tables[b"hmtx"][0]
    hmtx = bytearray()
    for glyph in kept:
        advance_of = min(glyph, metrics - 1)
        (advance,) = struct.unpack_from(">H", font, hmtx_at + 4 * advance_of)
        if glyph < metrics:
            (side,) = struct.unpack_from(">h", font, hmtx_at + 4 * glyph + 2)
        else:
            (side,) = struct.unpack_from(">h", font, hmtx_at + 4 * metrics + 2 * (glyph - metrics))
        hmtx += struct.pack(">Hh", advance, side)

    struct.pack_into(">h", head, 50, 1)  # long loca offsets: the outlines keep their own lengths
    struct.pack_into(">H", hhea, 34, len(kept))
    struct.pack_into(">H", maxp, 4, len(kept))
    built = {
        b"head": bytes(head),
        b"hhea": bytes(hhea),
        b"maxp": bytes(maxp),
        b"loca": struct.pack(f">{len(offsets)}L", *offsets),
        b"glyf": b"".join(outlines),
        b"hmtx": bytes(hmtx),
        b"cmap": _small_cmap(cmap_subtables(font), to_small),
    }
    # A table copied as it is keeps its checksum: fontTools writes the one it read, as it would
    # have from the whole font (and the file's checksum, in 'head', is computed over them).
    checksums = _stored_checksums(font) | {tag: _checksum(body) for tag, body in built.items()}
    for tag in tables:
        built.setdefault(tag, table(tag))
    # The tables in the file's own order: fontTools keeps it in what it saves.
    ordered = {tag: built[tag] for tag in sorted(tables, key=lambda tag: tables[tag][0])}
    return _sfnt(font[:4], ordered, checksums), to_small


def _stored_checksums(font: bytes) -> dict[bytes, int]:
    (count,) = struct.unpack_from(">H", font, 4)
    return {
        font[12 + 16 * i : 16 + 16 * i]: int(struct.unpack_from(">L", font, 16 + 16 * i)[0])
        for i in range(count)
    }


def _checksum(body: bytes) -> int:
    padded = body + b"\0" * (-len(body) % 4)
    return int(sum(struct.unpack(f">{len(padded) // 4}L", padded))) & 0xFFFFFFFF


def _small_cmap(subtables: list[CmapSubtable], to_small: dict[int, int]) -> bytes:
    encoded = []
    for sub in subtables:
        mapping = {code: to_small[glyph] for code, glyph in sub.mapping.items() if glyph in to_small}
        encoded.append(
            _format_12(mapping, sub.language) if sub.format == 12 else _format_4(mapping, sub.language)
        )
    header = struct.pack(">HH", 0, len(subtables))
    offset = 4 + 8 * len(subtables)
    records = b""
    for sub, data in zip(subtables, encoded, strict=True):
        records += struct.pack(">HHL", sub.platform, sub.encoding, offset)
        offset += len(data)
    return header + records + b"".join(encoded)


def _runs(mapping: dict[int, int]) -> list[tuple[int, int, int]]:
    """(first code, last code, first glyph) of each run of consecutive codes to consecutive glyphs."""
    runs: list[tuple[int, int, int]] = []
    for code in sorted(mapping):
        glyph = mapping[code]
        if runs and runs[-1][1] == code - 1 and runs[-1][2] + code - runs[-1][0] == glyph:
            runs[-1] = (runs[-1][0], code, runs[-1][2])
        else:
            runs.append((code, code, glyph))
    return runs


def _format_4(mapping: dict[int, int], language: int) -> bytes:
    runs = [r for r in _runs(mapping) if r[1] < 0xFFFF] + [(0xFFFF, 0xFFFF, 1)]
    segments = len(runs)
    ends = [r[1] for r in runs]
    starts = [r[0] for r in runs]
    deltas = [(r[2] - r[0]) & 0xFFFF for r in runs]
    body = struct.pack(f">{segments}H", *ends) + b"\0\0" + struct.pack(f">{segments}H", *starts)
    body += struct.pack(f">{segments}H", *deltas) + struct.pack(f">{segments}H", *([0] * segments))
    power = 1
    while power * 2 <= segments:
        power *= 2
    length = 14 + len(body)
    header = struct.pack(
        ">7H", 4, length, language, 2 * segments, 2 * power, power.bit_length() - 1, 2 * (segments - power)
    )
    return header + body


def _format_12(mapping: dict[int, int], language: int) -> bytes:
    runs = _runs(mapping)
    groups = b"".join(struct.pack(">3L", *run) for run in runs)
    return struct.pack(">HHLLL", 12, 0, 16 + len(groups), language, len(runs)) + groups


def _sfnt(version: bytes, tables: dict[bytes, bytes], checksums: dict[bytes, int]) -> bytes:
    """The tables as one font file, their data in the order given (the directory sorted by tag)."""
    tags = sorted(tables)
    power = 1
    while power * 2 <= len(tags):
        power *= 2
    header = version + struct.pack(
        ">4H", len(tags), 16 * power, power.bit_length() - 1, 16 * (len(tags) - power)
    )
    offset = len(header) + 16 * len(tags)
    offsets, data = {}, b""
    for tag, body in tables.items():
        offsets[tag] = offset + len(data)
        data += body + b"\0" * (-len(body) % 4)
    directory = b"".join(
        tag + struct.pack(">3L", checksums[tag], offsets[tag], len(tables[tag])) for tag in tags
    )
    return header + directory + data


def _small_font_of_file(path: Path, glyphs: list[int]) -> tuple[bytes, dict[int, int]]:
    # Mapped, not read: only the pages of the tables and outlines cut are touched (the CJK font is
    # 7 MB, and reading it whole counted in every PDF's peak memory, the report command's included).
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as font:
        return small_font(font, glyphs)  # type: ignore[arg-type]  # mmap reads as bytes do


class _FontInMemory(BytesIO):
    """A font file in memory, with the face index matplotlib's subsetting reads from its paths."""

    face_index = 0


def quick_subsetting(subset: Callable[..., Any]) -> Callable[..., Any]:
    """matplotlib's ``get_glyphs_subset(fontfile, glyphs)``, made to go through ``small_font`` for the
    fonts it handles: the same subset and glyph map, from a font a hundred times smaller."""

    @contextmanager
    def glyphs_subset(fontfile: Any, glyphs: Iterable[int]) -> Iterator[Any]:
        glyphs = list(glyphs)
        path = str(getattr(fontfile, "path", fontfile))
        try:
            if getattr(fontfile, "face_index", 0) != 0 or not path.lower().endswith(".ttf"):
                raise NotSimple("a collection or not TrueType")
            font, to_small = _small_font_of_file(Path(path), glyphs)
        except (NotSimple, FontFormatError, OSError, ValueError, struct.error):
            with subset(fontfile, glyphs) as result:
                yield result
            return
        with subset(_FontInMemory(font), [to_small[g] for g in glyphs]) as result:
            small_map = result.glyph_index_map
            yield result._replace(
                glyph_index_map={g: small_map[s] for g, s in to_small.items() if s in small_map}
            )

    glyphs_subset.quick = True  # type: ignore[attr-defined]  # marks the wrapper: installed once
    return glyphs_subset


def embed_fonts_quickly() -> None:
    """Have matplotlib's PDF (and PostScript) backend subset fonts through ``quick_subsetting``;
    idempotent. Called before writing a PDF (importing the backend costs ~0.1 s, so not earlier)."""
    from matplotlib.backends import _backend_pdf_ps

    if not getattr(_backend_pdf_ps.get_glyphs_subset, "quick", False):
        _backend_pdf_ps.get_glyphs_subset = quick_subsetting(_backend_pdf_ps.get_glyphs_subset)
