"""``python -m desktop check-content [FILES_OR_FOLDERS…]``: validate question banks and instruments.

Prints every problem as ``file:line: field: message`` and ends with one summary line
``N banks, M questions, K errors``; exits 1 when there is any error. Never a traceback.
Without arguments it checks the built-in content and the trainer's own (the data folder's
``content/``), together, so an id used twice is reported as the app would. A folder stands for
every YAML file in it and its sub-folders.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from desktop.core.banks import load_banks
from desktop.core.content import CONTENT_SUFFIXES
from desktop.core.instrument_files import parse_instrument
from desktop.core.messages import Message
from desktop.core.yamldoc import ContentError, ContentLoadError, load_yaml
from desktop.paths import instruments_dir, quizzes_dir, user_instruments_dir, user_quizzes_dir


def _is_instrument(path: Path) -> bool:
    """Instruments live in an ``instruments`` folder or have an instrument's top-level keys; the rest are banks."""
    if path.parent.name == "instruments":
        return True
    try:
        data = load_yaml(path).data
    except ContentLoadError:
        return False
    return (
        isinstance(data, dict) and "bank" not in data and bool({"items", "scale", "dimensions"} & data.keys())
    )


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in CONTENT_SUFFIXES)


def _default_files(data_dir: Path | None) -> tuple[list[Path], list[Path]]:
    """The built-in files, then the trainer's own (when a data folder is known and has them)."""
    built_in = _yaml_files(instruments_dir()) + _yaml_files(quizzes_dir())
    user: list[Path] = []
    if data_dir is not None:
        for folder in (user_instruments_dir(data_dir), user_quizzes_dir(data_dir)):
            if folder.is_dir():
                user += _yaml_files(folder)
    return built_in, user


def check_content(
    files: Sequence[Path], out: TextIO | None = None, data_dir: Path | None = None, lang: str = "en"
) -> int:
    """Print every problem of the files as ``file:line: field: message`` (in ``lang``: English unless
    ``zh_CN``), then the counts; 1 when there is any problem."""
    out = out or sys.stdout
    errors: list[ContentError] = []
    user_files: list[Path] = []
    if not files:
        files, user_files = _default_files(data_dir)
    instrument_paths: list[Path] = []
    bank_paths: list[Path] = []
    user_bank_paths: list[Path] = []
    for path in [*files, *user_files]:
        if path.is_dir():
            found = _yaml_files(path)
            if not found:
                errors.append(ContentError(str(path), 1, "(folder)", Message("check.no_yaml_files")))
            expanded = found
        elif path.is_file():
            expanded = [path]
        else:
            errors.append(ContentError(str(path), 1, "(file)", Message("check.no_such_path")))
            continue
        for file in expanded:
            if _is_instrument(file):
                instrument_paths.append(file)
            elif path in user_files:
                user_bank_paths.append(file)
            else:
                bank_paths.append(file)
    instruments = _check_instruments(instrument_paths, errors)
    banks, bank_errors = load_banks(bank_paths, user_bank_paths)
    errors.extend(bank_errors)
    for error in errors:
        print(error.text(lang), file=out)
    if instrument_paths:
        print(Message("check.instruments", count=instruments).localise(lang), file=out)
    questions = sum(len(bank.questions) for bank in banks)
    summary = Message("check.summary", banks=len(banks), questions=questions, errors=len(errors))
    print(summary.localise(lang), file=out)
    return 1 if errors else 0


def _check_instruments(paths: list[Path], errors: list[ContentError]) -> int:
    """Validate each instrument file; an id used by an earlier file is an error naming both files."""
    by_id: dict[str, Path] = {}
    valid = 0
    for path in paths:
        try:
            instrument, found = parse_instrument(load_yaml(path))
        except ContentLoadError as exc:
            instrument, found = None, exc.errors
        errors.extend(found)
        if instrument is None:
            continue
        if instrument.id in by_id:
            errors.append(
                ContentError(
                    str(path),
                    1,
                    "id",
                    Message("form.id_used_by", id=instrument.id, file=str(by_id[instrument.id])),
                )
            )
            continue
        by_id[instrument.id] = path
        valid += 1
    return valid
