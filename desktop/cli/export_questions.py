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
from desktop.core.messages import localise, os_reason, say
from desktop.paths import quizzes_dir, user_quizzes_dir


def export_questions(
    bank_id: str, fmt: str, out_file: Path, data_dir: Path, out: TextIO | None = None, lang: str = "en"
) -> int:
    """Write the bank; every line in ``lang`` (English unless ``zh_CN``); 1 when nothing was written."""
    out = out or sys.stdout
    banks, _errors = load_bank_folders(quizzes_dir(), user_quizzes_dir(data_dir))
    bank = next((b for b in banks if b.id == bank_id), None)
    if bank is None:
        known = ", ".join(sorted(b.id for b in banks)) or "—"
        print(say(lang, "cli.no_bank", bank=bank_id, known=known), file=out)
        return 1
    export = export_bank(bank, fmt)
    for note in export.notes:
        print(localise(note, lang), file=out)
    for left in export.left_out:
        print(left.text(lang), file=out)
    try:
        atomic_write_bytes(out_file, export.data)
    except OSError as exc:
        print(say(lang, "cli.cannot_write", path=str(out_file), reason=os_reason(exc)), file=out)
        return 1
    left_count = len(export.left_out)
    print(say(lang, "cli.exported", exported=export.exported, left=left_count, path=str(out_file)), file=out)
    return 0
