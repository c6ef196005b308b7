"""Writing an imported bank: its images first, then the bank file, each atomically."""

from __future__ import annotations

from pathlib import Path

from desktop.atomic_file import atomic_write_bytes
from desktop.core.importing.bank_file import BankPlan


def write_bank_plan(path: Path, plan: BankPlan) -> None:
    """Write ``plan`` to ``path``. Images go first, so the bank never names a file not yet written;
    an image already there is the same picture (it is named by its content) and is left as it is."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for name, data in plan.images.items():
        target = path.parent / name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
    atomic_write_bytes(path, plan.text.encode("utf-8"))
