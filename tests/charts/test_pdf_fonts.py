"""PDFs embed the bundled CJK font once, subset from a small cut of it: the very font matplotlib made."""

from __future__ import annotations

import io
import random
import re
import zlib

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from matplotlib import font_manager
from matplotlib.backends import _backend_pdf_ps
from matplotlib.ft2font import FT2Font

from desktop.charts.fonts import NotSimple, quick_subsetting, small_font
from desktop.charts.report import SummaryPage, summary_figure, write_pdf
from desktop.export_fonts import symbol_font_path
from desktop.paths import font_path

ORIGINAL = getattr(_backend_pdf_ps.get_glyphs_subset, "__wrapped__", _backend_pdf_ps.get_glyphs_subset)


def subset_bytes(subset, path, glyphs) -> tuple[bytes, dict[int, int]]:
    with subset(font_manager.FontPath(str(path), 0), glyphs) as result:
        return _backend_pdf_ps.font_as_file(result.font).getvalue(), {
            g: result.glyph_index_map[g] for g in glyphs
        }


def glyph_sets(count: int) -> list[set[int]]:
    pick = random.Random(7)
    return [
        {1},
        set(pick.sample(range(4, count), 40)),
        set(pick.sample(range(4, count), 700)),
        set(range(count - 30, count)),  # past the font's last full metric: the width is shared
    ]


def test_the_cjk_font_subset_is_byte_for_byte_what_matplotlib_made_from_the_whole_font():
    count = FT2Font(str(font_path())).num_glyphs
    quick = quick_subsetting(ORIGINAL)
    for glyphs in glyph_sets(count):
        assert subset_bytes(quick, font_path(), glyphs) == subset_bytes(ORIGINAL, font_path(), glyphs)


def test_a_font_with_layout_tables_is_subset_as_matplotlib_does():
    symbols = symbol_font_path()
    assert symbols is not None
    with pytest.raises(NotSimple):
        small_font(symbols.read_bytes(), {36})  # DejaVu Sans: ligatures and kerning (GSUB, GPOS, kern)
    glyphs = {36, 37, 68}
    assert subset_bytes(quick_subsetting(ORIGINAL), symbols, glyphs) == subset_bytes(
        ORIGINAL, symbols, glyphs
    )


def test_a_composite_glyph_is_left_to_matplotlib():
    builder = FontBuilder(1000, isTTF=True)
    names = [".notdef", ".null", "CR", "space", "A", "Aring"]
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({0x41: "A", 0xC5: "Aring"})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 700))
    pen.lineTo((1000, 0))
    pen.closePath()
    simple = pen.glyph()
    composite = TTGlyphPen({"A": simple})
    composite.addComponent("A", (1, 0, 0, 1, 0, 0))
    empty = TTGlyphPen(None).glyph()
    builder.setupGlyf({**{name: empty for name in names[:4]}, "A": simple, "Aring": composite.glyph()})
    builder.setupHorizontalMetrics({name: (600, 0) for name in names})
    builder.setupHorizontalHeader()
    builder.setupOS2()
    builder.setupPost()
    builder.setupNameTable({"familyName": "Test", "styleName": "Regular"})
    out = io.BytesIO()
    builder.save(out)
    assert small_font(out.getvalue(), {4})[1] == {0: 0, 1: 1, 2: 2, 3: 3, 4: 4}
    with pytest.raises(NotSimple):
        small_font(out.getvalue(), {5})  # its part's id would have to be renumbered


def embedded_cjk_fonts(pdf: bytes) -> int:
    """How many font programs of the bundled font the PDF holds (its subset names carry its name)."""
    return len(set(re.findall(rb"/BaseFont\s*/([A-Z]{6}\+TrainingAssessmentSansSC-Regular)", pdf)))


def test_a_report_with_many_chinese_characters_embeds_the_cjk_font_once(tmp_path):
    many = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 900))  # 900 different characters
    page = SummaryPage(
        "报告", "班级", "52 / 100", "\n".join(many[i : i + 60] for i in range(0, 900, 60)), "", "", (), ()
    )
    out = tmp_path / "report.pdf"
    write_pdf(out, [summary_figure(page)], "报告")
    pdf = out.read_bytes()
    assert embedded_cjk_fonts(pdf) == 1  # was 4: one more copy of the font for every 256 characters
    # Every character is in that one copy, mapped back to its text (copy and paste, search).
    unicode_maps = b"".join(
        zlib.decompress(stream)
        for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S)
        if stream.startswith(b"x")
    )
    # "<first> <last> [<text of each code>…]": the text each drawn code stands for
    mapped = {
        int(code, 16)
        for texts in re.findall(rb"<[0-9a-f]{4}> <[0-9a-f]{4}> \[([^\]]*)\]", unicode_maps)
        for code in re.findall(rb"<([0-9a-f]{4})>", texts)
    }
    assert {ord(c) for c in many} <= mapped
