"""Writing real import files in a test: xlsx with openpyxl, CSV in a given encoding."""

from __future__ import annotations

from pathlib import Path

import openpyxl

KAHOOT_HEADER = [
    None,
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]


def write_xlsx(path: Path, rows: list[list[object]], merged: tuple[str, ...] = ()) -> Path:
    # write-only mode streams rows (quick for the 10,000-row file) but cannot merge cells
    book = openpyxl.Workbook(write_only=not merged)
    sheet = book.active if merged else book.create_sheet()
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def kahoot_file(path: Path, questions: list[list[object]]) -> Path:
    """Kahoot's template: title and instructions in rows 1–6, column titles in row 7, questions from row 8."""
    rows: list[list[object]] = [
        ["Quiz template"],
        ["Add questions, at least two answer alternatives, time limit and choose correct answers."],
        [],
        [],
        [],
        [],
        KAHOOT_HEADER,
    ]
    rows += [[None, *q] for q in questions]
    return write_xlsx(path, rows)


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
