"""The characters the export fonts draw, read from their cmap tables without fontTools' glyph naming."""

from __future__ import annotations

import io

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

from desktop.export_fonts import covered_code_points, export_font_paths, mapped_code_points, printable
from desktop.font_tables import FontFormatError


@pytest.mark.parametrize("path", export_font_paths(), ids=lambda p: p.name)
def test_every_export_font_maps_what_fonttools_reads_from_it(path):
    with TTFont(str(path), lazy=True) as font:
        expected = {code for code, glyph in font.getBestCmap().items() if glyph != ".notdef"}
    assert mapped_code_points(path.read_bytes()) == expected


def test_the_fonts_cover_chinese_names_latin_and_dejavu_symbols():
    covered = covered_code_points()
    assert {ord(c) for c in "堃陈静 Zoë ☺✓★"} <= covered
    assert printable("陈静🦄") == "陈静[UNICORN FACE]"


def _font(cmap: dict[int, str], glyphs: list[str]) -> bytes:
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(glyphs)
    builder.setupCharacterMap(cmap)
    empty = TTGlyphPen(None).glyph()
    builder.setupGlyf({name: empty for name in glyphs})
    builder.setupHorizontalMetrics({name: (500, 0) for name in glyphs})
    builder.setupHorizontalHeader()
    builder.setupOS2()
    builder.setupPost()
    builder.setupNameTable({"familyName": "Test", "styleName": "Regular"})
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


@pytest.mark.parametrize("emoji", [False, True], ids=["format 4", "format 12"])
def test_a_character_mapped_to_notdef_is_not_covered(emoji):
    cmap = {0x41: "A", 0x42: ".notdef", 0x4E00: "yi", **({0x1F600: "smile"} if emoji else {})}
    font = _font(cmap, [".notdef", "A", "yi", "smile"])
    assert mapped_code_points(font) == {0x41, 0x4E00} | ({0x1F600} if emoji else set())


def test_a_file_that_is_not_a_font_is_said_so():
    with pytest.raises(FontFormatError):
        mapped_code_points(b"not a font at all, just some text long enough")
