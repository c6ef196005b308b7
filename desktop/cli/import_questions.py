"""``python -m desktop import-questions FILE [--bank ID] [--dry-run] [--encoding ENC] [--skip-invalid]``.

Prints the preview (one line per question with its status, each problem as ``file:row: column:
message``) and ``N questions, K errors, S skipped``; exits 1 on errors unless ``--skip-invalid``.
Without ``--dry-run`` it writes the valid questions, atomically, into a bank in the data folder's
``content/quizzes/``: a new bank, or added to ``--bank ID`` with its version raised. Questions whose
text the bank already has are skipped as duplicates, so importing a file again adds nothing twice.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from desktop.bank_writer import write_bank_plan
from desktop.core.bank_model import KINDS
from desktop.core.importing import PreviewRow, read_file
from desktop.core.importing.destination import DestinationError, find_destination, mark_known, plan_import
from desktop.core.message_catalog import CATALOG
from desktop.core.messages import Message, localise, os_reason
from desktop.paths import quizzes_dir, user_quizzes_dir

TEXT_WIDTH = 50


def _short(text: str, width: int = TEXT_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _say(lang: str, code: str, **values: object) -> str:
    return Message(code, **values).localise(lang)


def format_row(row: PreviewRow, lang: str = "en") -> str:
    kind = Message(f"kind.{row.kind}") if row.kind in KINDS else row.kind  # else the file's own word
    source = row.source if lang == "en" else Message(f"unit.{row.unit}", number=row.line).localise(lang)
    status = Message(f"status.{row.status}").localise(lang)
    parts = [f"{source:<9}", f"{status:<9}", f"{localise(kind, lang):<9}", _short(row.text)]
    if row.options:
        parts.append(" ".join(f"{chr(65 + i)}. {_short(o, 20)}" for i, o in enumerate(row.options)))
    if row.answer:
        parts.append(_say(lang, "cli.answer", answer=_short(row.answer, 30)))
    if row.tags:
        parts.append(_say(lang, "cli.tags", tags=", ".join(row.tags)))
    if row.explanation:
        parts.append(_say(lang, "cli.explanation", explanation=_short(row.explanation, 20)))
    if row.reason:
        parts.append(f"({localise(row.reason, lang)})")
    return " | ".join(parts)


def import_questions(
    file: Path,
    data_dir: Path,
    bank: str | None = None,
    dry_run: bool = False,
    encoding: str | None = None,
    skip_invalid: bool = False,
    fmt: str = "auto",
    out: TextIO | None = None,
    lang: str = "en",
) -> int:
    """Print the preview (problems in ``lang``: English unless ``zh_CN``) and write the bank unless
    ``dry_run`` or errors; 1 on errors."""
    out = out or sys.stdout
    try:
        destination = find_destination(file, bank, quizzes_dir(), user_quizzes_dir(data_dir))
    except DestinationError as exc:
        print(_say(lang, "cli.error", problem=exc.message), file=out)
        return 1
    result = read_file(file, encoding=encoding, fmt=fmt)
    mark_known(result, destination)
    known = f"format.{result.format}" in CATALOG
    format_name = Message(f"format.{result.format}") if known else result.format
    print(f"{file}: {localise(format_name, lang)}", file=out)
    for note in result.notes:
        print(f"  {localise(note, lang)}", file=out)
    if result.mapping is not None and result.mapping.fields:
        columns = _say(lang, "cli.columns", columns=result.mapping.describe(lang))
        print(f"  {columns}", file=out)
    for problem in result.problems:
        print(problem.text(lang), file=out)
    for row in result.rows:
        print(format_row(row, lang), file=out)
        for problem in row.problems:
            print(f"  {problem.text(lang)}", file=out)
    print(result.summary().localise(lang), file=out)

    if result.error_count and not skip_invalid:
        print(_say(lang, "cli.not_written_errors"), file=out)
        return 1
    if dry_run:
        print(_say(lang, "cli.dry_run"), file=out)
        return 0
    if not result.questions:
        print(_say(lang, "cli.nothing_new"), file=out)
        return 0
    plan = plan_import(result, destination, file)
    if plan.errors:
        for error in plan.errors:
            print(error.text(lang), file=out)
        print(_say(lang, "cli.not_written"), file=out)
        return 1
    try:
        write_bank_plan(destination.path, plan)
    except OSError as exc:
        reason = os_reason(exc)
        print(_say(lang, "cli.cannot_write", path=str(destination.path), reason=reason), file=out)
        return 1
    code = "cli.added" if destination.existing is not None else "cli.wrote"
    print(
        _say(
            lang, code, count=plan.added, bank=plan.bank_id, version=plan.version, path=str(destination.path)
        ),
        file=out,
    )
    return 0
