"""A PostgreSQL server shared by a training department, chosen by URL (``--database`` or the settings).

The same migrations as SQLite's (``migrations.py``) bring the server's schema up to date; the
version is the one row of ``schema_version``. Several app instances may start at once: each step
runs under a transaction-scoped advisory lock and re-reads the version, so a step runs once.
A department backs its server up with ``pg_dump`` (README); the app's file backups are SQLite's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, CursorResult, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from desktop.core.messages import Message
from desktop.store.database import DatabaseError, NewerDatabaseError
from desktop.store.errors import message_of, said
from desktop.store.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    POSTGRESQL,
    DataStep,
    Statement,
    newer_schema_message,
    statements,
)
from desktop.store.records import ServerCheck

__all__ = ["ServerCheck"]  # a record of the store's public API

log = logging.getLogger(__name__)

VERSION_TABLE = "schema_version"
# Any fixed number: the app's instances serialise their migrations on it (pg_advisory_xact_lock).
MIGRATION_LOCK = 7_140_2026
# A dead network must not freeze a screen for minutes: connecting gives up after this many seconds.
CONNECT_TIMEOUT_S = 5
SCHEMES = ("postgresql", "postgres")


def shown_url(url: str) -> str:
    """The URL as the app shows it: the password hidden."""
    try:
        return make_url(driver_url(url)).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, DatabaseError):  # not a server's address: shown as typed
        return url


def driver_url(url: str) -> str:
    """``postgresql://`` (what a department writes) with the driver the app ships (psycopg 3)."""
    scheme, _, rest = url.partition("://")
    if scheme.split("+")[0] not in SCHEMES or not rest:
        raise DatabaseError(Message("store.bad_url", url=url))
    return f"postgresql+psycopg://{rest}" if "+" not in scheme else url


def open_server_engine(url: str) -> Engine:
    """Connect to the server at ``url``, bring its schema up to date, and return the engine.

    Raises ``DatabaseError`` in plain words when the server cannot be reached or refuses us, and
    ``NewerDatabaseError`` (nothing changed) when a newer app has written the schema.
    """
    try:
        engine = create_engine(
            driver_url(url),
            # A connection the server dropped (restart, network) is found and replaced on checkout,
            # so the app reconnects by itself once the server is back.
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "options": "-c timezone=UTC"},
        )
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise DatabaseError(Message("store.url_unusable", url=shown_url(url), reason=said(exc))) from None
    try:
        migrate_server(engine)
    except NewerDatabaseError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseError(
            Message("store.server_failed", url=shown_url(url), problem=server_problem(exc.orig))
        ) from None
    return engine


def server_problem(error: BaseException | None) -> str:
    """Why the server could not be used, in plain words, with what it said (psycopg's words, quoted)."""
    from desktop.store.errors import plain_reason

    words = " ".join(str(error).split())
    return Message("store.server_problem", reason=plain_reason(words), words=words)


def server_schema_version(conn: Connection) -> int:
    exists = conn.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": VERSION_TABLE}).scalar()
    if not exists:
        return 0
    return int(conn.execute(text(f"SELECT COALESCE(MAX(version), 0) FROM {VERSION_TABLE}")).scalar() or 0)


def _rows(result: CursorResult[Any]) -> list[Any]:
    return list(result.fetchall()) if result.returns_rows else []


def _driver_query(conn: Connection) -> Callable[[str], list[Any]]:
    """The ``query(sql)`` a data step runs its SQL through, on this step's connection."""
    return lambda sql: _rows(conn.exec_driver_sql(sql))


def migrate_server(
    engine: Engine, migrations: dict[int, tuple[Statement, ...]] | None = None, latest: int | None = None
) -> int:
    """Run the steps the server lacks, each in its own transaction; returns the version it was at."""
    migrations = MIGRATIONS if migrations is None else migrations
    latest = LATEST_VERSION if latest is None else latest
    with engine.connect() as conn:
        started_at = server_schema_version(conn)
    if started_at > latest:
        raise NewerDatabaseError(
            newer_schema_message(started_at, latest, url=engine.url.render_as_string(hide_password=True))
        )
    for step in range(started_at + 1, latest + 1):
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            conn.execute(text(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)"))
            now = server_schema_version(conn)
            if now >= step:
                continue  # another instance ran it while we waited for the lock
            for statement in statements(step, POSTGRESQL, migrations):
                if isinstance(statement, DataStep):
                    statement.run(_driver_query(conn), POSTGRESQL)
                else:
                    conn.exec_driver_sql(statement)
            conn.execute(text(f"DELETE FROM {VERSION_TABLE}"))
            conn.execute(text(f"INSERT INTO {VERSION_TABLE} (version) VALUES (:v)"), {"v": step})
        log.info("The database server's schema is now version %d", step)
    return started_at


def check_server(url: str) -> ServerCheck:
    """Connect to ``url`` and read its schema version and row counts, changing nothing."""
    from sqlmodel import SQLModel

    from desktop.store import models  # noqa: F401 - registers the tables

    location = shown_url(url)
    try:
        engine = create_engine(
            driver_url(url), connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "options": "-c timezone=UTC"}
        )
    except DatabaseError as exc:
        return ServerCheck(location, message_of(exc))
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        return ServerCheck(location, Message("store.url_unusable", url=location, reason=said(exc)))
    try:
        with engine.connect() as conn:
            server_version = str(conn.execute(text("SHOW server_version")).scalar())
            version = server_schema_version(conn)
            rows: dict[str, int] = {}
            for table in SQLModel.metadata.sorted_tables:
                if conn.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": table.name}).scalar():
                    rows[table.name] = int(
                        conn.execute(text(f"SELECT COUNT(*) FROM {table.name}")).scalar() or 0
                    )
        return ServerCheck(location, None, server_version, version, rows)
    except DBAPIError as exc:
        return ServerCheck(location, server_problem(exc.orig))
    finally:
        engine.dispose()
