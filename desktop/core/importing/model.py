"""What an import produces before anything is written: preview rows, their problems, file-level notes.

A reader turns a file into ``Draft`` questions (the values as the file gives them, with the line or
row each came from and the column each field came from); ``build.py`` turns drafts into preview
rows checked with the same rules as ``check-content``. A dialog shows the rows and the mapping, and
writes only when the trainer confirms. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop.core.bank_model import LETTERS, Question
from desktop.core.messages import Message, localise

Status = Literal["ok", "error", "skipped", "duplicate"]

#: the fields a column can be mapped to; A–F are the option columns
FIELDS = ("kind", "text", "A", "B", "C", "D", "E", "F", "options", "answer", "explanation", "tags",
          "difficulty", "points")  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """One problem, printed like a compiler message: ``file:row: column: message``."""

    file: str
    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: str) -> str:
        """``file:row: column: message`` with the message in ``lang`` (``zh_CN`` or English)."""
        where = f"{self.file}:{self.line}:" if self.line else f"{self.file}:"
        message = localise(self.message, lang)
        column = _column_name(self.column, lang)
        return f"{where} {column}: {message}" if column else f"{where} {message}"


#: the columns a text format (GIFT, Aiken, 问卷星) names its problems by: the app's field names
_TEXT_COLUMNS = {*(f for f in FIELDS if f not in LETTERS), "line"}


def _column_name(column: str | None, lang: str) -> str | None:
    """A table's header as the file has it; a text format's field in ``lang``; "column B" localised."""
    if column in _TEXT_COLUMNS:
        return Message(f"field.{column}").localise(lang)
    if column == "option":
        return Message("field.option_line").localise(lang)
    shown: str | None = localise(column, lang)
    return shown


@dataclass
class Draft:
    """One question as a file gives it, before it is checked.

    ``kind`` is the app's kind when the reader knows it; otherwise ``kind_word`` is the type as
    written (题型, Question Type) and the builder maps it, or infers the kind from the answer.
    """

    line: int
    text: str = ""
    kind: str | None = None
    kind_word: str = ""
    options: list[str] = field(default_factory=list)
    #: the answer as written: letters (A,B / AB / A、B), 对/错, or the reference text
    answer: str = ""
    #: option indices when the format gives them as numbers (Kahoot, Wayground, GIFT)
    correct: list[int] | None = None
    accept: list[str] = field(default_factory=list)
    points: list[str] = field(default_factory=list)
    explanation: str = ""
    tags: list[str] = field(default_factory=list)
    difficulty: str = ""
    #: why the question cannot be imported (a kind the app has no question kind for)
    skip: str | None = None
    #: the reader could not make out the question (its problem says why); nothing more to check
    broken: bool = False
    problems: list[Problem] = field(default_factory=list)
    #: the source column of each field ("answer" → "答案", "options[2]" → "选项C"), for messages
    columns: dict[str, str] = field(default_factory=dict)

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


@dataclass
class PreviewRow:
    """One row of the preview table: what will be imported from one source row or question."""

    line: int
    #: "row" for spreadsheets and CSV, "line" for text formats
    unit: str
    text: str
    kind: str
    options: tuple[str, ...]
    answer: str
    explanation: str
    tags: tuple[str, ...]
    status: Status
    problems: list[Problem]
    question: Question | None = None
    #: why the row is skipped (a kind the app lacks, or a duplicate)
    reason: str = ""

    @property
    def source(self) -> str:
        return f"{self.unit} {self.line}"


@dataclass
class ColumnMapping:
    """Which column holds which field (0-based column indices), and the header row it was read from.

    Returned with every spreadsheet or CSV import so a dialog can show it and pass a changed one back.
    """

    header_row: int
    headers: list[str]
    fields: dict[str, int]

    def describe(self, lang: str = "en") -> str:
        """``题目 → text, 答案 → answer`` (the fields named in ``lang``)."""
        return ", ".join(
            f"{self.headers[i]} → {field_name(name, lang)}"
            for name, i in self.fields.items()
            if i < len(self.headers)
        )


def field_name(name: str, lang: str) -> str:
    """A field of :data:`FIELDS` as the command line names it: its code in English, a word in Chinese."""
    if name in LETTERS:
        return Message("field.option", letter=name).localise(lang) if lang != "en" else name
    return Message(f"field.{name}").localise(lang)


@dataclass
class ImportResult:
    """Everything a preview shows: the rows, file-level problems and notes, the encoding and mapping."""

    file: str
    format: str
    rows: list[PreviewRow] = field(default_factory=list)
    #: problems that concern the whole file (unreadable, no question column, too many rows)
    problems: list[Problem] = field(default_factory=list)
    #: facts the trainer should see (encoding used, delimiter, formulas, merged cells, empty rows)
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None
    mapping: ColumnMapping | None = None
    #: the questions' images by the name their question gives (``images/<hash>.png``), written beside
    #: the bank with it
    images: dict[str, bytes] = field(default_factory=dict)

    @property
    def questions(self) -> list[Question]:
        return [row.question for row in self.rows if row.status == "ok" and row.question is not None]

    @property
    def error_count(self) -> int:
        return len(self.problems) + sum(len(row.problems) for row in self.rows if row.status == "error")

    @property
    def skipped_count(self) -> int:
        return sum(row.status in ("skipped", "duplicate") for row in self.rows)

    def summary(self) -> Message:
        """``N questions, K errors, S skipped`` (a ``Message``: Chinese through ``localise``)."""
        return Message(
            "import.summary",
            questions=len(self.questions),
            errors=self.error_count,
            skipped=self.skipped_count,
        )
