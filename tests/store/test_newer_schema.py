"""A database or backup written by a newer version of the app: named as such, never restored over the data."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from desktop.cli.check_db import check_db
from desktop.store import backup
from desktop.store.database import DB_FILENAME
from desktop.store.migrations import LATEST_VERSION
from desktop.store.store import Store


def with_people(data_dir: Path, *names: str) -> Path:
    store = Store(data_dir)
    try:
        for name in names:
            store.add_person(name)
    finally:
        store.close()
    return data_dir / DB_FILENAME


def set_schema(db: Path, version: int) -> None:
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()


def folder_state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_db_on_a_database_of_a_newer_schema_says_so_and_exits_non_zero(tmp_path, capsys):
    db = with_people(tmp_path, "张三")
    set_schema(db, 99)
    before = folder_state(tmp_path)
    assert check_db(tmp_path) == 1
    out = capsys.readouterr().out
    assert f"Schema version: 99 (this app: {LATEST_VERSION})" in out
    assert out.rstrip().endswith(
        f"Result: written by a newer version of this app (schema 99; this app knows up to {LATEST_VERSION}). "
        "Update the app to use it. Nothing was changed."
    )
    assert "no damage found" not in out
    assert folder_state(tmp_path) == before


@pytest.fixture
def newer_backup_newest(tmp_path) -> tuple[Path, Path]:
    """A good backup of today's schema, and a newer one written by a newer version of the app."""
    db = with_people(tmp_path, "王晓燕", "李建国")
    older = backup.take_backup(db, tmp_path, backup.DAILY, now=datetime(2026, 11, 24, 8, 0)).path
    newer = backup.take_backup(db, tmp_path, backup.DAILY, now=datetime(2026, 11, 25, 8, 0)).path
    set_schema(newer, 99)
    return older, newer


def test_a_backup_of_a_newer_schema_is_passed_over_and_refused(tmp_path, newer_backup_newest):
    older, newer = newer_backup_newest
    assert backup.newest_good_backup(tmp_path).path == older
    assert [b.path for b in backup.list_backups(tmp_path) if b.needs_newer_version] == [newer]
    before = (tmp_path / DB_FILENAME).read_bytes()
    with pytest.raises(backup.BackupError, match="needs a newer version; nothing was changed"):
        backup.restore_backup(tmp_path, newer)
    assert (tmp_path / DB_FILENAME).read_bytes() == before


def test_check_db_restore_skips_a_newer_backup_and_lists_it(tmp_path, newer_backup_newest, capsys):
    older, newer = newer_backup_newest
    (tmp_path / DB_FILENAME).write_bytes(b"damaged" * 1000)
    assert check_db(tmp_path, restore=True) == 0
    out = capsys.readouterr().out
    assert (
        f"Skipped, needs a newer version: 2026-11-25 08:00 (daily): needs a newer version of this app (schema 99) — {newer}"
        in out
    )
    assert (
        f"Restored the backup from 2026-11-24 08:00 (daily): 2 trainees, 0 completed forms, 0 PK sessions — {older}"
        in out
    )
    store = Store(tmp_path)
    try:
        assert sorted(p.name for p in store.people()) == ["李建国", "王晓燕"]
    finally:
        store.close()


def test_the_home_screen_offers_the_newest_backup_this_version_can_restore(tmp_path, newer_backup_newest):
    from desktop.store import health

    older, _newer = newer_backup_newest
    (tmp_path / DB_FILENAME).write_bytes(b"damaged" * 1000)
    Store(tmp_path).close()
    notice = health.take_startup_notice(tmp_path)
    assert notice is not None and notice.newest_backup.path == older
