"""The store's error types (part of its public API), and storage failures a user can act on (a full
disk, a read-only or vanished folder) as one error type.

Every write of the store goes through ``writes``: SQLite's and PostgreSQL's own errors become
``StorageError`` with a plain sentence, so screens catch one type and say what to do, and nothing
is acknowledged. The database has already rolled the failed transaction back, so nothing committed
before is touched; on a server, the next write reconnects by itself (``pool_pre_ping``).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from desktop.core.messages import Message, os_reason

if TYPE_CHECKING:
    from desktop.store.records import StorageProblem

P = ParamSpec("P")
R = TypeVar("R")

SERVER_UNREACHABLE = Message("store.reason.unreachable")

#: what SQLite or the server said (lower case) → the same in plain words, a message said in either language
PLAIN_WORDS = (
    ("database or disk is full", Message("store.reason.disk_full")),
    ("disk i/o error", Message("store.reason.io")),
    ("readonly database", Message("store.reason.read_only")),
    ("unable to open database file", Message("store.reason.cannot_open")),
    ("database is locked", Message("store.reason.locked")),
    # PostgreSQL (psycopg): the server stopped, restarted, or the network between us went away.
    ("connection refused", SERVER_UNREACHABLE),
    ("server closed the connection", SERVER_UNREACHABLE),
    ("terminating connection", SERVER_UNREACHABLE),
    ("the database system is", SERVER_UNREACHABLE),  # ... shutting down / starting up / in recovery mode
    ("connection timeout", SERVER_UNREACHABLE),
    ("timeout expired", SERVER_UNREACHABLE),
    ("could not translate host name", Message("store.reason.unknown_host")),
    ("no route to host", SERVER_UNREACHABLE),
    ("consuming input failed", SERVER_UNREACHABLE),
    ("the connection is closed", SERVER_UNREACHABLE),
    ("connection failed", SERVER_UNREACHABLE),
    ("password authentication failed", Message("store.reason.password")),
)
#: what SQLite says of a file that is not a database, or a damaged one (a reason to read, not to write)
DAMAGE_WORDS = (
    ("file is not a database", Message("store.reason.not_a_database")),
    ("malformed", Message("store.reason.damaged")),
    ("database corrupt", Message("store.reason.damaged")),
)


class DatabaseError(Exception):
    """The database cannot be used; the message is meant for the user."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer version of the app; it is left untouched."""


class BackupError(Exception):
    """A backup could not be taken or restored; the message is meant for the user."""


class InputError(ValueError):
    """A value typed by the user cannot be stored; the message names the field."""


class ClassAlreadyOnServer(InputError):
    """A typed class name is already a class on the shared server: join it, or name the new one otherwise."""

    def __init__(self, name: str, trainees: int):
        super().__init__(Message("store.class_on_server", name=name, trainees=trainees))
        self.name = name
        self.trainees = trainees


class StorageError(Exception):
    """A write did not happen; ``reason`` says why in plain words, ``detail`` is the database's message.

    ``problem`` is set when the database is open read-only (a full disk, a read-only folder): the
    write was refused before SQLite saw it, for the reason the home screen shows.
    """

    def __init__(self, reason: str, detail: str, problem: StorageProblem | None = None):
        super().__init__(f"{reason} ({detail})")
        self.reason = reason
        self.detail = detail
        self.problem = problem

    @property
    def said(self) -> str:
        """The database's own message, quoted as what it said (a message of the store's as it is)."""
        return self.detail if isinstance(self.detail, Message) else Message("store.said", words=self.detail)


def plain_reason(message: str) -> Message:
    """Why a write failed, in plain words, from what the database said."""
    lowered = message.lower()
    return next(
        (words for needle, words in PLAIN_WORDS if needle in lowered), Message("store.reason.refused")
    )


def said(words: object) -> str:
    """What SQLite, the system or a server said, in plain words where the store knows them (a full disk,
    a file that is not a database…); otherwise its own words, quoted as said."""
    if isinstance(words, Message):
        return words
    if isinstance(words, OSError):
        return os_reason(words)
    text = " ".join(str(words).split())
    lowered = text.lower()
    for needle, plain in (*DAMAGE_WORDS, *PLAIN_WORDS):
        if needle in lowered:
            return plain
    return Message("store.said", words=text)


def message_of(error: BaseException) -> str:
    """The message an error of the store was raised with (a ``Message`` when the store said it), to be
    said in the interface's language; ``str(error)`` for anything else."""
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)


def writes(method: Callable[P, R]) -> Callable[P, R]:
    """Turn the database's operational errors during a write into ``StorageError``."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        # Here, so screens can import this module before storage loads.
        from sqlalchemy.exc import DBAPIError, IntegrityError

        from desktop.store.read_only_engines import problem_of

        # Every store method is a method of an object holding the engine (Store, PkStore).
        problem = problem_of(getattr(args[0], "engine", None)) if args else None
        if problem is not None:
            raise StorageError(problem.message, Message("store.reason.open_read_only"), problem)
        try:
            return method(*args, **kwargs)
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            raise StorageError(plain_reason(str(exc)), str(exc)) from exc
        except DBAPIError as exc:
            if isinstance(exc, IntegrityError) or isinstance(exc.orig, sqlite3.IntegrityError):
                raise
            raise StorageError(plain_reason(str(exc.orig)), str(exc.orig)) from exc

    return guarded


def retries_a_race(method: Callable[P, R]) -> Callable[P, R]:
    """Run the write again once when it lost a race for a unique name to another app on the same server.

    Two facilitators typing the same new class at once both find no such class and both insert it:
    the second insert breaks the unique name and its transaction is rolled back whole. Run again,
    it finds the class the other one made. A second failure is a real error and is raised.
    """

    @functools.wraps(method)
    def again(*args: P.args, **kwargs: P.kwargs) -> R:
        from sqlalchemy.exc import IntegrityError

        try:
            return method(*args, **kwargs)
        except IntegrityError:
            return method(*args, **kwargs)

    return again
