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

if TYPE_CHECKING:
    from desktop.store.records import StorageProblem

P = ParamSpec("P")
R = TypeVar("R")

SERVER_UNREACHABLE = "the database server cannot be reached (is it running, is the network up?)"

PLAIN_WORDS = (
    ("database or disk is full", "the disk is full"),
    ("disk i/o error", "the disk could not be written (it may be full or removed)"),
    ("readonly database", "the data folder is read-only"),
    ("unable to open database file", "the database file cannot be opened (was the data folder moved?)"),
    ("database is locked", "another program is holding the database"),
    # PostgreSQL (psycopg): the server stopped, restarted, or the network between us went away.
    ("connection refused", SERVER_UNREACHABLE),
    ("server closed the connection", SERVER_UNREACHABLE),
    ("terminating connection", SERVER_UNREACHABLE),
    ("the database system is", SERVER_UNREACHABLE),  # ... shutting down / starting up / in recovery mode
    ("connection timeout", SERVER_UNREACHABLE),
    ("timeout expired", SERVER_UNREACHABLE),
    ("could not translate host name", "the database server's name is not known (check the address)"),
    ("no route to host", SERVER_UNREACHABLE),
    ("consuming input failed", SERVER_UNREACHABLE),
    ("the connection is closed", SERVER_UNREACHABLE),
    ("connection failed", SERVER_UNREACHABLE),
    ("password authentication failed", "the database server refused the user name or password"),
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
        super().__init__(
            f"class name: '{name}' is already a class on the shared server ({trainees} trainees); "
            "join it, or type another name for a new class"
        )
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


def plain_reason(message: str) -> str:
    lowered = message.lower()
    return next(
        (words for needle, words in PLAIN_WORDS if needle in lowered), "the database refused the change"
    )


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
            raise StorageError(problem.message, "the database is open read-only", problem)
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
