"""A full disk or a read-only data folder, on a real 2 MB file-system: the database is healthy, so it is
opened read-only (never set aside), every write is refused in plain words, nothing committed changes,
and ``check-db`` says the same as the app."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli.check_db import check_db
from desktop.core.comparison import RaterRole
from desktop.store.database import DB_FILENAME
from desktop.store.errors import StorageError
from desktop.store.read_only import DISK_FULL, FOLDER_READ_ONLY
from desktop.store.store import Store


def class_data(data_dir: Path, soothing) -> Store:
    """A class's data: two trainees with a completed form, and a PK session. Left open."""
    store = Store(data_dir)
    for name in ("王晓燕", "李建国"):
        person = store.add_person(name)
        form = store.start_assessment(person.id, soothing, RaterRole.SELF)
        store.record_answers(form.id, {i.id: 4 for i in soothing.items})
        store.complete_assessment(form.id)
    store.create_pk_session("第一场", {"groups": []})
    return store


def as_left_by_a_crash(store: Store, folder: Path, with_shm: bool = True) -> Path:
    """The database with its -wal (and -shm) as a killed app leaves them: the rows are still in the WAL."""
    folder.mkdir()
    with store.engine.connect():  # holds the WAL open, so it is not folded into the file on close
        for suffix in ("", "-wal", *(("-shm",) if with_shm else ())):
            shutil.copyfile(f"{store.path}{suffix}", folder / f"{DB_FILENAME}{suffix}")
    assert (folder / f"{DB_FILENAME}-wal").stat().st_size > 0
    return folder


def folder_state(folder: Path) -> dict[str, bytes]:
    # Every file, except the -shm: SQLite's index of the WAL, rebuilt by any reader; it holds no rows.
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.suffix != ".db-shm"}


def assert_read_only(data_dir: Path, kind: str, soothing) -> None:
    before = folder_state(data_dir)
    store = Store(data_dir)  # must not raise, nor set anything aside
    try:
        assert sorted(p.name for p in store.people()) == ["李建国", "王晓燕"]
        assert len(store.assessments()) == 2 and len(store.pk_sessions()) == 1
        for write in (
            lambda: store.add_person("张三"),
            lambda: store.start_assessment(store.people()[0].id, soothing, RaterRole.SELF),
            lambda: store.create_pk_session("第二场", {"groups": []}),
        ):
            with pytest.raises(StorageError) as refused:
                write()
            assert refused.value.problem is not None and refused.value.problem.kind == kind
            assert str(data_dir) in refused.value.reason
    finally:
        store.close()
    assert folder_state(data_dir) == before
    assert not list(data_dir.glob(f"{DB_FILENAME}.damaged-*"))


def test_a_healthy_database_on_a_full_disk_is_opened_read_only_not_set_aside(small_disk, soothing, capsys):
    data_dir = small_disk.point / "data"
    class_data(data_dir, soothing).close()
    small_disk.fill()
    assert_read_only(data_dir, DISK_FULL, soothing)
    assert check_db(data_dir) == 0
    out = capsys.readouterr().out
    assert "Integrity check: ok" in out
    assert (
        f"Storage: the disk holding the data folder {data_dir} is full; free some space on it, then restart "
        "the app." in out
    )
    assert "The app opens this database read-only" in out
    assert out.rstrip().endswith("Result: no damage found. Read-only until that is fixed.")


def test_after_a_crash_on_a_full_disk_the_rows_in_the_wal_are_shown(small_disk, soothing):
    store = class_data(small_disk.point / "live", soothing)
    data_dir = as_left_by_a_crash(store, small_disk.point / "data")
    store.close()
    small_disk.fill()
    assert_read_only(data_dir, DISK_FULL, soothing)


def test_a_read_only_data_folder_is_opened_read_only_and_check_db_agrees(small_disk, soothing, capsys):
    data_dir = small_disk.point / "data"
    class_data(data_dir, soothing).close()
    small_disk.make_read_only()
    assert_read_only(data_dir, FOLDER_READ_ONLY, soothing)
    assert check_db(data_dir) == 0
    out = capsys.readouterr().out
    assert "Integrity check: ok" in out
    assert f"Storage: the data folder {data_dir} is read-only; make it writable" in out
    assert out.rstrip().endswith("Result: no damage found. Read-only until that is fixed.")


@pytest.mark.parametrize("with_shm", [True, False], ids=["wal-and-shm", "wal-only"])
def test_a_read_only_folder_after_a_crash_shows_the_rows_in_the_wal(small_disk, soothing, with_shm):
    store = class_data(small_disk.point / "live", soothing)
    data_dir = as_left_by_a_crash(store, small_disk.point / "data", with_shm)
    store.close()
    small_disk.make_read_only()
    assert_read_only(data_dir, FOLDER_READ_ONLY, soothing)


def test_a_damaged_database_on_a_full_disk_is_reported_and_left_alone(small_disk, soothing):
    from desktop.store.database import DatabaseError

    data_dir = small_disk.point / "data"
    class_data(data_dir, soothing).close()
    (data_dir / DB_FILENAME).write_bytes(b"not a database" * 1000)
    small_disk.fill()
    before = folder_state(data_dir)
    with pytest.raises(DatabaseError, match="is damaged .*, and the disk holding the data folder .* is full"):
        Store(data_dir)
    assert folder_state(data_dir) == before


def test_a_full_disk_never_looks_like_damage_to_the_start_up_check(small_disk, soothing):
    data_dir = small_disk.point / "data"
    class_data(data_dir, soothing).close()
    small_disk.fill()
    conn = sqlite3.connect(data_dir / DB_FILENAME)  # what the app did first: fails on a full disk
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        conn.execute("PRAGMA user_version").fetchone()
    conn.close()
    assert_read_only(data_dir, DISK_FULL, soothing)
