"""``python -m desktop check-db [--restore]``: is the database damaged? (like Anki's "Check Database")

On a PostgreSQL server (``--database URL`` or the settings): the connection, the schema version and
the row counts of every table; the server itself checks its pages, and ``pg_dump`` backs it up.

Reads the database without changing it and says what it found: the file, its size, its schema
version, ``PRAGMA integrity_check``, what it holds, and the newest backup. Exit 1 on damage.
Only with ``--restore`` does it change anything: the damaged file is set aside (kept) and the
newest good backup is restored in its place.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.backup import BackupInfo
    from desktop.store.health import Contents


def _size(size: int) -> str:
    return f"{size:,} bytes" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB ({size:,} bytes)"


def _holds(contents: Contents) -> str:
    return (
        f"{contents.trainees} trainees, {contents.completed_forms} completed forms, "
        f"{contents.pk_sessions} PK sessions"
    )


def _backup_line(info: BackupInfo) -> str:
    holds = _holds(info.contents) if info.contents is not None else "cannot be read"
    if info.needs_newer_version:
        holds = f"needs a newer version of this app (schema {info.contents.schema_version})"
    return f"{info.taken_at:%Y-%m-%d %H:%M} ({info.reason}): {holds} — {info.path}"


def check_db(data_dir: Path, restore: bool = False) -> int:
    from desktop.database_choice import chosen_database_url

    try:
        url = chosen_database_url(Path(data_dir))
        if url is not None:
            return _check_server(url, restore)
        return _check_db(Path(data_dir), restore)
    except Exception as exc:  # noqa: BLE001 - a checking tool must explain, never show a traceback
        print(f"error: the check stopped: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _check_server(url: str, restore: bool) -> int:
    """A PostgreSQL server: the connection, the schema version and the row counts; nothing changed."""
    from desktop.store.migrations import LATEST_VERSION
    from desktop.store.server import check_server

    check = check_server(url)
    print(f"Database: {check.location} (PostgreSQL server)")
    if check.problem is not None:
        print(f"Connection: FAILED — {check.problem}")
        print("Result: not checked. Nothing was changed.")
        return 1
    print(f"Connection: ok (PostgreSQL {check.server_version})")
    if not check.schema_version:
        print(
            f"Schema version: none yet (this app: {LATEST_VERSION}); the app creates the tables when it starts."
        )
    else:
        print(f"Schema version: {check.schema_version} (this app: {LATEST_VERSION})")
    for table, count in check.rows.items():
        print(f"Rows: {table}: {count:,}")
    if restore:
        print(
            "--restore restores the app's own SQLite backups; a server is restored from its pg_dump (README)."
        )
    if check.newer:
        print(
            f"Result: written by a newer version of this app (schema {check.schema_version}; this app knows "
            f"up to {LATEST_VERSION}). Update the app to use it. Nothing was changed."
        )
        return 1
    print(
        "Result: the server answers and its schema is one this app uses."
        if check.schema_version
        else "Result: ok."
    )
    return 0


def _check_db(data_dir: Path, restore: bool) -> int:
    from desktop.store import backup, health, read_only
    from desktop.store.database import DB_FILENAME
    from desktop.store.migrations import LATEST_VERSION

    if not data_dir.is_dir():
        print(
            f"error: there is no data folder at {data_dir} (use --data-dir to name another one)",
            file=sys.stderr,
        )
        return 1
    db = data_dir / DB_FILENAME
    check = health.check_file(db, thorough=True)
    backups = backup.list_backups(data_dir)
    print(f"Database: {db}")
    from desktop.network_folder import network_file_system

    network = network_file_system(data_dir)
    if network:
        print(
            f"Warning: the data folder is on a network file system ({network}); SQLite there can damage the "
            "database when two computers use it. Use a local folder, or a PostgreSQL server (--database)."
        )

    if check.status == health.MISSING:
        print("There is no database in this folder (the app creates one when it starts).")
    elif check.status == health.EMPTY:
        print("Size: 0 bytes: an empty file; the app makes it a new database when it starts.")
    else:
        print(f"Size: {_size(check.size)}")
    if check.status in (health.OK, health.DAMAGED):
        if check.schema_version is not None:
            print(f"Schema version: {check.schema_version} (this app: {LATEST_VERSION})")
        else:
            print("Schema version: cannot be read")
    if check.status == health.OK:
        print("Integrity check: ok")
        try:
            print(f"Holds: {_holds(health.read_contents(db))}")
        except Exception as exc:  # noqa: BLE001 - counts are informative; the check itself passed
            print(f"Holds: cannot be counted ({exc})")
    elif check.status == health.DAMAGED:
        print("Integrity check: FAILED — the database is damaged:")
        for line in check.problems[:10]:
            print(f"  {line}")
        if len(check.problems) > 10:
            print(f"  … and {len(check.problems) - 10} more")
    elif check.status == health.UNREADABLE:
        print(f"The database cannot be opened, though it does not look damaged: {check.problems[0]}")
        print("(Is another program using it, or is the file not readable by you?)")

    newest = backup.newest_good_backup(data_dir)
    if backups:
        print(f"Backups: {len(backups)} in {backup.backups_dir(data_dir)}")
        print(f"Newest backup: {_backup_line(backups[0])}")
        if newest is not None and newest.path != backups[0].path:
            print(f"Newest good backup: {_backup_line(newest)}")
    else:
        print(f"Backups: none in {backup.backups_dir(data_dir)}")

    needs_restore = check.status in (health.DAMAGED, health.MISSING)
    newer = [b for b in backups if b.needs_newer_version]
    for info in newer:
        print(f"Skipped, needs a newer version: {_backup_line(info)}")
    if check.status == health.OK and (check.schema_version or 0) > LATEST_VERSION:
        print(
            f"Result: written by a newer version of this app (schema {check.schema_version}; this app knows "
            f"up to {LATEST_VERSION}). Update the app to use it. Nothing was changed."
        )
        return 1
    problem = read_only.diagnose(data_dir)
    if problem is not None:
        # What the app does with this folder, in its words: the file is not damaged for it.
        print(f"Storage: {problem.message}.")
        if check.status == health.OK:
            print(
                "The app opens this database read-only: results can be viewed, exported and reported; "
                "nothing new can be saved."
            )
    if check.status == health.OK or check.status == health.EMPTY:
        print("Result: no damage found." + (" Read-only until that is fixed." if problem else ""))
        return 0
    if check.status == health.UNREADABLE:
        print("Result: not checked.")
        return 1
    if not restore:
        if check.status == health.DAMAGED:
            print("Result: DAMAGED. Nothing was changed.")
        else:
            print("Result: no database. Nothing was changed.")
        if newest is not None:
            print(
                "Run again with --restore to set the damaged file aside (it is kept) and restore the newest "
                "good backup."
            )
        else:
            print("There is no good backup to restore.")
        return 1
    if not needs_restore or newest is None:
        print("There is no good backup to restore. Nothing was changed.")
        print("Starting the app sets a damaged file aside and begins with a new, empty database.")
        return 1
    try:
        result = backup.restore_backup(data_dir, newest)
    except backup.BackupError as exc:
        print(f"error: the backup was not restored: {exc}", file=sys.stderr)
        return 1
    if result.set_aside is not None:
        print(f"Set the damaged database aside (kept, unchanged): {result.set_aside}")
    print(f"Restored the backup from {_backup_line(result.restored)}")
    after = health.check_file(db, thorough=True)
    print(f"Integrity check after the restore: {'ok' if after.status == health.OK else after.status}")
    return 0 if after.status == health.OK else 1
