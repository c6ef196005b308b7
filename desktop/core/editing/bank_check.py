"""Checking a bank draft with the very checks ``check-content`` runs, and the text a save writes.

Each question is checked on its own (as a one-question bank), so a keystroke costs one question's
check, not the bank's; the result is remembered per question value.
The save checks the whole file as it will be written, so nothing that would not load is ever saved.
Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from desktop.core.banks import parse_bank
from desktop.core.editing.bank_draft import BankDraft, QuestionDraft
from desktop.core.messages import Message
from desktop.core.yamldoc import ContentError, ContentLoadError, YamlDocument, parse_yaml

#: (field, message), the field relative to the question (``options[1].zh_CN``) or the file (``bank.title``)
Problem = tuple[str, str]
_QUESTION_PREFIX = "questions[0]"
_PLACEHOLDER_HEADER = {"id": "draft", "version": 1, "title": {"zh_CN": "draft"}}
_PLACEHOLDER_QUESTION = {
    "id": "q-1",
    "kind": "truefalse",
    "text": {"zh_CN": "?"},
    "answer": True,
    "tags": ["t"],
    "difficulty": 1,
}


try:  # libyaml's emitter writes a 500-question bank ~5× faster (see dump_document)
    from yaml import CSafeDumper as _FastDumper
except ImportError:  # pragma: no cover - depends on the wheel
    from yaml import SafeDumper as _FastDumper  # type: ignore[assignment]  # same interface, pure Python


class _Dumper(_FastDumper):
    """Multi-line texts as literal blocks (``|``), as a trainer would write them by hand."""


class _PythonDumper(yaml.SafeDumper):
    """The same, with PyYAML's own emitter, which writes characters beyond U+FFFF (emoji) as they are."""


def _text_representer(dumper: yaml.SafeDumper | _Dumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value and value == value.strip() and "\t" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text_representer)
_PythonDumper.add_representer(str, _text_representer)


def dump_document(document: dict[str, Any]) -> str:
    """A bank file's text: keys in the order given, Chinese as written, multi-line texts as blocks."""
    text = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    if "\\U" in text:
        # libyaml escapes characters beyond U+FFFF ("\U0001F600" for 😀): a file a trainer reads and
        # edits keeps its emoji as they are, as before, from the slower emitter.
        text = yaml.dump(document, Dumper=_PythonDumper, allow_unicode=True, sort_keys=False, width=100)
    return text


def _errors_of(text: str, name: str, folder: str = "") -> list[ContentError]:
    try:
        _bank, errors = parse_bank(parse_yaml(text, name), Path(folder) if folder else None)
    except ContentLoadError as exc:
        errors = exc.errors
    return errors


def _errors_of_data(document: dict[str, Any], folder: str = "") -> list[ContentError]:
    """The checks of a file on its data as the loader gives it (plain texts, numbers, lists): a
    question is checked in well under a millisecond, so the editor can check as the trainer types.
    (What only the loader sees, such as control characters, is caught when the file is saved.)"""
    _bank, errors = parse_bank(YamlDocument("draft", document), Path(folder) if folder else None)
    return errors


@lru_cache(maxsize=2048)
def question_problems(question: QuestionDraft, folder: str = "") -> tuple[Problem, ...]:
    """What ``check-content`` would say about this question, with fields relative to it; its image is
    looked for in ``folder`` (the bank file's), when given."""
    document = {"bank": _PLACEHOLDER_HEADER, "questions": [question.to_mapping()]}
    found: list[Problem] = []
    for error in _errors_of_data(document, folder):
        where = error.field
        if where == _QUESTION_PREFIX:
            where = ""
        elif where.startswith(_QUESTION_PREFIX + "."):
            where = where[len(_QUESTION_PREFIX) + 1 :]
        elif where.startswith(_QUESTION_PREFIX):
            where = where[len(_QUESTION_PREFIX) :]
        found.append((where, error.message))
    return tuple(found)


#: id(question) → (question, folder, problems): an unchanged question is the same object in the next
#: draft, so it is found without hashing all its fields again (the entry keeps the object alive, so
#: its id cannot be reused while it is here).
_BY_OBJECT: dict[int, tuple[QuestionDraft, str, tuple[Problem, ...]]] = {}


def _known_problems(question: QuestionDraft, folder: str) -> tuple[Problem, ...]:
    known = _BY_OBJECT.get(id(question))
    if known is not None and known[0] is question and known[1] == folder:
        return known[2]
    if len(_BY_OBJECT) > 20_000:
        _BY_OBJECT.clear()
    problems = question_problems(question, folder)
    _BY_OBJECT[id(question)] = (question, folder, problems)
    return problems


def header_problems(draft: BankDraft) -> tuple[Problem, ...]:
    """What ``check-content`` would say about the bank's id, title and source."""
    # A bank not yet written has version 0; what will be checked is the version a save writes.
    header = draft.header(version=draft.version + 1)
    document = {"bank": header, "questions": [_PLACEHOLDER_QUESTION]}
    return tuple((e.field, e.message) for e in _errors_of_data(document) if e.field.startswith("bank"))


@dataclass(frozen=True)
class DraftProblems:
    header: tuple[Problem, ...] = ()
    #: question index → its problems (only questions that have some)
    questions: dict[int, tuple[Problem, ...]] = field(default_factory=dict)
    #: the bank as a whole (no questions, too many)
    bank: tuple[Problem, ...] = ()

    @property
    def count(self) -> int:
        return len(self.header) + len(self.bank) + sum(len(p) for p in self.questions.values())


def draft_problems(draft: BankDraft) -> DraftProblems:
    """Every problem of the draft, question by question, including ids used twice."""
    by_question: dict[int, tuple[Problem, ...]] = {}
    first_of: dict[str, int] = {}
    folder = draft.folder
    for index, question in enumerate(draft.questions):
        problems = _known_problems(question, folder)
        if question.id in first_of:
            problems = (
                *problems,
                (
                    "id",
                    Message("bank.id_used_by_question", id=question.id, number=first_of[question.id] + 1),
                ),
            )
        first_of.setdefault(question.id, index)
        if problems:
            by_question[index] = problems
    whole: tuple[Problem, ...] = ()
    if not draft.questions:
        whole = (("questions", Message("bank.no_questions")),)
    return DraftProblems(header_problems(draft), by_question, whole)


def save_text(draft: BankDraft) -> tuple[str, list[ContentError]]:
    """The file a save writes (version raised by one) and what ``check-content`` would say about it:
    the whole file checked as written, so a save never writes a bank that would not load."""
    text = dump_document(draft.to_document(version=draft.version + 1))
    return text, _errors_of(text, draft.file or f"{draft.id}.yaml", draft.folder)
