"""Turning accepted preview rows into a bank file: duplicates found, ids given, YAML checked.

Pure Python: the caller writes the returned text (atomically) where the trainer's banks live.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.core.bank_model import MAX_QUESTIONS, Bank, Question, normalise_answer
from desktop.core.banks import parse_bank
from desktop.core.editing.bank_check import dump_document
from desktop.core.editing.bank_draft import BankDraft, QuestionDraft, pair_of
from desktop.core.importing.model import ImportResult
from desktop.core.localtext import LocalText
from desktop.core.messages import Message
from desktop.core.yamldoc import ContentError, ContentLoadError, parse_yaml


def bank_id_for(stem: str) -> str:
    """A bank id from a file name: its ASCII letters and digits, or ``imported_<hash>`` for a Chinese name
    (stable, so importing the same file again finds the same bank)."""
    ascii_id = re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")
    if ascii_id and ascii_id[0].isalpha() and len(re.sub(r"[^a-z]", "", ascii_id)) >= 2:
        return ascii_id[:40]
    return "imported_" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]


def text_key(text: str) -> str:
    """What two question texts must share to be the same question (width, case, spaces, punctuation ignored)."""
    return normalise_answer(text)


def mark_duplicates(result: ImportResult, existing: Iterable[Question], bank_id: str) -> int:
    """Mark rows whose text is already in the bank, or earlier in the file, as duplicates; their count."""
    seen: dict[str, Message] = {
        text_key(q.text.zh_CN): Message("import.duplicate_in_bank", question=q.id, bank=bank_id)
        for q in existing
    }
    count = 0
    for row in result.rows:
        if row.status != "ok":
            continue
        key = text_key(row.text)
        if key in seen:
            row.status, row.reason = "duplicate", seen[key]
            count += 1
        else:
            code = "import.duplicate_of_row" if row.unit == "row" else "import.duplicate_of_line"
            seen[key] = Message(code, line=row.line)
    return count


@dataclass(frozen=True)
class BankPlan:
    """The bank file to write: its text, the questions added, and the version it will have."""

    bank_id: str
    version: int
    text: str
    added: int
    errors: list[ContentError]
    #: image files to write beside the bank (``images/<hash>.png`` → bytes), for the questions added
    images: dict[str, bytes] = dataclasses.field(default_factory=dict)


def plan_bank(
    result: ImportResult, bank_id: str, existing: Bank | None, title: str, source: str, file: str
) -> BankPlan:
    """The bank with the result's valid rows added: a new bank (version 1) or ``existing`` with its
    version raised. ``errors`` is not empty when the file would not load (e.g. over 500 questions)."""
    old = list(existing.questions) if existing else []
    used = {q.id for q in old}
    prefix = re.sub(r"_", "-", bank_id)
    number = len(old)
    new: list[Question] = []
    for question in result.questions:
        number += 1
        while f"{prefix}-{number:03d}" in used:
            number += 1
        ident = f"{prefix}-{number:03d}"
        used.add(ident)
        new.append(dataclasses.replace(question, id=ident))
    version = existing.version + 1 if existing else 1
    header_title = existing.title if existing else LocalText(title)
    header_source = existing.source if existing else source
    questions = old + new
    if len(questions) > MAX_QUESTIONS:
        error = ContentError(
            file, 1, "questions", Message("import.bank_too_big", most=MAX_QUESTIONS, count=len(questions))
        )
        return BankPlan(bank_id, version, "", len(new), [error])
    text = bank_yaml(bank_id, version, header_title, header_source, questions)
    try:
        _bank, errors = parse_bank(parse_yaml(text, file))
    except ContentLoadError as exc:
        errors = exc.errors
    images = {q.image: result.images[q.image] for q in new if q.image and q.image in result.images}
    return BankPlan(bank_id, version, text, len(new), errors, images)


def bank_yaml(
    bank_id: str, version: int, title: LocalText, source: str | None, questions: list[Question]
) -> str:
    """The bank file's text; every field of each question kept (its source and same_fact too)."""
    return dump_document(bank_document(bank_id, version, title, source, questions))


def bank_document(
    bank_id: str, version: int, title: LocalText, source: str | None, questions: list[Question]
) -> dict[str, Any]:
    """A bank as the plain data of its file (what ``parse_bank`` reads back into the same questions)."""
    draft = BankDraft(
        bank_id,
        version,
        pair_of(title),
        source or "",
        tuple(QuestionDraft.from_question(q) for q in questions),
    )
    return draft.to_document()
