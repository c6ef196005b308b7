"""Kahoot's quiz template: title rows, the column titles on row 7, questions from row 8 in columns B–H
(question, answers 1–4, time limit, correct answer numbers). Only what Kahoot can hold is written."""

from __future__ import annotations

from typing import Any

from desktop.core.bank_model import Bank, Question
from desktop.core.exporting.model import Export, LeftOut, image_left_behind
from desktop.core.exporting.table_writer import workbook_bytes
from desktop.core.messages import Message

MAX_QUESTION, MAX_ANSWER, MAX_ANSWERS = 120, 75, 4
TIME_LIMIT = 20
TITLES = ["", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
          "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
          "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"]  # fmt: skip
TRUE_FALSE = ("对", "错")


def write_kahoot(bank: Bank) -> Export:
    rows: list[list[Any]] = []
    left_out: list[LeftOut] = []
    notes: list[str] = []
    for question in bank.questions:
        reason = _why_not(question)
        if reason is not None:
            left_out.append(reason)
            continue
        if question.kind == "truefalse":
            answers = list(TRUE_FALSE)
            correct = [1 if question.answer is True else 2]
            notes.append(Message("export.truefalse_as_quiz", question=question.id))
        else:
            answers = [o.zh_CN for o in question.options]
            correct = [i + 1 for i in sorted(question.correct_options)]
        answers += [""] * (MAX_ANSWERS - len(answers))
        if question.image:
            notes.append(image_left_behind(question.id, question.image))
        rows.append([len(rows) + 1, question.text.zh_CN, *answers, TIME_LIMIT, ",".join(map(str, correct))])
    title = [[""], ["", "Quiz template"], ["", bank.title.zh_CN], [""], [""], [""]]
    data = workbook_bytes(
        "Sheet1", [*title, TITLES, *rows], widths={2: 50, 3: 25, 4: 25, 5: 25, 6: 25, 7: 12, 8: 14}
    )
    return Export(data, len(rows), left_out, notes)


def _why_not(q: Question) -> LeftOut | None:
    if q.kind not in ("single", "multiple", "truefalse"):
        return LeftOut(q.id, "kind", q.kind)
    if len(q.text.zh_CN) > MAX_QUESTION:
        return LeftOut(q.id, "text_too_long", str(len(q.text.zh_CN)))
    if len(q.options) > MAX_ANSWERS:
        return LeftOut(q.id, "too_many_options", str(len(q.options)))
    for letter, option in zip("ABCD", q.options, strict=False):
        if len(option.zh_CN) > MAX_ANSWER:
            return LeftOut(q.id, "option_too_long", letter)
    return None
