"""The id of a row that is in the database, typed as the ``int`` the records carry.

SQLModel types every primary key ``int | None`` because a row built in Python has none until it is
flushed. A row read from the database, or flushed, always has one: missing, it is a bug in the store,
and the error says which row it was rather than letting ``None`` reach a record.
"""

from __future__ import annotations

from typing import Protocol


class UnsavedRowError(RuntimeError):
    """A row's id was asked for before the row reached the database."""


class HasId(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(row: HasId) -> int:
    """``row.id``, or ``UnsavedRowError`` naming the row when it was never flushed."""
    if row.id is None:
        raise UnsavedRowError(f"{type(row).__name__} {row!r} has no id: it was never flushed to the database")
    return row.id
