"""``python -m desktop demo``: fill a database with the demo class."""

from __future__ import annotations

import sys
from pathlib import Path


def demo_command(data_dir: Path) -> int:
    from desktop.core.content import load_instruments
    from desktop.demo import fill_demo
    from desktop.paths import instruments_dir
    from desktop.store.database import DatabaseError
    from desktop.store.store import Store

    instruments, errors = load_instruments(instruments_dir())
    for error in errors:
        print(error, file=sys.stderr)
    try:
        store = Store(data_dir)
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        summary = fill_demo(store, instruments)
    finally:
        store.close()
    if summary.created:
        print(
            f"Demo class '{summary.cohort}': {summary.trainees} trainees, {summary.forms} forms, in {store.path}"
        )
    else:
        print(f"The demo class '{summary.cohort}' is already in {store.path}; nothing added.")
    return 0
