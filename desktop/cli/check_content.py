"""``python -m desktop check-content [FILES…]``: validate question banks and instruments.

Prints every problem as ``file:line: field: message`` and ends with one summary line
``N banks, M questions, K errors``; exits 1 when there is any error. Never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.core.banks import load_banks
from desktop.core.instruments import parse_instrument
from desktop.core.yamldoc import ContentError, ContentLoadError, load_yaml
from desktop.paths import instruments_dir, quizzes_dir


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


def check_content(files: Sequence[Path], out=None) -> int:
    out = out or sys.stdout
    if not files:
        files = sorted(instruments_dir().glob("*.yaml")) + sorted(quizzes_dir().glob("*.yaml"))
    errors: list[ContentError] = []
    instrument_paths, bank_paths = [], []
    for path in files:
        if not path.is_file():
            errors.append(ContentError(str(path), 1, "(file)", "no such file"))
        elif _is_instrument(path):
            instrument_paths.append(path)
        else:
            bank_paths.append(path)
    instruments = 0
    for path in instrument_paths:
        try:
            instrument, found = parse_instrument(load_yaml(path))
        except ContentLoadError as exc:
            instrument, found = None, exc.errors
        errors.extend(found)
        instruments += instrument is not None
    banks, bank_errors = load_banks(bank_paths)
    errors.extend(bank_errors)
    for error in errors:
        print(error, file=out)
    if instrument_paths:
        print(f"{instruments} instruments", file=out)
    questions = sum(len(bank.questions) for bank in banks)
    print(f"{len(banks)} banks, {questions} questions, {len(errors)} errors", file=out)
    return 1 if errors else 0
