"""Where an import goes: a bank of the trainer's own, new or existing, never a built-in one.

``find_destination`` says which bank and file (or why not); ``plan_import`` marks duplicates and
gives the bank text to write. The caller writes it atomically when the trainer confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.bank_model import Bank
from desktop.core.banks import load_bank_folders
from desktop.core.importing.bank_file import BankPlan, bank_id_for, mark_duplicates, plan_bank
from desktop.core.importing.model import ImportResult
from desktop.core.messages import Message
from desktop.core.validate import IDENTIFIER


class DestinationError(ValueError):
    """The bank cannot take the import; ``message`` says why and what to do."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Destination:
    bank_id: str
    path: Path
    #: the trainer's bank to add to, or None for a new bank
    existing: Bank | None


def find_destination(source: Path, bank_id: str | None, built_in: Path, user: Path) -> Destination:
    """The bank ``bank_id`` (default: one named after ``source``) among the trainer's banks in ``user``."""
    bank_id = bank_id or bank_id_for(source.stem)
    if not IDENTIFIER.match(bank_id):
        raise DestinationError(Message("import.not_bank_id", bank=bank_id))
    banks, _errors = load_bank_folders(built_in, user)
    target = next((b for b in banks if b.id == bank_id), None)
    if target is not None and target.built_in:
        raise DestinationError(Message("import.built_in_bank", bank=bank_id))
    path = Path(target.file) if target is not None else user / f"{bank_id}.yaml"
    if target is None and path.exists():
        raise DestinationError(Message("import.bank_broken", path=str(path)))
    return Destination(bank_id, path, target)


def mark_known(result: ImportResult, destination: Destination) -> int:
    """Mark the rows the bank already has (or the file repeats) as duplicates; their count."""
    existing = destination.existing.questions if destination.existing else ()
    return mark_duplicates(result, existing, destination.bank_id)


def plan_import(result: ImportResult, destination: Destination, source: Path) -> BankPlan:
    """The bank file with the valid, new rows added (a new bank is titled after the source file)."""
    return plan_bank(
        result,
        destination.bank_id,
        destination.existing,
        source.stem,
        f"imported from {source.name}",
        str(destination.path),
    )
