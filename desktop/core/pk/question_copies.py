"""The questions a PK session plays, copied into the session when it starts. Pure Python.

A session's log points at its questions by ``bank_id/question_id``. A trainer may edit or delete a
bank afterwards; resuming the session, its console, stage and exports must still show what the
groups were asked. So the set-up stored with the session holds a copy of every chosen question,
in the bank file's own form (read back through the same checks as a bank file), and the session
uses that copy; a session stored before copies were kept falls back to today's banks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from desktop.core.banks import parse_bank
from desktop.core.importing.bank_file import bank_document
from desktop.core.quiz_selection import QuestionCatalog, QuestionRef
from desktop.core.yamldoc import ContentError, YamlDocument

#: The key of the stored set-up that holds the copies.
COPIES_KEY = "question_copies"


def copy_questions(catalog: QuestionCatalog, refs: Iterable[str]) -> list[dict[str, Any]]:
    """The questions named by ``refs``, one entry per bank: the bank's header, the folder its images
    are in, and only the questions the session plays, in the session's order."""
    by_bank: dict[str, tuple[QuestionRef, list[QuestionRef]]] = {}
    for ref in refs:
        found = catalog.get(ref)
        if found is None:
            continue
        by_bank.setdefault(found.bank.id, (found, []))[1].append(found)
    copies = []
    for first, chosen in by_bank.values():
        bank = first.bank
        document = bank_document(bank.id, bank.version, bank.title, bank.source, [r.question for r in chosen])
        copies.append({**document, "folder": bank.folder, "built_in": bank.built_in})
    return copies


class CopiesError(ValueError):
    """The stored copies cannot be read back (a damaged row): every problem, one per line."""

    def __init__(self, errors: list[ContentError]):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def catalog_from_copies(setup: Mapping[str, Any], name: str = "stored session") -> QuestionCatalog | None:
    """The catalog of the questions copied into a stored set-up; None for a session stored before
    copies were kept. Raises ``CopiesError`` when a copy does not read back as a bank."""
    copies = setup.get(COPIES_KEY)
    if copies is None:
        return None
    if not isinstance(copies, list):
        raise CopiesError([ContentError(name, 1, COPIES_KEY, "expected a list of banks")])
    banks = []
    errors: list[ContentError] = []
    for index, copy in enumerate(copies):
        if not isinstance(copy, dict):
            errors.append(ContentError(name, 1, f"{COPIES_KEY}[{index}]", "expected a bank"))
            continue
        document = {key: copy[key] for key in ("bank", "questions") if key in copy}
        # Images are checked by name only: a missing file must not stop the session from resuming.
        bank, bank_errors = parse_bank(YamlDocument(f"{name} {COPIES_KEY}[{index}]", document))
        errors.extend(bank_errors)
        if bank is not None:
            folder = copy.get("folder")
            banks.append(
                dataclasses.replace(
                    bank,
                    folder=str(Path(folder)) if isinstance(folder, str) and folder else "",
                    built_in=copy.get("built_in") is True,
                )
            )
    if errors:
        raise CopiesError(errors)
    return QuestionCatalog(banks)


def sessions_playing_from(setups: Iterable[Mapping[str, Any]], bank_id: str) -> int:
    """How many stored sessions play questions of ``bank_id`` from today's file: those stored before
    copies were kept (a session with copies plays its own, whatever becomes of the bank)."""
    prefix = f"{bank_id}/"
    return sum(
        1
        for setup in setups
        if COPIES_KEY not in setup
        and any(isinstance(q, str) and q.startswith(prefix) for q in setup.get("question_ids") or ())
    )
