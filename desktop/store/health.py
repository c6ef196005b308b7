"""Is a database file healthy? Checking one without changing it, reading what it holds, setting it aside.

Used at start (before migrating), by ``check-db``, and for backups. A damaged file is never
deleted: it is renamed next to the database, with its -wal and -shm, so nothing is lost for good.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.messages import Message, os_reason
from desktop.store.records import Contents, StartupNotice

__all__ = ["Contents", "StartupNotice"]  # records defined with the store's public API

#: SQLite's primary result codes that mean "the file is damaged" (anything else, e.g. a lock or a
#: permission, is not a reason to set a file aside).
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
DAMAGE_CODES = frozenset({_SQLITE_CORRUPT, _SQLITE_NOTADB})

SIDE_FILES = ("-wal", "-shm")

OK, MISSING, EMPTY, DAMAGED, UNREADABLE = "ok", "missing", "empty", "damaged", "unreadable"


@dataclass(frozen=True)
class CheckResult:
    path: Path
    status: str  # ok | missing | empty (zero bytes: SQLite makes it a new database) | damaged | unreadable
    size: int
    problems: tuple[str, ...] = ()  # quick_check / integrity_check lines, or SQLite's error
    schema_version: int | None = None

    @property
    def damaged(self) -> bool:
        return self.status == DAMAGED


_STATUS_WORDS = {
    MISSING: "store.reason.missing",
    EMPTY: "store.reason.empty",
    DAMAGED: "store.reason.damaged",
}


def check_reason(check: CheckResult) -> str:
    """Why a checked file cannot be used, in plain words (SQLite's first line, quoted where it has no
    plain words), said in either language."""
    from desktop.store.errors import said

    if check.problems:
        return said(check.problems[0])
    return Message(_STATUS_WORDS.get(check.status, "store.reason.cannot_open"))


def is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in DAMAGE_CODES


def open_read_only(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that cannot change the file (nor create -wal/-shm beside a closed database).

    Without a -wal file (or with an empty one: it holds no rows, e.g. left by an open that failed on a
    full disk) no connection is writing through a WAL, so the file may be read as immutable, which
    needs no -shm either; with one (the app is running, or crashed) it must be read through the WAL
    to see committed rows.
    """
    uri = Path(path).resolve().as_uri()
    try:
        wal_size = Path(f"{path}-wal").stat().st_size
    except OSError:
        wal_size = 0
    mode = "mode=ro" if wal_size else "mode=ro&immutable=1"
    return sqlite3.connect(f"{uri}?{mode}", uri=True, check_same_thread=check_same_thread)


def check_file(path: Path, thorough: bool = False) -> CheckResult:
    """``PRAGMA quick_check`` (or ``integrity_check`` when ``thorough``), read-only, never raising."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return CheckResult(path, MISSING, 0)
    except OSError as exc:
        return CheckResult(path, UNREADABLE, 0, (os_reason(exc),))
    if size == 0:
        return CheckResult(path, EMPTY, 0)
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        conn = open_read_only(path)
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        status = DAMAGED if is_damage(exc) else UNREADABLE
        return CheckResult(path, status, size, (str(exc),), header_schema_version(path))
    if rows != ["ok"]:
        return CheckResult(path, DAMAGED, size, tuple(rows), version)
    return CheckResult(path, OK, size, (), version)


def header_schema_version(path: Path) -> int | None:
    """``user_version`` straight from the file's header (bytes 60–63), for a file SQLite refuses to read."""
    try:
        with open(path, "rb") as file:
            header = file.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return int.from_bytes(header[60:64], "big")


def _count(conn: sqlite3.Connection, tables: set[str], table: str, where: str = "") -> int:
    if table not in tables:  # an older schema (a v1 backup has no PK sessions)
        return 0
    return int(conn.execute(f"SELECT COUNT(*) FROM {table} {where}").fetchone()[0])


def read_contents(path: Path) -> Contents:
    """Counts from a database file, read-only; raises ``sqlite3.Error`` when it cannot be read."""
    conn = open_read_only(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        }
        rows = tuple((t, conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in sorted(tables))
        return Contents(
            schema_version=version,
            trainees=_count(conn, tables, "person"),
            completed_forms=_count(conn, tables, "assessment", "WHERE completed_at IS NOT NULL"),
            pk_sessions=_count(conn, tables, "pk_session"),
            empty=not any(count for _table, count in rows),
            rows=rows,
        )
    finally:
        conn.close()


_SET_ASIDE_STAMP = re.compile(r"\.damaged-(\d{8}-\d{6})(?:-\d+)?$")


def set_aside_times(path: Path) -> list[datetime]:
    """When a database at ``path`` was set aside as damaged, oldest first (from the kept files' names)."""
    path = Path(path)
    times = []
    for kept in path.parent.glob(f"{path.name}.damaged-*"):
        match = _SET_ASIDE_STAMP.search(kept.name)  # the -wal and -shm beside it do not match
        if match is not None:
            try:
                times.append(datetime.strptime(match[1], "%Y%m%d-%H%M%S"))
            except ValueError:
                continue
    return sorted(set(times))


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (with its -wal and -shm) to ``<name>.damaged-<stamp>``; returns the new path.

    The WAL moves with it, so the kept copy opens exactly as it was; a new database then starts clean.
    """
    path = Path(path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    path.rename(target)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            side.rename(f"{target}{suffix}")
    return target


# -- the notice for the home screen --------------------------------------------------------------
# The check runs inside ``open_engine`` (every way of opening the store), which returns only an
# engine; the notice waits here until the app's context picks it up.
_notices: dict[Path, StartupNotice] = {}
_lock = threading.Lock()


def _key(data_dir: Path) -> Path:
    return Path(data_dir).resolve()


def record_startup_notice(data_dir: Path, notice: StartupNotice) -> None:
    with _lock:
        _notices[_key(data_dir)] = notice


def take_startup_notice(data_dir: Path) -> StartupNotice | None:
    with _lock:
        return _notices.pop(_key(data_dir), None)
