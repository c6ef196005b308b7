"""Read-only mode: the disk is full or the data folder is read-only, yet the database is healthy.

Neither is damage: the file is never set aside for it. The app opens the database read-only, so
results can still be viewed, exported and reported, and every write is refused with the same plain
sentence the home screen shows (``StorageProblem.message``).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

from desktop.core.messages import Message
from desktop.store import health
from desktop.store.errors import DatabaseError, said
from desktop.store.files import DB_FILENAME
from desktop.store.health import check_reason
from desktop.store.migrations import LATEST_VERSION
from desktop.store.read_only_engines import mark_read_only, problem_of
from desktop.store.records import DISK_FULL, FOLDER_READ_ONLY, StorageProblem

__all__ = ["DISK_FULL", "FOLDER_READ_ONLY", "StorageProblem", "problem_of"]  # records of the public API

#: Below this much free space SQLite cannot be relied on to open the database for writing (its WAL
#: index alone takes 32 KB), so the disk counts as full.
FULL_BELOW = 256 * 1024


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _folder_read_only(folder: Path) -> bool:
    if hasattr(os, "statvfs"):
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            pass
    # A folder or database the user may not write (root passes this check; a read-only mount does not).
    db = folder / DB_FILENAME
    return not os.access(folder, os.W_OK) or (db.exists() and not os.access(db, os.W_OK))


def diagnose(data_dir: Path) -> StorageProblem | None:
    """Is the data folder read-only, or its disk full? None when neither (reads nothing, writes nothing)."""
    folder = Path(data_dir)
    if not folder.is_dir():
        return None
    if _folder_read_only(folder):
        return StorageProblem(FOLDER_READ_ONLY, folder)
    free = free_bytes(folder)
    if free is not None and free < FULL_BELOW:
        return StorageProblem(DISK_FULL, folder, free)
    return None


# -- the read-only engine -----------------------------------------------------------------------------
def _snapshot(db: Path) -> Path:
    """A private copy of the database and its WAL (a crash left them; the -shm cannot be made here),
    so SQLite can fold in the committed rows there. Removed when the app exits."""
    folder = Path(tempfile.mkdtemp(prefix="training-assessment-read-only-"))
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / db.name
    shutil.copyfile(db, copy)
    shutil.copyfile(f"{db}-wal", f"{copy}-wal")
    with sqlite3.connect(copy) as conn:  # replays the WAL into the copy
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return copy


def _readable(path: Path) -> bool:
    try:
        conn = health.open_read_only(path)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
        return True
    except sqlite3.Error:
        return False


def open_read_only_engine(db: Path, problem: StorageProblem) -> Engine:
    """An engine that reads ``db`` and never writes it (nor anything beside it).

    Raises ``DatabaseError`` (with ``problem``'s words) when there is nothing to show: no database, a
    damaged one, or one whose schema this version must first update.
    """
    check = health.check_file(db)
    if check.status in (health.MISSING, health.EMPTY):
        raise DatabaseError(Message("store.ro_no_database", problem=problem.message))
    source = db
    wal = Path(f"{db}-wal")
    if check.status == health.UNREADABLE and wal.exists() and wal.stat().st_size and not _readable(db):
        try:
            source = _snapshot(db)
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError(
                Message("store.ro_unreadable", path=str(db), reason=said(exc), problem=problem.message)
            ) from None
        check = health.check_file(source)
    if check.status == health.DAMAGED:
        raise DatabaseError(
            Message("store.ro_damaged", path=str(db), reason=said(check.problems[0]), problem=problem.message)
        )
    if check.status != health.OK:
        raise DatabaseError(
            Message("store.ro_unreadable", path=str(db), reason=check_reason(check), problem=problem.message)
        )
    if check.schema_version != LATEST_VERSION:
        raise DatabaseError(
            Message(
                "store.ro_old_schema", path=str(db), version=check.schema_version, problem=problem.message
            )
        )

    def connect() -> sqlite3.Connection:
        conn = health.open_read_only(source, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    mark_read_only(engine, problem)
    return engine
