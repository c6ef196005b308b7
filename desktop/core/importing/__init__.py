"""Importing questions from the files trainers already have, into preview rows. Pure Python, no Qt.

``read_file`` and ``read_text`` never raise for any input: what cannot be read becomes a problem
(``file:row: column: message``), each question a ``PreviewRow``. Nothing is written here;
``bank_file.py`` turns the accepted rows into a bank when the trainer confirms.

Formats: Kahoot's xlsx template, Wayground (Quizizz) xlsx, tables (xlsx or CSV) with Chinese or
English headers, Moodle GIFT, Aiken, and 问卷星-style pasted text.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from pathlib import Path

from desktop.core.importing.aiken import looks_like_aiken, parse_aiken
from desktop.core.importing.build import build_rows, default_tag
from desktop.core.importing.gift import parse_gift
from desktop.core.importing.images import embedded_images, image_from_link, image_name
from desktop.core.importing.model import ColumnMapping, Draft, ImportResult, PreviewRow, Problem
from desktop.core.importing.pasted import looks_pasted, parse_pasted
from desktop.core.importing.tables import (
    HEADER_SEARCH_ROWS,
    Sheet,
    find_header,
    find_kahoot_header,
    is_wayground,
    kahoot_drafts,
    table_drafts,
    wayground_drafts,
)
from desktop.core.importing.textfile import TextFileError, decode, looks_like_tab_table, split_csv
from desktop.core.importing.xlsx import XlsxError, read_sheet
from desktop.core.messages import Message, Phrase, os_reason

__all__ = ["FORMATS", "ColumnMapping", "ImportResult", "PreviewRow", "Problem", "read_file", "read_text"]

log = logging.getLogger(__name__)
FORMATS = ("auto", "table", "gift", "aiken", "pasted")
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xls")
TABLE_SUFFIXES = (".csv", ".tsv")


def read_file(
    path: Path | str,
    *,
    encoding: str | None = None,
    mapping: ColumnMapping | None = None,
    fmt: str = "auto",
) -> ImportResult:
    """Read ``path`` into a preview. ``encoding`` overrides the detected one (text files); ``mapping``
    overrides the guessed columns (tables); ``fmt`` forces a text format (gift, aiken, pasted, table)."""
    path = Path(path)
    name = str(path)
    result = ImportResult(name, "unknown")
    try:
        _read(path, result, encoding, mapping, fmt)
    except Exception as exc:  # a reader defect must become a message, never a traceback
        log.exception("Importing %s failed", path)
        result.problems.append(
            Problem(name, 0, None, Message("import.failed", detail=f"{type(exc).__name__}: {exc}"))
        )
    return result


def read_text(text: str, name: str = "pasted text", *, fmt: str = "auto") -> ImportResult:
    """A pasted list of questions (问卷星 style, Aiken or GIFT) into a preview."""
    result = ImportResult(name, "unknown")
    try:
        _read_text(text, result, fmt, default_tag(""))
    except Exception as exc:  # as in read_file
        log.exception("Importing pasted text failed")
        result.problems.append(
            Problem(name, 0, None, Message("import.failed", detail=f"{type(exc).__name__}: {exc}"))
        )
    return result


def _read(
    path: Path, result: ImportResult, encoding: str | None, mapping: ColumnMapping | None, fmt: str
) -> None:
    suffix = path.suffix.lower()
    tag = default_tag(path.stem)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        result.problems.append(
            Problem(result.file, 0, None, Message("import.unreadable", reason=os_reason(exc)))
        )
        return
    if suffix in XLSX_SUFFIXES or (
        fmt in ("auto", "table") and head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))
    ):
        try:
            sheet, notes, formulas = read_sheet(path)
        except XlsxError as exc:
            result.format = "xlsx"
            result.problems.append(Problem(result.file, 0, None, exc.args[0]))
            return
        result.notes += notes
        _read_table(sheet, result, mapping, tag, formulas, path.parent, embedded_images(path))
        return
    try:
        text, result.encoding = decode(path.read_bytes(), encoding)
    except TextFileError as exc:
        result.problems.append(Problem(result.file, 0, None, exc.args[0]))
        return
    except OSError as exc:
        result.problems.append(
            Problem(result.file, 0, None, Message("import.unreadable", reason=os_reason(exc)))
        )
        return
    result.notes.append(Message("import.encoding", encoding=result.encoding))
    if fmt == "table" or (fmt == "auto" and (suffix in TABLE_SUFFIXES or _tab_table(text))):
        try:
            sheet, delimiter, cut = split_csv(text)
        except TextFileError as exc:
            result.problems.append(Problem(result.file, 0, None, exc.args[0]))
            return
        result.notes.append(Message("import.delimiter", delimiter=delimiter))
        if cut:
            result.notes.append(Message("import.text_rows_cut", most=f"{len(sheet) - 1:,}"))
        _read_table(sheet, result, mapping, tag, {}, path.parent)
        return
    _read_text(text, result, fmt, tag)


def _read_table(
    sheet: Sheet,
    result: ImportResult,
    mapping: ColumnMapping | None,
    tag: str,
    formulas: dict[tuple[int, int], str],
    folder: Path,
    embedded: dict[int, bytes] | None = None,
) -> None:
    file = result.file
    kahoot = find_kahoot_header(sheet) if mapping is None else None
    guessed = mapping or find_header(sheet)
    links: dict[int, str] = {}
    if kahoot is not None:
        result.format = "kahoot"
        drafts, empty = kahoot_drafts(sheet, kahoot, file)
    elif guessed is not None and mapping is None and is_wayground(guessed.headers):
        result.format = "wayground"
        drafts, empty, links = wayground_drafts(sheet, guessed.header_row, guessed.headers, file)
    elif guessed is not None and "text" in guessed.fields:
        result.format = "table"
        result.mapping = guessed
        drafts, empty = table_drafts(sheet, guessed, file)
    else:
        result.format = "table"
        first = next((cells for _n, cells in sheet if any(c.strip() for c in cells)), [])
        found = ", ".join(c.strip() for c in first if c.strip())[:200] or Phrase("nothing", "（空）")
        result.mapping = ColumnMapping(1, list(first), {})
        result.problems.append(
            Problem(
                file,
                1,
                None,
                Message("import.no_header", found=found),
            )  # fmt: skip
        )
        return
    _attach_formulas(drafts, formulas, sheet, result)
    # Rows after the last question are not "passed over": Kahoot's template comes numbered down to
    # row 107, and a sheet's formatting reaches below its last row.
    last = max((draft.line for draft in drafts), default=0)
    empty = [number for number in empty if number < last]
    if empty:
        shown = ", ".join(map(str, empty[:10])) + (f" … (+{len(empty) - 10})" if len(empty) > 10 else "")
        result.notes.append(Message("import.empty_rows", rows=shown))
    result.rows = build_rows(drafts, file, "row", tag)
    _attach_images(result, links, embedded or {}, folder)


def _attach_images(
    result: ImportResult, links: dict[int, str], embedded: dict[int, bytes], folder: Path
) -> None:
    """Give each question the picture placed on its row, or its Image Link's file; an image that
    cannot be used is a note on the row (the question is imported without it)."""
    if not links and not embedded:
        return
    attached = 0
    for row in result.rows:
        if row.question is None or (row.line not in links and row.line not in embedded):
            continue
        if row.line in embedded:
            data = embedded[row.line]
            name, problem = image_name(data)
        else:
            name, data, problem = image_from_link(links[row.line], folder)
        if name is None:
            result.notes.append(Message("import.row_note", row=row.line, note=problem))
            continue
        row.question = dataclasses.replace(row.question, image=name)
        result.images[name] = data
        attached += 1
    if attached:
        result.notes.append(Message("import.images_attached", count=attached))


def _attach_formulas(
    drafts: list[Draft], formulas: dict[tuple[int, int], str], sheet: Sheet, result: ImportResult
) -> None:
    if not formulas:
        return
    by_line = {d.line: d for d in drafts}
    headers = result.mapping.headers if result.mapping else []
    for (row, column), formula in sorted(formulas.items()):
        label = headers[column] if column < len(headers) and headers[column] else _column_letter(column)
        problem = Problem(
            result.file, row, label,
            Message("import.formula_unsaved", formula=formula[:60]),
        )  # fmt: skip
        if row in by_line:
            draft = by_line[row]
            if not draft.broken:  # what the reader said of the row came from the missing value: drop it
                draft.problems.clear()
                draft.broken = True
            draft.problems.append(problem)
        else:
            result.problems.append(problem)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return Phrase(f"column {letters}", f"{letters} 列")


def _read_text(text: str, result: ImportResult, fmt: str, tag: str) -> None:
    if fmt == "auto":
        fmt = _guess_text_format(text)
    if fmt == "aiken":
        drafts = parse_aiken(text, result.file)
    elif fmt == "pasted":
        drafts = parse_pasted(text, result.file)
    elif fmt == "gift":
        drafts = parse_gift(text, result.file)
    else:
        result.problems.append(
            Problem(
                result.file,
                0,
                None,
                Message("import.unknown_format"),
            )  # fmt: skip
        )
        return
    result.format = fmt
    if not drafts:
        result.problems.append(Problem(result.file, 0, None, Message("import.no_questions")))
    result.rows = build_rows(drafts, result.file, "line", tag)


def _tab_table(text: str) -> bool:
    """A .txt that Excel saved as tab-separated text, with a header naming the question column."""
    if not looks_like_tab_table(text):
        return False
    sheet, _delimiter, _cut = split_csv("\n".join(text.splitlines()[:HEADER_SEARCH_ROWS]))
    return find_header(sheet) is not None or find_kahoot_header(sheet) is not None


def _guess_text_format(text: str) -> str:
    if looks_like_aiken(text):
        return "aiken"
    if looks_pasted(text):
        return "pasted"
    if re.search(r"(?<!\\)\{[^{}]*\}", text) or "$CATEGORY:" in text:
        return "gift"
    return "unknown"
