"""The store's backups, restore and health checks, as methods of ``Store`` (see ``store.py``).

Screens back up, list, restore and ask about the database's health through the store, never
through ``backup``, ``health`` or ``read_only`` themselves. On a PostgreSQL server there are no file
backups, set-asides or read-only mode: the department backs the server up (pg_dump).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from desktop.core.messages import Message, os_reason
from desktop.store import backup as backups
from desktop.store import health, read_only
from desktop.store.changes import BACKUPS, EVERYTHING, Changes
from desktop.store.records import BackupInfo, RestoreResult, StartupNotice, StorageProblem


class DataSafetyMethods:
    """Mixed into ``Store``: what keeps the data safe (backups, restore, read-only mode, damage)."""

    data_dir: Path
    engine: Engine
    server_url: str | None

    def _open(self) -> None:
        raise NotImplementedError  # Store opens the engine and what hangs on it

    def _changed(self, changes: Changes) -> None:
        raise NotImplementedError  # Store tells its listeners

    @property
    def read_only_problem(self) -> StorageProblem | None:
        """Why the database is open read-only (a full disk, a read-only folder); None when writable."""
        return read_only.problem_of(self.engine)

    def take_startup_notice(self) -> StartupNotice | None:
        """The damaged database set aside when the store opened, once (None afterwards, or if none)."""
        return None if self.server_url else health.take_startup_notice(self.data_dir)

    def backups(self) -> list[BackupInfo]:
        """Every backup in the data folder, newest first, with what it holds."""
        return [] if self.server_url else backups.list_backups(self.data_dir)

    def backup(self, reason: str, progress: Callable[[int, int], None] | None = None) -> BackupInfo | None:
        """Back up the database now (verified, then old backups pruned); ``reason`` is one of the
        records' reasons (``PK_SESSION_END``…). None when there was nothing to keep, the database is
        open read-only (nothing could have changed since the last backup) or on a server (backed up by
        the department, not by each laptop). ``progress(pages copied, pages)`` as it copies. Raises
        ``BackupError``."""
        if self.read_only_problem is not None or self.server_url:
            return None
        try:
            taken = backups.automatic_backup(self.data_dir, reason, progress=progress)
        except OSError as exc:
            raise backups.BackupError(Message("backup.failed", reason=os_reason(exc))) from None
        if taken is not None:
            self._changed(BACKUPS)
        return taken

    def restore(self, backup: BackupInfo) -> RestoreResult:
        """Put ``backup`` in place of the database (the data as it is now is backed up first).

        The store closes its database, restores, and opens it again, so the same ``Store`` goes on
        with the restored data. Raises ``BackupError`` when nothing was restored (the store is open
        on the data as it was), ``DatabaseError`` when the database cannot be opened again.
        """
        if self.server_url:
            raise backups.BackupError(Message("backup.on_server"))
        self.engine.dispose()
        try:
            restored = backups.restore_backup(self.data_dir, backup)
        finally:
            self._open()
        self._changed(EVERYTHING)  # every part of the data may differ
        return restored
