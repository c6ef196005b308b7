"""``python -m desktop export-questions --bank ID --format xlsx|kahoot|gift --out FILE``.

Writes the bank (built-in or the trainer's own) atomically in the chosen format and lists each
question the format cannot hold, with the reason; ends with ``N questions exported, K left out``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from desktop.atomic_file import atomic_write_bytes
from desktop.core.banks import load_bank_folders
from desktop.core.exporting import export_bank
from desktop.paths import quizzes_dir, user_quizzes_dir


def export_questions(
    bank_id: str, fmt: str, out_file: Path, data_dir: Path, out: TextIO | None = None
) -> int:
    out = out or sys.stdout
    banks, _errors = load_bank_folders(quizzes_dir(), user_quizzes_dir(data_dir))
    bank = next((b for b in banks if b.id == bank_id), None)
    if bank is None:
        known = ", ".join(sorted(b.id for b in banks)) or "none"
        print(f"error: no bank '{bank_id}'; the banks are: {known}", file=out)
        return 1
    export = export_bank(bank, fmt)
    for note in export.notes:
        print(note, file=out)
    for left in export.left_out:
        print(left, file=out)
    try:
        atomic_write_bytes(out_file, export.data)
    except OSError as exc:
        print(f"error: cannot write {out_file}: {exc.strerror or exc}; nothing written", file=out)
        return 1
    print(f"{export.exported} questions exported, {len(export.left_out)} left out: {out_file}", file=out)
    return 0
