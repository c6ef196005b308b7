#!/usr/bin/env python3
"""Regenerate the bundled CJK font ``assets/fonts/TrainingAssessmentSansSC-Regular.ttf``.

Why
---
The app must render Chinese in Qt widgets *and* in matplotlib figures
(PNG and PDF) on machines that have no CJK fonts installed (fresh
Windows/macOS/Linux boxes, CI).  So we ship our own font.

Source
------
Noto Sans CJK SC **Regular** (SIL Open Font License 1.1), taken from the
OpenType collection installed by Debian's ``fonts-noto-cjk`` package::

    apt-get install -y fonts-noto-cjk
    /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
        face "NotoSansCJKsc-Regular" (the Simplified Chinese face)

Only the generation needs that package; the app and CI use the generated
file.

What is kept
------------
* ASCII (U+0020-007E) and Latin-1 (U+00A0-00FF)
* General Punctuation (U+2000-206F)
* CJK Symbols and Punctuation (U+3000-303F)
* Halfwidth and Fullwidth Forms (U+FF00-FFEF)
* the whole CJK Unified Ideographs block U+4E00-9FFF (a GB 2312-only
  subset misses rarer name characters such as 堃)
* every other character of GB 2312 (found by decoding all GB 2312
  two-byte codes with Python's 'gb2312' codec): pinyin letters, Greek,
  Cyrillic, kana, bopomofo, box drawing, numbered/circled forms, ...
Code points the source face does not map are silently skipped.

What is changed / dropped
-------------------------
* CFF outlines are converted to TrueType (glyf) quadratic outlines
  (cu2qu, as in fontTools' ``otf2ttf`` snippet).  matplotlib's PDF/PS
  backends embed glyf fonts as Type 42 (FontFile2), and Qt uses them on
  every platform.
* Hinting is dropped (the CFF hints go with the subsetting; no TrueType
  instructions are generated).
* Layout tables (GSUB/GPOS/GDEF/BASE) and vertical metrics
  (vhea/vmtx/VORG) are dropped: the app sets horizontal Chinese/Latin
  text that needs no OpenType features, and they cost size.
* ``post`` becomes format 3 (no glyph names; the CID names "cid12345"
  carry no information and cost ~0.3 MB).
* The family is renamed "Training Assessment Sans SC"
  (PostScript name "TrainingAssessmentSansSC-Regular").  OFL 1.1 allows
  modification (subsetting, conversion) but a Modified Version may not use
  the Reserved Font Name(s) of the original (upstream reserves "Source";
  "Noto" is a Google trademark), and a distinct name also guarantees it
  never clashes with an installed Noto Sans CJK.  The copyright, licence
  (nameID 13/14) and credit records are kept.
* head.modified is copied from the source so regenerating gives a
  byte-identical file.

Usage
-----
    .venv/bin/python tools/make_font_subset.py            # defaults below
    .venv/bin/python tools/make_font_subset.py --source X.ttc --output Y.ttf
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_PS_NAME = "NotoSansCJKsc-Regular"
DEFAULT_OUTPUT = REPO_ROOT / "assets" / "fonts" / "TrainingAssessmentSansSC-Regular.ttf"

FAMILY = "Training Assessment Sans SC"
SUBFAMILY = "Regular"
PS_NAME = "TrainingAssessmentSansSC-Regular"

# cu2qu approximation tolerance in font units (UPM is 1000): invisible at
# any UI size, and what fontTools' otf2ttf snippet uses.
MAX_ERR = 1.0

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs (whole basic block)
]

DROP_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "VORG", "vhea", "vmtx", "DSIG"]


def gb2312_codepoints() -> set[int]:
    """All characters encodable in GB 2312 (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    cps: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                text = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            cps.update(ord(ch) for ch in text)
    return cps


def wanted_codepoints() -> set[int]:
    cps: set[int] = set()
    for first, last in RANGES:
        cps.update(range(first, last + 1))
    cps |= gb2312_codepoints()
    return cps


def load_source_face(path: Path, ps_name: str) -> TTFont:
    if path.suffix.lower() in (".ttc", ".otc"):
        for font in TTCollection(str(path)).fonts:
            if font["name"].getDebugName(6) == ps_name:
                return font
        sys.exit(f"error: no face with PostScript name {ps_name!r} in {path}")
    font = TTFont(str(path))
    if font["name"].getDebugName(6) != ps_name:
        sys.exit(f"error: {path} is not {ps_name}")
    return font


def subset_font(font: TTFont, unicodes: set[int]) -> None:
    opts = subset.Options()
    opts.layout_features = []  # no GSUB closure: only the mapped glyphs
    opts.drop_tables += DROP_TABLES
    opts.hinting = False  # drop CFF hints
    opts.desubroutinize = True
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.name_IDs = ["*"]  # names are rewritten in rename() below
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.prune_unicode_ranges = True
    opts.recalc_bounds = True
    subsetter = subset.Subsetter(options=opts)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = MAX_ERR) -> None:
    """Replace CFF by quadratic glyf outlines (after fontTools' otf2ttf snippet)."""
    assert font.sfntVersion == "OTTO" and "CFF " in font
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()

    quad = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        # TrueType wants clockwise outer contours, CFF counter-clockwise.
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        quad[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quad
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)  # computes bounding boxes

    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):  # lsb must equal xMin in glyf fonts
            hmtx[name] = (hmtx[name][0], glyph.xMin)

    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(len(getattr(g, "components", [])) for g in glyf.glyphs.values())
    maxp.compile(font)  # recalculates the remaining maxp fields

    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order

    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, version: str) -> None:
    name = font["name"]
    # Drop every family/style/full/PostScript/unique-ID record, in every
    # language (the source carries Chinese-language "Noto Sans CJK SC" too).
    name.names = [r for r in name.names if r.nameID not in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22)]
    unique_id = f"{version};TRAS;{PS_NAME}"
    for name_id, value in ((1, FAMILY), (2, SUBFAMILY), (3, unique_id), (4, FAMILY), (6, PS_NAME)):
        name.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, en-US
    # Record what was done in the version string (nameID 5).
    name.setName(
        f"Version {version}; subset of Noto Sans CJK SC Regular, TrueType outlines, unhinted",
        5,
        3,
        1,
        0x409,
    )
    # Mac-platform records, if any, must not keep the old names either.
    name.names = [r for r in name.names if r.platformID == 3]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        help=f"Noto Sans CJK .ttc/.otf (default: {DEFAULT_SOURCE})",
    )
    ap.add_argument(
        "--face",
        default=SOURCE_PS_NAME,
        help=f"PostScript name of the face to use (default: {SOURCE_PS_NAME})",
    )
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument(
        "--max-err", type=float, default=MAX_ERR, help="cu2qu tolerance in font units (default: %(default)s)"
    )
    args = ap.parse_args(argv)

    if not args.source.exists():
        sys.exit(f"error: {args.source} not found (apt-get install fonts-noto-cjk)")

    font = load_source_face(args.source, args.face)
    source_modified = font["head"].modified
    version = f"{font['head'].fontRevision:.3f}"
    available = set(font.getBestCmap())
    wanted = wanted_codepoints()
    keep = wanted & available

    subset_font(font, keep)
    cff_to_glyf(font, args.max_err)
    rename(font, version)
    font["head"].modified = source_modified
    font.recalcTimestamp = False  # keep head.modified -> reproducible output

    args.output.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(args.output), reorderTables=True)
    font.close()

    # Report.
    out = TTFont(str(args.output))
    cmap = out.getBestCmap()
    size = args.output.stat().st_size
    missing = sorted(wanted - available)
    print(f"wrote {args.output}")
    print(f"  size:       {size:,} bytes ({size / 1e6:.2f} MB, {size / 2**20:.2f} MiB)")
    print(f"  glyphs:     {out['maxp'].numGlyphs:,}")
    print(
        f"  code points:{len(cmap):,} mapped ({len(wanted):,} requested, "
        f"{len(missing):,} absent from the source)"
    )
    cjk = sum(1 for cp in cmap if 0x4E00 <= cp <= 0x9FFF)
    print(f"  U+4E00-9FFF:{cjk:,} of {0x9FFF - 0x4E00 + 1:,}")
    for label, cps in (("GB 2312", gb2312_codepoints()),):
        lacking = sorted(cp for cp in cps if cp not in cmap)
        print(
            f"  {label}:    {len(cps) - len(lacking):,} of {len(cps):,} mapped"
            + (f"; unmapped: {' '.join(f'U+{c:04X}' for c in lacking)}" if lacking else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
