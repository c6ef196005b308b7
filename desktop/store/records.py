"""The plain records the store hands to screens: backups, what a database holds, why it is read-only,
PK sessions. Part of the store's public API (with ``Store`` and ``desktop.store.errors``): screens
import these, never the modules that make them. Nothing here imports SQL or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.store.files import DB_FILENAME

if TYPE_CHECKING:
    from desktop.core.merge import MergePlan

DISK_FULL, FOLDER_READ_ONLY = "disk-full", "folder-read-only"

#: Why a backup was taken (its file name starts with it): every day the app is used, at the end of a
#: PK session, before a restore, before a schema update (the version it updated from follows).
DAILY = "daily"
PK_SESSION_END = "pk-session-end"
BEFORE_RESTORE = "before-restore"
BEFORE_MERGE = "before-merge"  # two records of one trainee merged: restoring it undoes the merge
MIGRATION_PREFIX = "before-migration-v"


def database_file(data_dir: Path) -> Path:
    """Where the database of a data folder is, whether or not it could be opened."""
    return Path(data_dir) / DB_FILENAME


def known_schema_version() -> int:
    """The newest schema this version of the app can open."""
    from desktop.store.migrations import LATEST_VERSION  # only when asked: records load with the screens

    return LATEST_VERSION


@dataclass(frozen=True)
class Contents:
    """What a database holds, as a trainer counts it."""

    schema_version: int
    trainees: int
    completed_forms: int
    pk_sessions: int
    empty: bool  # not a single row in any table: nothing worth backing up
    rows: tuple[tuple[str, int], ...] = ()  # (table, row count) for every table, by name

    def holds_more_than(self, other: Contents) -> bool:
        """Some table has more rows here than in ``other``: restoring this would bring rows back."""
        theirs = dict(other.rows)
        return any(count > theirs.get(table, 0) for table, count in self.rows)

    @property
    def needs_newer_version(self) -> bool:
        """Written by a newer version of the app: this one cannot open it (nor may it try)."""
        return self.schema_version > known_schema_version()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    contents: Contents | None  # None: the file cannot be read (damaged)

    @property
    def needs_newer_version(self) -> bool:
        """Written by a newer version of the app: this one cannot restore it (nor may it try)."""
        return self.contents is not None and self.contents.needs_newer_version


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_backup: BackupInfo | None  # the data as it was just before (reason before-restore)
    set_aside: Path | None  # the database when it was too damaged to back up


@dataclass(frozen=True)
class StartupNotice:
    """The database was damaged when the app started: where it was kept, and the backup to offer."""

    kept_as: Path
    problems: tuple[str, ...]
    newest_backup: BackupInfo | None = None


@dataclass(frozen=True)
class StorageProblem:
    """Why the database is open read-only (a full disk, a read-only folder)."""

    kind: str  # DISK_FULL | FOLDER_READ_ONLY
    folder: Path
    free_bytes: int | None = None

    @property
    def message(self) -> str:
        """What it is, where, and what to do (a message in either language; screens say it by ``kind``)."""
        from desktop.core.messages import Message

        code = "store.problem.disk_full" if self.kind == DISK_FULL else "store.problem.read_only"
        return Message(code, folder=str(self.folder))


@dataclass(frozen=True)
class PkSessionRecord:
    id: int
    title: str
    setup: dict[str, Any]
    created_at: datetime
    ended_at: datetime | None
    event_count: int


@dataclass(frozen=True)
class ServerCheck:
    """What ``check-db`` reports about a server: reached or not, its schema, and what it holds."""

    location: str
    problem: str | None  # why the server cannot be used, in plain words; None when it answered
    server_version: str = ""
    schema_version: int | None = None
    rows: dict[str, int] = field(default_factory=dict)  # table -> row count

    @property
    def newer(self) -> bool:
        return self.schema_version is not None and self.schema_version > known_schema_version()


@dataclass(frozen=True)
class MergeResult:
    """Two records of one trainee merged: what was done, and the backup that undoes it."""

    plan: MergePlan
    backup: BackupInfo | None  # restore it to undo the merge; None on a server (the department's backups)
