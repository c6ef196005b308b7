"""Decoding text files as Excel and Chinese Windows write them, and splitting CSV into rows.

UTF-8 (with or without a BOM) is tried first, then GB18030 (a superset of GBK and GB2312, Excel's
"CSV" on a Chinese Windows). UTF-16 is read when it starts with a byte-order mark, as Excel's
"Unicode text" does, and named rather than guessed at without one; any encoding Python knows can
be asked for instead (``--encoding``). The encoding used is always reported.
"""

from __future__ import annotations

import codecs
import csv
import io

from desktop.core.importing.tables import Sheet
from desktop.core.messages import Message, Phrase

MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_CSV_ROWS = 10_001  # a header and 10,000 questions
DELIMITERS = {",": Phrase("comma", "逗号"), "\t": Phrase("tab", "制表符"), ";": Phrase("semicolon", "分号")}


class TextFileError(Exception):
    """The bytes cannot be read as text; the message says why and what to do."""


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the name of the encoding it was read with. Raises ``TextFileError``."""
    if len(raw) > MAX_TEXT_BYTES:
        raise TextFileError(
            Message("import.text_too_big", size=f"{len(raw) / 1e6:.1f}", most=MAX_TEXT_BYTES // 2**20)
        )
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise TextFileError(Message("import.unknown_encoding", encoding=encoding)) from None
        return _decode_as(raw, name, "utf-8-sig" if name == "utf-8" else name), name
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode 文本" (tab-separated .txt): the byte-order mark says what it is.
        return _decode_as(raw, "UTF-16", "utf-16"), "UTF-16"
    if _looks_utf16(raw):
        raise TextFileError(Message("import.utf16"))
    if raw.startswith(codecs.BOM_UTF8):
        return _decode_as(raw, "UTF-8 with BOM", "utf-8-sig"), Phrase("UTF-8 with BOM", "UTF-8（带 BOM）")
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "GB18030 (GBK)"
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TextFileError(Message("import.not_utf8_or_gbk", line=line)) from None


def _looks_utf16(raw: bytes) -> bool:
    sample = raw[:2000]
    return len(sample) >= 4 and sample.count(0) > len(sample) // 4


def _decode_as(raw: bytes, shown: str, codec: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TextFileError(
            Message("import.bad_byte", line=line, encoding=shown, byte=f"0x{raw[exc.start]:02x}")
        ) from None


def split_csv(text: str) -> tuple[Sheet, str, bool]:
    """Rows of a CSV (any of comma, tab, semicolon), the delimiter's name, and whether rows were cut off."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(DELIMITERS, key=lambda d: (len(next(csv.reader([first], delimiter=d), [])), d == ","))
    rows: Sheet = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            if reader.line_num > MAX_CSV_ROWS * 4 or len(rows) >= MAX_CSV_ROWS:
                return rows, DELIMITERS[delimiter], True
            # line_num is the line the row ends on; a quoted cell may hold line breaks
            rows.append((len(rows) + 1, [c.replace("\r\n", "\n") for c in row]))
    except csv.Error as exc:
        raise TextFileError(f"line {reader.line_num}: {exc}") from None
    return rows, DELIMITERS[delimiter], False


def looks_like_tab_table(text: str) -> bool:
    """A text file that is a table saved by Excel as "文本文件(制表符分隔)" or "Unicode 文本" (.txt):
    its first line holds tab-separated headers."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "\t" in first and not first.lstrip().startswith(("::", "$CATEGORY", "//"))
