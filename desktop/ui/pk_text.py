"""Texts of a PK question shared by the stage and the console (kinds, options, answers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.banks import LETTERS, Question


def kind_name(kind: str) -> str:
    names = {
        "open": QCoreApplication.translate("PkText", "Open discussion"),
        "single": QCoreApplication.translate("PkText", "Single choice"),
        "multiple": QCoreApplication.translate("PkText", "Multiple choice"),
        "truefalse": QCoreApplication.translate("PkText", "True or false"),
        "fill": QCoreApplication.translate("PkText", "Fill in the blank"),
    }
    return names.get(kind, kind)


def options_text(question: Question, lang: str) -> str:
    return "\n".join(f"{LETTERS[i]}. {option.get(lang)}" for i, option in enumerate(question.options))


def answer_text(question: Question, lang: str) -> str:
    """The reference answer as the room should see it once revealed."""
    if question.kind in ("single", "multiple"):
        return "、".join(question.letters) if lang == "zh_CN" else ", ".join(question.letters)
    if question.kind == "truefalse":
        return (
            QCoreApplication.translate("PkText", "True")
            if question.answer
            else QCoreApplication.translate("PkText", "False")
        )
    return question.answer.get(lang)  # type: ignore[union-attr]


def points_text(question: Question, lang: str) -> str:
    return "\n".join(f"• {point.get(lang)}" for point in question.points)


def fmt_ms(value: float) -> str:
    return f"+{value:.0f} ms"
