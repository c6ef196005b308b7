"""Storage failures a user can act on (a full disk, a read-only or vanished folder), as one error type.

Every write of the store goes through ``writes``: SQLite's own errors become ``StorageError`` with
a plain sentence, so screens catch one type and say what to do. SQLite has already rolled the
failed transaction back, so nothing committed before is touched.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    from desktop.store.read_only import StorageProblem

P = ParamSpec("P")
R = TypeVar("R")

PLAIN_WORDS = (
    ("database or disk is full", "the disk is full"),
    ("disk i/o error", "the disk could not be written (it may be full or removed)"),
    ("readonly database", "the data folder is read-only"),
    ("unable to open database file", "the database file cannot be opened (was the data folder moved?)"),
    ("database is locked", "another program is holding the database"),
)


class StorageError(Exception):
    """A write did not happen; ``reason`` says why in plain words, ``detail`` is SQLite's message.

    ``problem`` is set when the database is open read-only (a full disk, a read-only folder): the
    write was refused before SQLite saw it, for the reason the home screen shows.
    """

    def __init__(self, reason: str, detail: str, problem: StorageProblem | None = None):
        super().__init__(f"{reason} ({detail})")
        self.reason = reason
        self.detail = detail
        self.problem = problem


def plain_reason(message: str) -> str:
    lowered = message.lower()
    return next(
        (words for needle, words in PLAIN_WORDS if needle in lowered), "the database refused the change"
    )


def writes(method: Callable[P, R]) -> Callable[P, R]:
    """Turn SQLite's operational errors during a write into ``StorageError``."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        from sqlalchemy.exc import DBAPIError  # here, so screens can import this module before storage loads

        from desktop.store.read_only import problem_of

        # Every store method is a method of an object holding the engine (Store, PkStore).
        problem = problem_of(getattr(args[0], "engine", None)) if args else None
        if problem is not None:
            raise StorageError(problem.message, "the database is open read-only", problem)
        try:
            return method(*args, **kwargs)
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            raise StorageError(plain_reason(str(exc)), str(exc)) from exc
        except DBAPIError as exc:
            if isinstance(exc.orig, sqlite3.IntegrityError):
                raise
            raise StorageError(plain_reason(str(exc.orig)), str(exc.orig)) from exc

    return guarded
