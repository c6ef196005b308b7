"""A question bank as the editor holds it: every field editable, and allowed to be wrong while typing.

A ``QuestionDraft`` keeps what the trainer typed even when it does not validate (an empty text, a
single question with two correct options), so the editor can show the problem with the same message
``check-content`` prints and nothing typed is lost. The correct options are kept as option indices:
moving an option moves its "correct" mark with it. Fields of other kinds are kept too, so switching
a question from single to fill and back gives the options back. Pure Python.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from desktop.core.bank_model import CHOICE_KINDS, LETTERS, Bank, Question
from desktop.core.localtext import LocalText
from desktop.core.sources import Source, source_mapping

#: an editable text: (Chinese, English); "" where nothing is written
Pair = tuple[str, str]
EMPTY: Pair = ("", "")


def pair_of(text: LocalText | None) -> Pair:
    return (text.zh_CN, text.en or "") if text is not None else EMPTY


def local_mapping(text: Pair) -> dict[str, str]:
    """``{zh_CN: …, en: …}`` as a bank file holds it; ``zh_CN`` always (an empty one is reported)."""
    zh, en = text
    return {"zh_CN": zh, **({"en": en} if en else {})}


@dataclass(frozen=True)
class QuestionDraft:
    id: str
    kind: str
    text: Pair = EMPTY
    options: tuple[Pair, ...] = ()
    #: single / multiple: the indices of the correct options
    correct: frozenset[int] = frozenset()
    #: truefalse: the answer
    truth: bool = True
    #: fill / open: the reference answer
    reference: Pair = EMPTY
    accept: tuple[str, ...] = ()
    points: tuple[Pair, ...] = ()
    explanation: Pair = EMPTY
    tags: tuple[str, ...] = ()
    difficulty: int = 1
    source: Source | None = None
    same_fact: str = ""
    #: the image file, relative to the bank file's folder ("" for none)
    image: str = ""

    @classmethod
    def from_question(cls, q: Question) -> QuestionDraft:
        return cls(
            id=q.id,
            kind=q.kind,
            text=pair_of(q.text),
            options=tuple(pair_of(o) for o in q.options),
            correct=q.correct_options,
            truth=q.answer if isinstance(q.answer, bool) else True,
            reference=pair_of(q.answer) if isinstance(q.answer, LocalText) else EMPTY,
            accept=q.accept,
            points=tuple(pair_of(p) for p in q.points),
            explanation=pair_of(q.explanation),
            tags=q.tags,
            difficulty=q.difficulty,
            source=q.source,
            same_fact=q.same_fact or "",
            image=q.image or "",
        )

    def to_mapping(self) -> dict[str, Any]:
        """The question as a bank file holds it: only the fields its kind has."""
        entry: dict[str, Any] = {"id": self.id, "kind": self.kind, "text": local_mapping(self.text)}
        if self.kind in CHOICE_KINDS:
            entry["options"] = [local_mapping(o) for o in self.options]
            letters = [LETTERS[i] if i < len(LETTERS) else "?" for i in sorted(self.correct)]
            if self.kind == "multiple":
                entry["answer"] = letters
            elif len(letters) == 1:
                entry["answer"] = letters[0]
            elif letters:
                entry["answer"] = letters  # reported: a single question has exactly one correct option
        elif self.kind == "truefalse":
            entry["answer"] = self.truth
        else:
            entry["answer"] = local_mapping(self.reference)
        if self.kind == "fill" and self.accept:
            entry["accept"] = list(self.accept)
        if self.kind == "open":
            entry["points"] = [local_mapping(p) for p in self.points]
        if any(self.explanation):
            entry["explanation"] = local_mapping(self.explanation)
        entry["tags"] = list(self.tags)
        entry["difficulty"] = self.difficulty
        if self.source is not None:
            entry["source"] = source_mapping(self.source)
        if self.same_fact:
            entry["same_fact"] = self.same_fact
        if self.image:
            entry["image"] = self.image
        return entry

    def search_text(self) -> str:
        """Everything a search box should find the question by, case-folded."""
        parts = [self.id, *self.text, *self.tags, *(t for o in self.options for t in o), *self.reference]
        return "\n".join(parts).casefold()


@dataclass(frozen=True)
class BankDraft:
    id: str
    #: the version of the file as loaded; a save writes version + 1
    version: int
    title: Pair
    source: str
    questions: tuple[QuestionDraft, ...]
    #: where the bank is saved ("" for a bank not written yet)
    file: str = ""
    built_in: bool = False

    @classmethod
    def from_bank(cls, bank: Bank) -> BankDraft:
        return cls(
            id=bank.id,
            version=bank.version,
            title=pair_of(bank.title),
            source=bank.source or "",
            questions=tuple(QuestionDraft.from_question(q) for q in bank.questions),
            file=bank.file,
            built_in=bank.built_in,
        )

    def header(self, version: int | None = None) -> dict[str, Any]:
        """The file's ``bank:`` mapping (with ``version`` in place of the loaded one when given)."""
        header: dict[str, Any] = {
            "id": self.id,
            "version": self.version if version is None else version,
            "title": local_mapping(self.title),
        }
        if self.source:
            header["source"] = self.source
        return header

    def to_document(self, version: int | None = None) -> dict[str, Any]:
        """The bank file's content (with ``version`` in place of the loaded one when given)."""
        return {"bank": self.header(version), "questions": [q.to_mapping() for q in self.questions]}

    @property
    def folder(self) -> str:
        """The folder the bank file is (or will be) in: question images are found from there."""
        return str(PurePath(self.file).parent) if self.file else ""

    def with_question(self, index: int, question: QuestionDraft) -> BankDraft:
        questions = list(self.questions)
        questions[index] = question
        return dataclasses.replace(self, questions=tuple(questions))

    def tags(self) -> list[str]:
        """Every tag of the bank, in the order they first appear."""
        return list(dict.fromkeys(t for q in self.questions for t in q.tags))
