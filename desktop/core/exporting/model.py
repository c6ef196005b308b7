"""What an export gives back: the file's bytes, the count exported, and each question left out."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.bank_model import KINDS
from desktop.core.messages import Message, say

EXPORT_FORMATS = ("xlsx", "kahoot", "gift")

#: why a question is left out of an export (the UI translates by code; the CLI prints ``message``)
REASONS = {
    "kind": "the format has no {detail} question kind",
    "too_many_options": "has {detail} options; Kahoot takes at most 4",
    "text_too_long": "the question is {detail} characters; Kahoot allows 120",
    "option_too_long": "option {detail} is longer than Kahoot's 75 characters",
    "separator": "an answer, tag or scoring point contains '{detail}', which the import reads as a separator",
    "arrow": "an answer contains '->', which GIFT reads as a matching question",
}


@dataclass(frozen=True)
class LeftOut:
    question_id: str
    code: str
    detail: str

    @property
    def message(self) -> str:
        return REASONS[self.code].format(detail=self.detail)

    def __str__(self) -> str:
        return f"{self.question_id}: not exported: {self.message}"

    def text(self, lang: str) -> str:
        """``__str__`` in ``lang`` (the command line with ``--lang zh_CN``)."""
        kind = self.code == "kind" and self.detail in KINDS
        detail = Message(f"kind.{self.detail}") if kind else self.detail  # 填空, not fill
        reason = Message(f"export.{self.code}", detail=detail)
        return say(lang, "export.left_out", question=self.question_id, reason=reason)


def image_left_behind(question_id: str, image: str) -> Message:
    """The note for a question exported without its picture (Kahoot, GIFT: they hold none)."""
    return Message("export.image_left_behind", question=question_id, image=image)


@dataclass
class Export:
    data: bytes
    exported: int
    left_out: list[LeftOut] = field(default_factory=list)
    #: what changed on the way (a true/false question written as a two-answer Kahoot quiz)
    notes: list[str] = field(default_factory=list)
