"""Question banks: the data model (questions, banks) and the limits a bank must keep. Pure Python.

Loading and validation are in ``banks.py``, ``bank_checks.py`` and ``bank_checker.py``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.core.localtext import LocalText
from desktop.core.question_images import image_path
from desktop.core.sources import Source

Kind = Literal["open", "single", "multiple", "truefalse", "fill"]
KINDS: tuple[Kind, ...] = ("open", "single", "multiple", "truefalse", "fill")
CHOICE_KINDS = ("single", "multiple")
LETTERS = "ABCDEF"
MIN_OPTIONS, MAX_OPTIONS = 2, len(LETTERS)
MIN_POINTS, MAX_POINTS = 2, 6
MIN_TAGS, MAX_TAGS = 1, 5
MAX_TAG_CHARS = 24
MAX_QUESTIONS = 500
QUESTION_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")

BANK_TOP_KEYS = ("bank", "questions")
HEADER_REQUIRED = ("id", "version", "title")
HEADER_OPTIONAL = ("source",)
QUESTION_REQUIRED = ("id", "kind", "text", "answer", "tags", "difficulty")
QUESTION_OPTIONAL = ("options", "accept", "points", "explanation", "source", "same_fact", "image")
#: ``same_fact:`` names a fact that several questions ask (in any bank); a session asks it once
FACT_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")

#: single / multiple: indices into ``options``; truefalse: bool; fill / open: the reference text.
Answer = frozenset[int] | bool | LocalText


@dataclass(frozen=True)
class Question:
    id: str
    kind: Kind
    text: LocalText
    options: tuple[LocalText, ...]
    answer: Answer
    accept: tuple[str, ...]
    points: tuple[LocalText, ...]
    explanation: LocalText | None
    tags: tuple[str, ...]
    difficulty: int
    #: the deck and slide (or section) the question was written from
    source: Source | None = None
    #: questions with the same value ask the same fact, so a session asks only one of them
    same_fact: str | None = None
    #: an image file shown with the question, relative to the bank file's folder (``images/queue.png``);
    #: ``desktop.core.question_images`` checks it and ``Bank.image_path`` finds it
    image: str | None = None

    @property
    def correct_options(self) -> frozenset[int]:
        """The indices of the correct options of a single or multiple question (empty for other kinds)."""
        return self.answer if isinstance(self.answer, frozenset) else frozenset()

    @property
    def letters(self) -> tuple[str, ...]:
        """The correct option letters of a single or multiple question, e.g. ``("A", "C")``."""
        return tuple(LETTERS[i] for i in sorted(self.correct_options))


@dataclass(frozen=True)
class Bank:
    id: str
    version: int
    title: LocalText
    source: str | None
    questions: tuple[Question, ...]
    file: str = ""
    #: shipped with the app (read-only); the trainer's own live in the data folder's content/
    built_in: bool = False
    #: the folder the bank file is in: question images are found from here ("" when not from a file)
    folder: str = ""

    def image_path(self, question: Question) -> Path | None:
        """The full path of ``question``'s image, or None when it has none."""
        return image_path(self.folder, question.image)

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)


def normalise_answer(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch).startswith("P")))
