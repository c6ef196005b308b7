"""Backups: taken online and verified, listed with what they hold, pruned, and restored.

A backup is one self-contained SQLite file (rollback journal, no -wal beside it) in
``DATA_DIR/backups``, named ``<reason>-<YYYYmmdd-HHMMSS>.db`` in local time, so the folder reads
well in a file manager and the name alone says when and why. Reasons: ``daily``,
``pk-session-end``, ``before-restore`` and ``before-migration-vN`` (never pruned automatically).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.messages import Message
from desktop.store import health
from desktop.store.errors import BackupError, said
from desktop.store.files import BACKUP_DIRNAME, DB_FILENAME
from desktop.store.migrations import LATEST_VERSION
from desktop.store.records import (
    BEFORE_RESTORE,
    DAILY,
    MIGRATION_PREFIX,
    PK_SESSION_END,
    BackupInfo,
    RestoreResult,
)
from desktop.store.retention import KEEP_LAST, backups_to_keep

# The retention rules, as used here and by check-db; the records and error of the store's public API.
__all__ = [
    "KEEP_LAST",
    "PK_SESSION_END",
    "BackupError",
    "BackupInfo",
    "RestoreResult",
    "backups_to_keep",
]

log = logging.getLogger(__name__)

DAILY_INTERVAL = timedelta(hours=24)
#: pages copied per step when the copy reports its progress (4 MiB of 4 KiB pages)
BACKUP_STEP_PAGES = 1024

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<reason>daily|pk-session-end|before-restore|before-merge|before-migration-v\d+)"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$"
)

#: The wall clock (local, naive: backup names are local time). Tests replace it.
clock: Callable[[], datetime] = datetime.now


def before_migration(version: int) -> str:
    return f"{MIGRATION_PREFIX}{version}"


@dataclass(frozen=True, order=True)
class BackupName:
    taken_at: datetime
    n: int  # 1, or 2, 3 … for more backups in the same second: orders them after the first
    name: str
    reason: str

    @property
    def prunable(self) -> bool:
        return not self.reason.startswith(MIGRATION_PREFIX)


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIRNAME


def parse_name(name: str) -> BackupName | None:
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupName(taken_at, int(match["n"] or 1), name, match["reason"])


def _names(data_dir: Path) -> list[BackupName]:
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return [parsed for p in folder.iterdir() if p.is_file() and (parsed := parse_name(p.name))]


# -- taking ----------------------------------------------------------------------------------------
def _target(folder: Path, reason: str, now: datetime) -> Path:
    base = f"{reason}-{now.strftime(_STAMP)}"
    target, n = folder / f"{base}.db", 2
    while target.exists():  # two backups in one second (a session ended right after a start)
        target, n = folder / f"{base}-{n}.db", n + 1
    return target


def take_backup(
    source: Path | sqlite3.Connection,
    data_dir: Path,
    reason: str,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    """Copy the database with SQLite's backup API (consistent while the app writes), then verify it.
    ``progress(pages copied, pages)`` is told as the copy goes (a progress bar's counts).

    The copy is written under a temporary name and renamed only once ``PRAGMA integrity_check``
    passes, so a half-written or damaged copy never looks like a backup: it is deleted and
    ``BackupError`` says why.
    """
    now = now or clock()
    folder = backups_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(Message("backup.no_folder", folder=str(folder), reason=said(exc))) from None
    target = _target(folder, reason, now)
    partial = target.with_name(target.name + ".partial")
    try:
        src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(source, timeout=5)
        try:
            with closing(sqlite3.connect(partial)) as dest:
                if progress is None:
                    src.backup(dest)
                else:
                    src.backup(
                        dest,
                        pages=BACKUP_STEP_PAGES,
                        progress=lambda _status, remaining, total: progress(total - remaining, total),
                    )
                # The copy inherits WAL mode from the live file; a backup must be one file on its own.
                dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            if src is not source:
                src.close()
    except sqlite3.Error as exc:
        _remove(partial)
        raise BackupError(Message("backup.not_written", reason=said(exc))) from None
    check = health.check_file(partial, thorough=True)
    if check.status != health.OK:
        _remove(partial)
        raise BackupError(Message("backup.check_failed", reason=health.check_reason(check)))
    os.replace(partial, target)
    return describe(target)


def _remove(path: Path) -> None:
    for p in (path, *(Path(f"{path}{s}") for s in (*health.SIDE_FILES, "-journal"))):
        p.unlink(missing_ok=True)


def describe(path: Path) -> BackupInfo:
    parsed = parse_name(path.name)
    taken_at = parsed.taken_at if parsed else datetime.fromtimestamp(path.stat().st_mtime)
    try:
        contents: health.Contents | None = health.read_contents(path)
    except sqlite3.Error:
        contents = None
    return BackupInfo(path, taken_at, parsed.reason if parsed else "", path.stat().st_size, contents)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in the data folder, newest first, with what it holds (read-only)."""
    folder = backups_dir(data_dir)
    return [describe(folder / b.name) for b in sorted(_names(data_dir), reverse=True)]


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that holds data, passes ``integrity_check`` and this version can restore
    (one written by a newer version of the app is passed over)."""
    for name in sorted(_names(data_dir), reverse=True):
        path = backups_dir(data_dir) / name.name
        if health.check_file(path, thorough=True).status == health.OK:
            info = describe(path)
            if info.contents is not None and not info.contents.empty and not info.needs_newer_version:
                return info
    return None


def _newer_version_problem(source: Path, version: int | None) -> str | None:
    if version is None or version <= LATEST_VERSION:
        return None
    return Message("backup.newer", name=source.name, version=version, latest=LATEST_VERSION)


#: What each backup holds, by (path, size, mtime): a backup never changes once taken, so pruning after
#: every PK session reads only the new one (and any file changed on disk since).
_contents_seen: dict[tuple[str, int, int], health.Contents | None] = {}


def _good_contents(path: Path) -> health.Contents | None:
    """What a backup holds, when it can be read and holds something; None otherwise.

    Every backup passed ``integrity_check`` when it was taken; here a file damaged since then shows
    as one that cannot be read.
    """
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _contents_seen:
        try:
            contents: health.Contents | None = health.read_contents(path)
        except sqlite3.Error:
            contents = None
        _contents_seen[key] = None if contents is None or contents.empty else contents
    return _contents_seen[key]


def _protected(data_dir: Path, names: list[BackupName], set_asides: list[datetime]) -> set[BackupName]:
    """The backups no calendar rule may delete, because restoring one of them is the only way back:

    - the newest good backup of any kind;
    - the newest good backup that holds more rows in some table than the database holds now (after a
      set-aside, or a class that deleted by mistake, that is the one with the data);
    - the newest good backup from before each set-aside.
    """
    try:
        current = health.read_contents(Path(data_dir) / DB_FILENAME)
    except sqlite3.Error:
        current = None  # damaged or missing: any backup with data holds more
    folder = backups_dir(data_dir)
    newest_first = sorted(names, reverse=True)
    wanted_before = set(set_asides)
    protected: set[BackupName] = set()
    newest_good = holds_more = False
    for name in newest_first:
        if newest_good and holds_more and not wanted_before:
            break
        contents = _good_contents(folder / name.name)
        if contents is None:
            continue
        if not newest_good:
            newest_good = True
            protected.add(name)
        if not holds_more and (current is None or contents.holds_more_than(current)):
            holds_more = True
            protected.add(name)
        for moment in [m for m in wanted_before if name.taken_at <= m]:
            wanted_before.discard(moment)
            protected.add(name)
    return protected


def prune_backups(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the retention policy does not keep; returns the deleted files."""
    names = _names(data_dir)
    set_asides = health.set_aside_times(Path(data_dir) / DB_FILENAME)
    keep = backups_to_keep(names, now or clock(), set_asides)
    if any(name not in keep for name in names):
        keep |= _protected(data_dir, names, set_asides)
    deleted = []
    for name in names:
        if name not in keep:
            path = backups_dir(data_dir) / name.name
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted


def automatic_backup(
    data_dir: Path,
    reason: str,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BackupInfo | None:
    """Back up the database unless it holds nothing, then prune; None when there was nothing to keep.
    ``progress`` as for ``take_backup``."""
    now = now or clock()
    db = Path(data_dir) / DB_FILENAME
    try:
        if health.read_contents(db).empty:
            return None
    except sqlite3.Error as exc:
        raise BackupError(Message("backup.db_unreadable", reason=said(exc))) from None
    info = take_backup(db, data_dir, reason, now, progress)
    prune_backups(data_dir, now)
    return info


def daily_backup_if_due(data_dir: Path, now: datetime | None = None) -> BackupInfo | None:
    """A daily backup when the newest backup (of any kind) is 24 hours old or more."""
    now = now or clock()
    # One dated in the future (the clock was wrong then) must not hold back today's backup.
    newest = max((b.taken_at for b in _names(data_dir) if b.taken_at <= now), default=None)
    if newest is not None and now - newest < DAILY_INTERVAL:
        return None
    if not (Path(data_dir) / DB_FILENAME).exists():
        return None
    return automatic_backup(data_dir, DAILY, now)


# -- restoring -------------------------------------------------------------------------------------
def _settle_wal(db: Path) -> None:
    """Fold the WAL into the file, so the -wal left behind (if any) can only be another program's."""
    with closing(sqlite3.connect(db, timeout=5)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The last connection to close deletes the -wal; if it is still there, another one is open.
    if Path(f"{db}-wal").exists():
        raise BackupError(Message("backup.in_use", path=str(db)))


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":  # a rename is durable only once its directory is synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def restore_backup(data_dir: Path, backup: BackupInfo | Path, now: datetime | None = None) -> RestoreResult:
    """Replace the database with ``backup``. Every engine on the database must be closed first.

    The current data is backed up first (reason before-restore; set aside instead when it is too
    damaged to copy). The backup is copied with the backup API next to the database, verified, and
    renamed over it after the old -wal/-shm are removed (a stale WAL would be replayed into the
    restored file). Nothing is changed when the backup itself fails its check.
    """
    data_dir = Path(data_dir)
    now = now or clock()
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    check = health.check_file(source, thorough=True)
    if check.status != health.OK:
        raise BackupError(Message("backup.unusable", name=source.name, reason=health.check_reason(check)))
    newer = _newer_version_problem(source, check.schema_version)
    if newer is not None:
        raise BackupError(newer)
    info = backup if isinstance(backup, BackupInfo) else describe(source)
    db = data_dir / DB_FILENAME
    safety = kept = None
    current = health.check_file(db)
    try:
        if current.status == health.DAMAGED:
            kept = health.set_aside(db, now)
        elif current.status == health.OK:
            _settle_wal(db)
            if not health.read_contents(db).empty:
                safety = take_backup(db, data_dir, BEFORE_RESTORE, now)
        elif current.status == health.UNREADABLE:
            raise BackupError(
                Message("backup.current_unreadable", path=str(db), reason=health.check_reason(current))
            )
        staging = data_dir / f"{DB_FILENAME}.restoring"
        _remove(staging)
        with closing(health.open_read_only(source)) as src, closing(sqlite3.connect(staging)) as dest:
            src.backup(dest)
        if health.check_file(staging, thorough=True).status != health.OK:
            _remove(staging)
            raise BackupError(Message("backup.copy_check_failed", name=source.name))
        for suffix in health.SIDE_FILES:
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        os.replace(staging, db)
        _fsync_dir(data_dir)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(Message("backup.restore_failed", reason=said(exc))) from None
    after = health.check_file(db, thorough=True)
    if after.status != health.OK:
        raise BackupError(Message("backup.restored_damaged", reason=health.check_reason(after)))
    log.info("Restored %s over %s", source, db)
    return RestoreResult(info, safety, kept)
