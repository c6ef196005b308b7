"""The Chinese-header xlsx layout (题型, 题目, 选项A–F, 答案, 解析, 分类, 难度, 评分要点): every kind,
re-importable as it is. Chinese texts only."""

from __future__ import annotations

import io
import re
from typing import Any

from desktop.core.bank_model import LETTERS, Bank, Question
from desktop.core.exporting.model import Export, LeftOut
from desktop.core.importing.words import TAG_SEPARATORS
from desktop.core.localtext import LocalText

KIND_WORDS = {
    "single": "单选题",
    "multiple": "多选题",
    "truefalse": "判断题",
    "fill": "填空题",
    "open": "简答题",
}
HEADERS = [
    "题型",
    "题目",
    *(f"选项{letter}" for letter in LETTERS),
    "答案",
    "解析",
    "分类",
    "难度",
    "评分要点",
]
#: what separates several accepted answers, tags and scoring points in one cell, as the import reads them
VARIANT_SEPARATOR, TAG_SEPARATOR, POINT_SEPARATOR = "|", ",", "\n"
POINT_SEPARATORS = re.compile(r"[\n；;|]")


def write_table(bank: Bank) -> Export:
    rows: list[list[Any]] = []
    left_out: list[LeftOut] = []
    for question in bank.questions:
        bad = _separator_in(question)
        if bad is not None:
            left_out.append(LeftOut(question.id, "separator", bad))
            continue
        rows.append(table_row(question))
    return Export(workbook_bytes("题库", [HEADERS, *rows], widths=_WIDTHS), len(rows), left_out)


def _separator_in(question: Question) -> str | None:
    """A character the import would read as a separator inside an accepted answer, a tag or a point."""
    if question.kind == "fill" and isinstance(question.answer, LocalText):
        if any(VARIANT_SEPARATOR in v for v in (question.answer.zh_CN, *question.accept)):
            return VARIANT_SEPARATOR
    for tag in question.tags:
        found = TAG_SEPARATORS.search(tag)
        if found:
            return found.group()[0]
    for point in question.points:
        found = POINT_SEPARATORS.search(point.zh_CN)
        if found:
            return found.group()[0]
    return None


def table_row(q: Question) -> list[Any]:
    options = [o.zh_CN for o in q.options] + [""] * (len(LETTERS) - len(q.options))
    points = POINT_SEPARATOR.join(p.zh_CN for p in q.points)
    explanation = q.explanation.zh_CN if q.explanation else ""
    return [KIND_WORDS[q.kind], q.text.zh_CN, *options, answer_cell(q), explanation,
            TAG_SEPARATOR.join(q.tags), q.difficulty, points]  # fmt: skip


def answer_cell(q: Question) -> str:
    if q.kind in ("single", "multiple"):
        return ",".join(q.letters)
    if isinstance(q.answer, bool):
        return "对" if q.answer else "错"
    if isinstance(q.answer, LocalText):
        return VARIANT_SEPARATOR.join([q.answer.zh_CN, *q.accept]) if q.kind == "fill" else q.answer.zh_CN
    return ""


_WIDTHS = {1: 40, **{i: 16 for i in range(2, 8)}, 8: 10, 9: 30, 10: 14, 11: 6, 12: 30}


def workbook_bytes(title: str, rows: list[list[Any]], widths: dict[int, int] | None = None) -> bytes:
    """An xlsx of ``rows`` on one sheet. Every text is stored as text: a question starting with '='
    stays a question, not a formula."""
    import openpyxl  # imported here so the app starts without it
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value == "" or value is None:
                continue
            target = sheet.cell(row=r, column=c)
            target.value = value
            if isinstance(value, str):
                target.data_type = "s"
                if "\n" in value:
                    target.alignment = wrap
    for column, width in (widths or {}).items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
