"""Reading the first sheet of an xlsx safely: a zip bomb, an encrypted file, formulas, merged cells
and huge sheets each give a message, never a traceback or unbounded memory.

openpyxl reads the sheet (read-only, streaming); the zip is checked with ``zipfile`` first, because
openpyxl would inflate whatever the members claim to hold.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from desktop.core.importing.tables import Sheet
from desktop.core.messages import Message, Phrase, os_reason

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # a real sheet packs ~10:1; a zip bomb thousands to one
MAX_MEMBERS = 10_000
MAX_ROWS = 10_000
MAX_COLUMNS = 40
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_REF = re.compile(r"^([A-Z]+)(\d+)$")


class XlsxError(Exception):
    """The file cannot be read as a spreadsheet; the message says why and what to do."""


def read_sheet(path: Path) -> tuple[Sheet, list[str], dict[tuple[int, int], str]]:
    """The first sheet's rows as text, notes for the trainer, and formulas without a saved result
    ((row, column index) → formula). Raises ``XlsxError``."""
    _check_container(path)
    import openpyxl  # a well-kept xlsx reader; imported here so the app starts without it

    notes: list[str] = []
    try:
        formulas_book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise XlsxError(Message("import.not_workbook", detail=f"{type(exc).__name__}: {exc}")) from None
    try:
        sheet_name = formulas_book.sheetnames[0] if formulas_book.sheetnames else None
        if sheet_name is None:
            raise XlsxError(Message("import.no_sheet"))
        if len(formulas_book.sheetnames) > 1:
            notes.append(
                Message("import.first_sheet_only", sheet=sheet_name, count=len(formulas_book.sheetnames))
            )
        rows, formula_cells, more = _rows(formulas_book[sheet_name])
        sheet_path = getattr(formulas_book[sheet_name], "_worksheet_path", None)
    finally:
        formulas_book.close()
    if more:
        notes.append(Message("import.rows_cut", most=f"{MAX_ROWS:,}"))
    unresolved: dict[tuple[int, int], str] = {}
    if formula_cells:
        unresolved = _formula_results(path, sheet_name, rows, formula_cells)
        if unresolved:
            notes.append(
                Message("import.formulas_some_unsaved", count=len(formula_cells), missing=len(unresolved))
            )
        else:
            notes.append(Message("import.formulas", count=len(formula_cells)))
    if sheet_path:
        _fill_merged(path, sheet_path, rows, notes)
    return rows, notes, unresolved


def _check_container(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise XlsxError(Message("import.unreadable", reason=os_reason(exc))) from None
    if head == OLE_SIGNATURE:
        raise XlsxError(Message("import.encrypted"))
    if size > MAX_FILE_BYTES:
        raise XlsxError(
            Message("import.sheet_too_big", size=f"{size / 1e6:.1f}", most=MAX_FILE_BYTES // 2**20)
        )
    if not zipfile.is_zipfile(path):
        raise XlsxError(Message("import.not_zip"))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise XlsxError(Message("import.damaged", detail=str(exc))) from None
    unpacked = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members) or 1
    if (
        len(members) > MAX_MEMBERS
        or unpacked > MAX_UNPACKED_BYTES
        or (unpacked > 2**20 and unpacked / packed > MAX_RATIO)
    ):
        raise XlsxError(
            Message(
                "import.zip_bomb",
                unpacked=f"{unpacked / 1e6:,.0f}",
                packed=f"{packed / 1e6:,.1f}",
                parts=len(members),
            )
        )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return str(value)


def _rows(worksheet: Any) -> tuple[Sheet, list[tuple[int, int]], bool]:
    rows: Sheet = []
    formulas: list[tuple[int, int]] = []
    for number, cells in enumerate(worksheet.iter_rows(max_col=MAX_COLUMNS), start=1):
        if number > MAX_ROWS + 1:  # the header and MAX_ROWS rows of questions
            return rows, formulas, True
        texts: list[str] = []
        for index, c in enumerate(cells):
            value = getattr(c, "value", None)
            if getattr(c, "data_type", None) == "f":
                formulas.append((number, index))
            texts.append(_text(value))
        while texts and not texts[-1]:
            texts.pop()
        rows.append((number, texts))
    return rows, formulas, False


def _formula_results(
    path: Path, sheet_name: str, rows: Sheet, cells: list[tuple[int, int]]
) -> dict[tuple[int, int], str]:
    """Replace formulas by their saved results; return the formulas that have none."""
    import openpyxl

    wanted = set(cells)
    by_number = dict(rows)
    unresolved: dict[tuple[int, int], str] = {}
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        last = max(n for n, _ in cells)
        for number, row in enumerate(book[sheet_name].iter_rows(max_col=MAX_COLUMNS, max_row=last), start=1):
            for index, c in enumerate(row):
                if (number, index) in wanted:
                    value = getattr(c, "value", None)
                    if value is None:
                        unresolved[(number, index)] = by_number[number][index]
                        by_number[number][index] = ""
                    else:
                        by_number[number][index] = _text(value)
    finally:
        book.close()
    return unresolved


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _fill_merged(path: Path, sheet_path: str, rows: Sheet, notes: list[str]) -> None:
    """A range merged down a column (a 题型 or 分类 cell spanning several questions) gives its value to
    each row it spans, as the trainer sees it; across columns it stays one cell."""
    ranges: list[tuple[int, int, int, int]] = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open(sheet_path.lstrip("/")) as stream:
            for _event, element in iterparse(stream):
                if element.tag.endswith("}mergeCell"):
                    first, _, last = element.get("ref", "").partition(":")
                    a, b = _REF.match(first), _REF.match(last or first)
                    if a and b:
                        ranges.append((int(a[2]), _column_index(a[1]), int(b[2]), _column_index(b[1])))
                element.clear()
    except (KeyError, OSError, SyntaxError, zipfile.BadZipFile):
        return
    if not ranges:
        return
    by_number = dict(rows)
    for top, left, bottom, _right in ranges:
        source = by_number.get(top)
        value = source[left] if source is not None and left < len(source) else ""
        for number in range(top, min(bottom, MAX_ROWS + 1) + 1):
            cells = by_number.get(number)
            if cells is None:
                continue
            while len(cells) <= left:
                cells.append("")
            cells[left] = value
    merged = [(top, bottom) for top, _l, bottom, _r in ranges if bottom > top]
    if merged:
        spans = Phrase(
            ", ".join(f"rows {top}–{bottom}" for top, bottom in merged),
            "、".join(f"第 {top}–{bottom} 行" for top, bottom in merged),
        )
        notes.append(Message("import.merged", spans=spans))
