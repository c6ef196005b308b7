"""``python -m desktop check-db [--restore]``: is the database damaged? (like Anki's "Check Database")

On a PostgreSQL server (``--database URL`` or the settings): the connection, the schema version and
the row counts of every table; the server itself checks its pages, and ``pg_dump`` backs it up.

Reads the database without changing it and says what it found: the file, its size, its schema
version, ``PRAGMA integrity_check``, what it holds, and the newest backup. Exit 1 on damage.
Only with ``--restore`` does it change anything: the damaged file is set aside (kept) and the
newest good backup is restored in its place.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.messages import Message

if TYPE_CHECKING:
    from desktop.store.backup import BackupInfo
    from desktop.store.health import Contents

#: prints one line: the message ``code`` with its values, in the command's language
Say = Callable[..., None]


def _size(size: int) -> Message:
    if size < 1024 * 1024:
        return Message("db.bytes", bytes=f"{size:,}")
    return Message("db.megabytes", size=f"{size / 1024 / 1024:.1f}", bytes=f"{size:,}")


def _holds(contents: Contents) -> Message:
    return Message(
        "db.holds",
        trainees=contents.trainees,
        forms=contents.completed_forms,
        sessions=contents.pk_sessions,
    )


def _reason(reason: str) -> str:
    """A backup's reason as its file name has it (daily, before-migration-v5…), in words."""
    migration = re.fullmatch(r"before-migration-v(\d+)", reason)
    if migration:
        return Message("db.reason_migration", version=int(migration[1]))
    code = {"daily": "db.reason_daily", "pk-session-end": "db.reason_pk", "before-restore": "db.reason_restore",
            "before-merge": "db.reason_merge"}.get(reason)  # fmt: skip
    return Message(code) if code else reason


def _backup_line(info: BackupInfo) -> Message:
    holds: str = _holds(info.contents) if info.contents is not None else Message("db.unreadable")
    if info.needs_newer_version and info.contents is not None:
        holds = Message("db.needs_newer", schema=info.contents.schema_version)
    return Message(
        "db.backup_line",
        taken=f"{info.taken_at:%Y-%m-%d %H:%M}",
        reason=_reason(info.reason),
        holds=holds,
        path=str(info.path),
    )


def check_db(data_dir: Path, restore: bool = False, lang: str = "en") -> int:
    """Check and say what was found, in ``lang`` (English unless ``zh_CN``); 1 on damage."""
    from desktop.database_choice import chosen_database_url

    def say(code: str, **values: object) -> None:
        print(Message(code, **values).localise(lang))

    try:
        url = chosen_database_url(Path(data_dir))
        if url is not None:
            return _check_server(url, restore, say)
        return _check_db(Path(data_dir), restore, say, lang)
    except Exception as exc:  # noqa: BLE001 - a checking tool must explain, never show a traceback
        from desktop.store.errors import BackupError, DatabaseError, message_of

        known = isinstance(exc, DatabaseError | BackupError)  # the store's own words, in either language
        stopped = Message("db.stopped", error=message_of(exc) if known else f"{type(exc).__name__}: {exc}")
        print(stopped.localise(lang), file=sys.stderr)
        return 1


def _check_server(url: str, restore: bool, say: Say) -> int:
    """A PostgreSQL server: the connection, the schema version and the row counts; nothing changed."""
    from desktop.store.migrations import LATEST_VERSION
    from desktop.store.server import check_server

    check = check_server(url)
    say("db.server", location=check.location)
    if check.problem is not None:
        say("db.connection_failed", problem=check.problem)
        say("db.result_not_checked")
        return 1
    say("db.connection_ok", version=check.server_version)
    if not check.schema_version:
        say("db.schema_none", latest=LATEST_VERSION)
    else:
        say("db.schema", schema=check.schema_version, latest=LATEST_VERSION)
    for table, count in check.rows.items():
        say("db.rows", table=table, count=f"{count:,}")
    if restore:
        say("db.server_restore")
    if check.newer:
        say("db.result_newer", schema=check.schema_version, latest=LATEST_VERSION)
        return 1
    say("db.result_server_ok" if check.schema_version else "db.result_ok")
    return 0


def _check_db(data_dir: Path, restore: bool, say: Say, lang: str) -> int:
    from desktop.network_folder import network_file_system
    from desktop.store import backup, health, read_only
    from desktop.store.database import DB_FILENAME
    from desktop.store.migrations import LATEST_VERSION

    if not data_dir.is_dir():
        print(Message("db.no_folder", folder=str(data_dir)).localise(lang), file=sys.stderr)
        return 1
    db = data_dir / DB_FILENAME
    check = health.check_file(db, thorough=True)
    backups = backup.list_backups(data_dir)
    say("db.file", path=str(db))
    network = network_file_system(data_dir)
    if network:
        say("db.network", network=network)

    if check.status == health.MISSING:
        say("db.missing")
    elif check.status == health.EMPTY:
        say("db.empty")
    else:
        say("db.size", size=_size(check.size))
    if check.status in (health.OK, health.DAMAGED):
        if check.schema_version is not None:
            say("db.schema", schema=check.schema_version, latest=LATEST_VERSION)
        else:
            say("db.schema_unreadable")
    if check.status == health.OK:
        say("db.integrity_ok")
        try:
            say("db.holds_line", holds=_holds(health.read_contents(db)))
        except Exception as exc:  # noqa: BLE001 - counts are informative; the check itself passed
            from desktop.store.errors import said

            say("db.holds_uncounted", error=said(exc))
    elif check.status == health.DAMAGED:
        say("db.integrity_failed")
        for line in check.problems[:10]:
            print(f"  {line}")  # SQLite's own words
        if len(check.problems) > 10:
            say("db.more_problems", count=len(check.problems) - 10)
    elif check.status == health.UNREADABLE:
        say("db.cannot_open", problem=health.check_reason(check))
        say("db.cannot_open_why")

    newest = backup.newest_good_backup(data_dir)
    folder = str(backup.backups_dir(data_dir))
    if backups:
        say("db.backups", count=len(backups), folder=folder)
        say("db.newest_backup", line=_backup_line(backups[0]))
        if newest is not None and newest.path != backups[0].path:
            say("db.newest_good_backup", line=_backup_line(newest))
    else:
        say("db.no_backups", folder=folder)

    needs_restore = check.status in (health.DAMAGED, health.MISSING)
    for info in (b for b in backups if b.needs_newer_version):
        say("db.skipped_newer", line=_backup_line(info))
    if check.status == health.OK and (check.schema_version or 0) > LATEST_VERSION:
        say("db.result_newer", schema=check.schema_version, latest=LATEST_VERSION)
        return 1
    problem = read_only.diagnose(data_dir)
    if problem is not None:
        # What the app does with this folder, in its words: the file is not damaged for it.
        full = problem.kind == read_only.DISK_FULL
        say("db.storage_full" if full else "db.storage_read_only", folder=str(problem.folder))
        if check.status == health.OK:
            say("db.opens_read_only")
    if check.status == health.OK or check.status == health.EMPTY:
        say("db.result_read_only" if problem else "db.result_no_damage")
        return 0
    if check.status == health.UNREADABLE:
        say("db.result_not_checked")
        return 1
    if not restore:
        say("db.result_damaged" if check.status == health.DAMAGED else "db.result_no_database")
        say("db.run_restore" if newest is not None else "db.no_good_backup")
        return 1
    if not needs_restore or newest is None:
        say("db.no_good_backup_unchanged")
        say("db.start_sets_aside")
        return 1
    try:
        result = backup.restore_backup(data_dir, newest)
    except backup.BackupError as exc:
        from desktop.store.errors import message_of

        print(Message("db.not_restored", error=message_of(exc)).localise(lang), file=sys.stderr)
        return 1
    if result.set_aside is not None:
        say("db.set_aside", path=str(result.set_aside))
    say("db.restored", line=_backup_line(result.restored))
    after = health.check_file(db, thorough=True)
    if after.status == health.OK:
        say("db.after_restore_ok")
    else:
        say("db.after_restore", status=after.status)
    return 0 if after.status == health.OK else 1
