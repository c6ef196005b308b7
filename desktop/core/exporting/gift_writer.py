"""Moodle GIFT: one question a line (``::id::text{answers####explanation}``), the first tag as the
``$CATEGORY``, every special character (~ = # { } : \\) escaped and line ends written as ``\\n``."""

from __future__ import annotations

from desktop.core.bank_model import Bank, Question
from desktop.core.exporting.model import Export, LeftOut, image_left_behind
from desktop.core.localtext import LocalText

_SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    out = "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)
    return out.replace("\n", "\\n")


def write_gift(bank: Bank) -> Export:
    lines = [f"// {escape(bank.title.zh_CN)} ({bank.id}, version {bank.version})", ""]
    left_out: list[LeftOut] = []
    notes: list[str] = []
    category: str | None = None
    exported = 0
    for question in bank.questions:
        answers = _answers(question)
        if isinstance(answers, LeftOut):
            left_out.append(answers)
            continue
        if question.tags[0] != category:
            category = question.tags[0]
            lines += [f"$CATEGORY: {category}", ""]
        explanation = f"####{escape(question.explanation.zh_CN)}" if question.explanation else ""
        lines += [f"::{question.id}::{escape(question.text.zh_CN)}{{{answers}{explanation}}}", ""]
        exported += 1
        if question.image:
            notes.append(image_left_behind(question.id, question.image))
    return Export("\n".join(lines).encode("utf-8"), exported, left_out, notes)


def _answers(q: Question) -> str | LeftOut:
    if q.kind == "truefalse":
        return "T" if q.answer is True else "F"
    if q.kind == "fill" and isinstance(q.answer, LocalText):
        variants = [q.answer.zh_CN, *q.accept]
        if any("|" in v for v in variants):
            return LeftOut(q.id, "separator", "|")
        if any("->" in v for v in variants):
            return LeftOut(q.id, "arrow", "->")
        return " ".join(f"={escape(v)}" for v in variants)
    if q.kind == "single":
        # weights rather than '=', so an option holding '->' is not read as a matching pair
        return " ".join(
            f"~%{100 if i in q.correct_options else 0}%{escape(o.zh_CN)}" for i, o in enumerate(q.options)
        )
    if q.kind == "multiple":
        right = len(q.correct_options)
        weight = _weight(right)
        return " ".join(
            f"~%{weight if i in q.correct_options else '-100'}%{escape(o.zh_CN)}"
            for i, o in enumerate(q.options)
        )
    return LeftOut(q.id, "kind", q.kind)


def _weight(right: int) -> str:
    """100 shared among the right answers, as one of the weights Moodle accepts (50, 33.33333 …)."""
    return f"{100 / right:.5f}".rstrip("0").rstrip(".")
