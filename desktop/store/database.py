"""Opening the SQLite database: pragmas, version check, backup before migrating, migrations."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from desktop.store.migrations import LATEST_VERSION, MIGRATIONS

DB_FILENAME = "training-assessment.db"
BACKUP_DIRNAME = "backups"


class DatabaseError(Exception):
    """The database cannot be used; the message is meant for the user."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer version of the app; it is left untouched."""


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
        return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of the live database (WAL included) to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(target) as dest:
        conn.backup(dest)
    dest.close()
    return target


def migrate(path: Path) -> int:
    """Bring the database at ``path`` to the latest schema; returns the version it was at.

    A newer database is refused untouched. An existing database is backed up first; each step
    runs in its own transaction, so an interrupted migration leaves the previous version intact.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{path} is not a readable database ({exc})") from None
        if version > LATEST_VERSION:
            raise NewerDatabaseError(
                f"{path} was written by a newer version of this app (schema {version}; this version "
                f"knows up to {LATEST_VERSION}). Update the app; the database has not been changed."
            )
        if version == LATEST_VERSION:
            return version
        if version > 0:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_to(conn, path.parent / BACKUP_DIRNAME / f"before-migration-v{version}-{stamp}.db")
        conn.execute("PRAGMA journal_mode = WAL")
        for step in range(version + 1, LATEST_VERSION + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[step]:
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
    """Create the data directory if needed, migrate, and return an engine with safe pragmas."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the data folder {data_dir}: {exc.strerror or exc}") from None
    path = data_dir / DB_FILENAME
    try:
        migrate(path)
    except sqlite3.OperationalError as exc:
        raise DatabaseError(f"cannot open the database {path}: {exc}") from None
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine
