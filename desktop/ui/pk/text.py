"""Texts shared by the stage and the console: a question's kind, options and answer, and the headline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.banks import LETTERS, Question
from desktop.core.localtext import LocalText
from desktop.core.pk.announce import Headline, HeadlineKind, headline
from desktop.core.sources import Source
from desktop.ui.shell.formatting import elide, fill

if TYPE_CHECKING:
    from desktop.ui.pk.controller import PkController

#: A group's name in a headline is cut to this many characters, on both windows alike.
HEADLINE_NAME_CHARS = 16


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
    answer = question.answer
    if not isinstance(answer, LocalText):  # the model gives every other kind a text answer
        raise ValueError(f"a {question.kind} question whose answer is not a text")
    return answer.get(lang)


def source_text(source: Source | None) -> str:
    """Where the question comes from in the course ("出处：课件 001 第 44 页"), or "" when it cites nothing.

    Shown once the answer is revealed, on the stage and the console alike, so the room can look it up.
    """
    if source is None:
        return ""
    if source.slides:
        first, last = min(source.slides), max(source.slides)
        if list(source.slides) == list(range(first, last + 1)):
            slides = str(first) if first == last else f"{first}–{last}"
        else:
            slides = ", ".join(str(s) for s in source.slides)
        where = fill(QCoreApplication.translate("PkText", "deck %1, slide %2"), source.deck, slides)
    else:
        where = fill(QCoreApplication.translate("PkText", "deck %1"), source.deck)
    if source.section:
        where += f" · {source.section}"
    return fill(QCoreApplication.translate("PkText", "Source: %1"), where)


def points_text(question: Question, lang: str) -> str:
    return "\n".join(f"• {point.get(lang)}" for point in question.points)


def fmt_ms(value: float) -> str:
    return f"+{value:.0f} ms"


def headline_text(headline: Headline, group_name: Callable[[str], str]) -> str:
    """The announcement both windows show, word for word ("" when there is nothing to say)."""
    names = "、".join(group_name(g) for g in headline.groups)
    kind = headline.kind
    if kind is HeadlineKind.OPEN:
        return QCoreApplication.translate("PkText", "Buzzers open — press your key!")
    if kind is HeadlineKind.FIRST:
        return QCoreApplication.translate("PkText", "%1 buzzed first!").replace("%1", names)
    if kind is HeadlineKind.TIE:
        return QCoreApplication.translate("PkText", "Tie: %1 — the facilitator decides").replace("%1", names)
    if kind is HeadlineKind.WINNER:
        return QCoreApplication.translate("PkText", "The winner: %1").replace("%1", names)
    if kind is HeadlineKind.SHARED_WIN:
        return QCoreApplication.translate("PkText", "A tie for first place: %1").replace("%1", names)
    return ""


def session_headline(controller: PkController) -> tuple[Headline, str]:
    """The headline of the session now and its words: what the stage and the console both show."""
    announced = headline(controller.state)
    text = headline_text(announced, lambda g: elide(controller.group(g).name, HEADLINE_NAME_CHARS))
    return announced, text
