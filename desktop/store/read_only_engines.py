"""Which engines were opened read-only, and why: asked by every write (``errors.writes``) before it
reaches SQLite, and set by ``read_only`` when it opens one. Imports nothing of the store."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop.store.records import StorageProblem

#: By engine (an object, so that anything may be asked about without importing SQLAlchemy).
_problems: weakref.WeakKeyDictionary[object, StorageProblem] = weakref.WeakKeyDictionary()


def mark_read_only(engine: Engine, problem: StorageProblem) -> None:
    _problems[engine] = problem


def problem_of(engine: object) -> StorageProblem | None:
    """The reason ``engine`` was opened read-only; None for a normal engine (or anything else)."""
    try:
        return _problems.get(engine)
    except TypeError:  # not weak-referenceable: not one of ours
        return None
