"""Question banks for the group PK quiz: loading quizzes/*.yaml into the model of ``bank_model``.

A bank is one topic's questions, written by hand. Loading checks everything a facilitator could
get wrong and reports every problem of a file at once (file, line, field and a short fix), and a
file with any error gives no bank at all: a half-imported bank would silently drop questions
from a session. Pure Python; no Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from desktop.core.bank_checker import BankChecker
from desktop.core.bank_checks import _parse_header, _parse_questions
from desktop.core.bank_model import BANK_TOP_KEYS, KINDS, LETTERS, Answer, Bank, Kind, Question
from desktop.core.localtext import LocalText
from desktop.core.messages import Message
from desktop.core.yamldoc import ContentError, ContentLoadError, YamlDocument, load_yaml

__all__ = [
    "KINDS",
    "LETTERS",
    "Answer",
    "Bank",
    "Kind",
    "LocalText",
    "Question",
    "bank_paths",
    "load_bank",
    "load_bank_folders",
    "load_banks",
    "parse_bank",
]

# --------------------------------------------------------------------------------------------
# Loading


def bank_paths(folder: Path | str | None) -> list[Path]:
    """The bank files of a folder (``*.yaml`` and ``*.yml``), in name order; none if it does not exist."""
    if folder is None or not Path(folder).is_dir():
        return []
    folder = Path(folder)
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in (".yaml", ".yml"))


def load_bank(path: Path | str, display_name: str | None = None) -> tuple[Bank | None, list[ContentError]]:
    """Load and validate one bank file. Any error means no bank (never a partial one)."""
    try:
        doc = load_yaml(path, display_name)
    except ContentLoadError as exc:
        return None, exc.errors
    return parse_bank(doc, Path(path).parent)


def load_bank_folders(built_in: Path, user: Path | None) -> tuple[list[Bank], list[ContentError]]:
    """The shipped banks (marked built-in, read-only) and then the trainer's own from ``user``.

    Each file loads on its own; a trainer's bank whose id a shipped bank already has is an error
    in the trainer's file naming the shipped one.
    """
    return load_banks(bank_paths(built_in), bank_paths(user))


def load_banks(
    paths: Iterable[Path | str], user_paths: Iterable[Path | str] = ()
) -> tuple[list[Bank], list[ContentError]]:
    """Load several bank files. A bank id used by an earlier file is an error in the later one.

    ``paths`` are built-in banks; ``user_paths`` the trainer's own, loaded after them.
    """
    banks: list[Bank] = []
    errors: list[ContentError] = []
    by_id: dict[str, Bank] = {}
    entries = [(p, True) for p in paths] + [(p, False) for p in user_paths]
    for path, built_in in entries:
        try:
            doc = load_yaml(path)
        except ContentLoadError as exc:
            errors.extend(exc.errors)
            continue
        bank, bank_errors = parse_bank(doc, Path(path).parent)
        errors.extend(bank_errors)
        if bank is None:
            continue
        if bank.id in by_id:
            first = by_id[bank.id]
            code = "bank.id_used_built_in" if first.built_in else "bank.id_used_by"
            errors.append(doc.error(("bank", "id"), Message(code, id=bank.id, file=first.file)))
            continue
        bank = dataclasses.replace(bank, built_in=built_in)
        by_id[bank.id] = bank
        banks.append(bank)
    return banks, errors


def parse_bank(doc: YamlDocument, folder: Path | None = None) -> tuple[Bank | None, list[ContentError]]:
    """Validate a parsed bank file; every problem in it is reported, not just the first.

    ``folder`` is where the file is: its questions' image files are checked there (and found there
    later, ``Bank.image_path``). Without it only the images' names are checked.
    """
    check = BankChecker(doc, folder)
    top = check.want_mapping((), doc.data, BANK_TOP_KEYS)
    if top is None:
        return None, check.errors
    header = _parse_header(check, top["bank"]) if "bank" in top else None
    questions = _parse_questions(check, top["questions"]) if "questions" in top else ()
    if check.errors or header is None:
        return None, sorted(set(check.errors), key=lambda e: (e.line, e.field, e.message))
    ident, version, title, source = header
    return Bank(ident, version, title, source, questions, doc.file, folder=str(folder) if folder else ""), []
