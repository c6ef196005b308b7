"""``python -m desktop demo``: fill a database with the demo class and its PK sessions."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import open_store_or_complain


def demo_command(data_dir: Path) -> int:
    from desktop.core.banks import bank_paths, load_banks
    from desktop.core.content import load_instruments
    from desktop.demo import fill_demo
    from desktop.demo_pk import fill_pk_demo
    from desktop.paths import instruments_dir, quizzes_dir

    instruments, errors = load_instruments(instruments_dir())
    banks, bank_errors = load_banks(bank_paths(quizzes_dir()))
    for error in [*errors, *bank_errors]:
        print(error, file=sys.stderr)
    store = open_store_or_complain(data_dir)
    if store is None:
        return 1
    try:
        summary = fill_demo(store, instruments)
        sessions = fill_pk_demo(store, banks)
    finally:
        store.close()
    if summary.created:
        print(
            f"Demo class '{summary.cohort}': {summary.trainees} trainees, {summary.forms} forms, "
            f"{sessions} PK sessions, in {store.path}"
        )
    else:
        print(f"The demo class '{summary.cohort}' is already in {store.path}; nothing added.")
    return 0
