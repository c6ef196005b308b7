"""Opening the SQLite database: health check, pragmas, version check, backups, migrations."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from desktop.core.messages import Message
from desktop.store import backup, health, read_only
from desktop.store.errors import DatabaseError, NewerDatabaseError, message_of, said
from desktop.store.files import BACKUP_DIRNAME, DB_FILENAME
from desktop.store.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    SQLITE,
    DataStep,
    newer_schema_message,
    statements,
)

__all__ = ["BACKUP_DIRNAME", "DB_FILENAME", "DatabaseError", "NewerDatabaseError"]

log = logging.getLogger(__name__)


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Per connection: SQLite forgets foreign keys and synchronous on every new connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def schema_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(path: Path) -> int:
    """Bring the database at ``path`` to the latest schema; returns the version it was at.

    A newer database is refused untouched. An existing database is backed up first; each step
    runs in its own transaction, so an interrupted migration leaves the previous version intact.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(Message("store.not_readable", path=str(path), reason=said(exc))) from None
        if version > LATEST_VERSION:
            raise NewerDatabaseError(newer_schema_message(version, LATEST_VERSION, path=str(path)))
        if version == LATEST_VERSION:
            return version
        if version > 0:
            try:
                backup.take_backup(conn, path.parent, backup.before_migration(version))
            except backup.BackupError as exc:
                raise DatabaseError(
                    Message("store.not_updated", path=str(path), error=message_of(exc))
                ) from None
        conn.execute("PRAGMA journal_mode = WAL")
        # A step may rebuild a table (SQLite's way to change a constraint): with foreign keys on,
        # dropping the old table would delete every row that refers to it.
        conn.execute("PRAGMA foreign_keys = OFF")
        for step in range(version + 1, LATEST_VERSION + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements(step, SQLITE, MIGRATIONS):
                    if isinstance(statement, DataStep):
                        statement.run(lambda sql: conn.execute(sql).fetchall(), SQLITE)
                    else:
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return version
    finally:
        conn.close()


def open_engine(data_dir: Path) -> Engine:
    """Create the data directory if needed, migrate, and return an engine with safe pragmas.

    On a full disk or in a read-only folder the database is opened read-only instead (see
    ``read_only``): never set aside, never written, and every write refused in plain words.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(Message("store.no_data_folder", folder=str(data_dir), reason=said(exc))) from None
    path = data_dir / DB_FILENAME
    problem = read_only.diagnose(data_dir)
    if problem is None:
        try:
            return _open_writable(data_dir, path)
        except NewerDatabaseError:
            raise
        except (DatabaseError, sqlite3.Error, SQLAlchemyError) as exc:
            # A full disk shows as "disk I/O error", a read-only folder as "unable to open database
            # file": only the folder can tell those from a real failure.
            problem = read_only.diagnose(data_dir)
            if problem is None:
                if isinstance(exc, DatabaseError):
                    raise
                raise DatabaseError(Message("store.cannot_open", path=str(path), reason=said(exc))) from None
            log.warning("Opening %s failed (%s): %s", path, exc, problem.message)
    log.warning("Opening %s read-only: %s", path, problem.message)
    return read_only.open_read_only_engine(path, problem)


def _open_writable(data_dir: Path, path: Path) -> Engine:
    _set_aside_if_damaged(data_dir, path)
    try:
        migrate(path)
    except sqlite3.OperationalError as exc:
        raise DatabaseError(Message("store.cannot_open", path=str(path), reason=said(exc))) from None
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    try:
        with engine.connect() as conn:  # WAL mode needs its -wal and -shm: fails here, not on a screen
            conn.exec_driver_sql("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except BaseException:
        engine.dispose()
        raise
    _daily_backup(data_dir)
    return engine


def _set_aside_if_damaged(data_dir: Path, path: Path) -> None:
    """Before migrating: a damaged file (or not a database at all) is renamed aside, never deleted,
    and the app starts on a new empty database; the notice tells the home screen what happened."""
    check = health.check_file(path)
    if not check.damaged:
        return  # a lock or a permission problem is not damage: migrate() reports it
    try:
        kept = health.set_aside(path, backup.clock())  # the backups' clock: retention compares the two
    except OSError as exc:
        raise DatabaseError(Message("store.cannot_set_aside", path=str(path), reason=said(exc))) from None
    log.warning("The database %s was damaged; it was kept as %s", path, kept)
    health.record_startup_notice(
        data_dir, health.StartupNotice(kept, check.problems, backup.newest_good_backup(data_dir))
    )


def _daily_backup(data_dir: Path) -> None:
    try:
        backup.daily_backup_if_due(data_dir)
    except (backup.BackupError, OSError) as exc:
        # A missed backup must not keep the class from working; the next start tries again.
        log.warning("The daily backup failed: %s", exc)
