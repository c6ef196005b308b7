"""The Chinese-header xlsx layout (题型, 题目, 选项A–F, 答案, 解析, 分类, 难度, 评分要点, 图片): every kind,
re-importable as it is. Chinese texts only; a question's PNG or JPEG picture is placed on its row, where
the import finds pictures."""

from __future__ import annotations

import io
import re
from typing import Any

from desktop.core.bank_model import LETTERS, Bank, Question
from desktop.core.exporting.model import Export, LeftOut
from desktop.core.importing.words import TAG_SEPARATORS
from desktop.core.localtext import LocalText
from desktop.core.messages import Message
from desktop.core.question_images import MAX_IMAGE_BYTES, image_format

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
    "图片",
]
PICTURE_COLUMN = len(HEADERS)  # 1-based: the last column, named 图片
PICTURE_WIDTH = 120  # pixels: a thumbnail in the cell; the picture itself is stored whole
#: what separates several accepted answers, tags and scoring points in one cell, as the import reads them
VARIANT_SEPARATOR, TAG_SEPARATOR, POINT_SEPARATOR = "|", ",", "\n"
POINT_SEPARATORS = re.compile(r"[\n；;|]")


def write_table(bank: Bank) -> Export:
    rows: list[list[Any]] = []
    left_out: list[LeftOut] = []
    notes: list[str] = []
    pictures: dict[int, bytes] = {}
    for question in bank.questions:
        bad = _separator_in(question)
        if bad is not None:
            left_out.append(LeftOut(question.id, "separator", bad))
            continue
        rows.append(table_row(question))
        if question.image:
            picture, note = _picture(bank, question)
            if picture is not None:
                pictures[len(rows) + 1] = picture  # the header is row 1
            elif note is not None:
                notes.append(note)
    data = workbook_bytes("题库", [HEADERS, *rows], widths=_WIDTHS, pictures=pictures)
    return Export(data, len(rows), left_out, notes)


def _picture(bank: Bank, question: Question) -> tuple[bytes | None, Message | None]:
    """The question's picture to place on its row, or why it stays behind (an SVG: a workbook holds
    only bitmaps; a file gone or unreadable)."""
    path = bank.image_path(question)
    image = question.image or ""
    try:
        if path is None or path.stat().st_size > MAX_IMAGE_BYTES:
            raise OSError
        data = path.read_bytes()
    except OSError:
        return None, Message("export.image_missing", question=question.id, image=image)
    if image_format(data[:512]) not in ("png", "jpeg"):
        return None, Message("export.image_not_bitmap", question=question.id, image=image)
    return data, None


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


_WIDTHS = {1: 40, **{i: 16 for i in range(2, 8)}, 8: 10, 9: 30, 10: 14, 11: 6, 12: 30, 13: 18}


def workbook_bytes(
    title: str,
    rows: list[list[Any]],
    widths: dict[int, int] | None = None,
    pictures: dict[int, bytes] | None = None,
) -> bytes:
    """An xlsx of ``rows`` on one sheet. Every text is stored as text: a question starting with '='
    stays a question, not a formula. ``pictures`` (row → PNG or JPEG bytes) are placed in the last
    column of their row, shown as thumbnails."""
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
    for row, data in (pictures or {}).items():
        _place_picture(sheet, row, data)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _place_picture(sheet: Any, row: int, data: bytes) -> None:
    from openpyxl.drawing.image import Image
    from openpyxl.utils import get_column_letter

    picture = Image(io.BytesIO(data))
    scale = PICTURE_WIDTH / max(picture.width, 1)
    picture.width, picture.height = PICTURE_WIDTH, max(int(picture.height * scale), 1)
    picture.anchor = f"{get_column_letter(PICTURE_COLUMN)}{row}"
    sheet.add_image(picture)
    sheet.row_dimensions[row].height = max(sheet.row_dimensions[row].height or 15, picture.height * 0.75)
