"""A damaged database at start is set aside (kept) and the app starts clean; ``check-db`` says the same."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.comparison import RaterRole
from desktop.store import backup, health
from desktop.store.database import DB_FILENAME
from desktop.store.migrations import LATEST_VERSION
from desktop.store.store import Store

ROOT = Path(__file__).resolve().parents[2]


def filled(data_dir: Path, soothing, names=("张三", "李四", "王五")) -> Path:
    store = Store(data_dir)
    try:
        for person_name in names:
            person = store.add_person(person_name)
            record = store.start_assessment(person.id, soothing, RaterRole.SELF)
            store.record_answers(record.id, {i.id: 4 for i in soothing.items})
            store.complete_assessment(record.id)
    finally:
        store.close()
    return data_dir / DB_FILENAME


def random_page(data: bytes) -> bytes:
    damaged = bytearray(data)
    damaged[4096 * 2 : 4096 * 3] = random.Random(5).randbytes(4096)
    return bytes(damaged)


DAMAGE = {
    "random bytes": lambda data: random.Random(1).randbytes(len(data)),
    "a text file": lambda data: "学员名单：张三、李四\n".encode() * 40,
    "a truncated file": lambda data: data[: len(data) // 2 + 100],
    "the header overwritten": lambda data: random.Random(2).randbytes(100) + data[100:],
    "a page of random bytes": random_page,
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_database_is_set_aside_kept_and_the_app_starts_on_a_new_one(tmp_path, soothing, kind):
    db = filled(tmp_path, soothing)
    taken = backup.take_backup(db, tmp_path, backup.DAILY)
    damaged = DAMAGE[kind](db.read_bytes())
    db.write_bytes(damaged)
    Path(f"{db}-wal").write_bytes(b"wal of the damaged file")  # moves along with it

    store = Store(tmp_path)  # must not raise: the class goes on
    try:
        assert store.people() == []
        notice = health.take_startup_notice(tmp_path)
    finally:
        store.close()
    assert notice is not None and notice.kept_as.parent == db.parent
    assert notice.kept_as.name.startswith(f"{DB_FILENAME}.damaged-")
    assert notice.kept_as.read_bytes() == damaged  # kept exactly as it was found
    assert Path(f"{notice.kept_as}-wal").read_bytes() == b"wal of the damaged file"
    assert notice.newest_backup is not None and notice.newest_backup.path == taken.path
    assert notice.newest_backup.contents.trainees == 3
    # Told once: the next start has nothing to say.
    assert health.take_startup_notice(tmp_path) is None


def test_without_a_backup_the_notice_offers_none(tmp_path):
    (tmp_path / DB_FILENAME).write_text("not a database at all", encoding="utf-8")
    Store(tmp_path).close()
    notice = health.take_startup_notice(tmp_path)
    assert notice is not None and notice.newest_backup is None
    assert notice.kept_as.read_text(encoding="utf-8") == "not a database at all"


def test_a_zero_byte_file_is_a_new_database_not_damage(tmp_path):
    (tmp_path / DB_FILENAME).write_bytes(b"")
    store = Store(tmp_path)
    try:
        store.add_person("张三")
    finally:
        store.close()
    assert health.take_startup_notice(tmp_path) is None
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_healthy_database_after_a_crash_is_not_mistaken_for_damage(tmp_path, soothing):
    """The -wal of a killed app holds committed rows: the read-only check must see them, not flag them."""
    db = filled(tmp_path, soothing)
    script = (
        "import os, signal, sqlite3\n"
        f"c = sqlite3.connect({str(db)!r}); c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute(\"INSERT INTO cohort (name, created_at) VALUES ('一班', '2026-11-25')\"); c.commit()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    assert Path(f"{db}-wal").exists()
    store = Store(tmp_path)
    try:
        assert [c.name for c in store.cohorts()] == ["一班"]
    finally:
        store.close()
    assert health.take_startup_notice(tmp_path) is None


# -- check-db on the command line ----------------------------------------------------------------
def check_db(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "check-db", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def folder_state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_db_reports_a_healthy_database(tmp_path, soothing):
    db = filled(tmp_path, soothing)
    backup.take_backup(db, tmp_path, backup.PK_SESSION_END)
    result = check_db("--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"Database: {db}" in out
    assert f"Schema version: {LATEST_VERSION} (this app: {LATEST_VERSION})" in out
    assert "Integrity check: ok" in out
    assert "Holds: 3 trainees, 3 completed forms, 0 PK sessions" in out
    assert "Newest backup: " in out and "(pk-session-end): 3 trainees" in out
    assert out.rstrip().endswith("Result: no damage found.")


def test_check_db_finds_damage_exits_1_and_changes_nothing(tmp_path, soothing):
    db = filled(tmp_path, soothing, names=[f"学员{i}" for i in range(60)])
    backup.take_backup(db, tmp_path, backup.DAILY)
    db.write_bytes(random_page(db.read_bytes()))
    before = folder_state(tmp_path)
    result = check_db("--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "Integrity check: FAILED" in result.stdout
    assert "Result: DAMAGED. Nothing was changed." in result.stdout
    assert "Run again with --restore" in result.stdout
    assert "Traceback" not in result.stderr
    assert folder_state(tmp_path) == before


def test_check_db_restore_sets_the_damaged_file_aside_and_restores_the_newest_backup(tmp_path, soothing):
    db = filled(tmp_path, soothing)
    backup.take_backup(db, tmp_path, backup.DAILY)
    damaged = b"this is not a database" * 100
    db.write_bytes(damaged)
    result = check_db("--data-dir", str(tmp_path), "--restore")
    assert result.returncode == 0, result.stdout + result.stderr
    (kept,) = tmp_path.glob(f"{DB_FILENAME}.damaged-*")
    assert kept.read_bytes() == damaged
    assert f"Set the damaged database aside (kept, unchanged): {kept}" in result.stdout
    assert "Restored the backup from " in result.stdout
    assert "Integrity check after the restore: ok" in result.stdout
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 3
    finally:
        conn.close()
    assert check_db("--data-dir", str(tmp_path)).returncode == 0


def test_check_db_restore_without_a_backup_changes_nothing(tmp_path):
    (tmp_path / DB_FILENAME).write_text("garbage", encoding="utf-8")
    result = check_db("--data-dir", str(tmp_path), "--restore")
    assert result.returncode == 1
    assert "There is no good backup to restore. Nothing was changed." in result.stdout
    assert (tmp_path / DB_FILENAME).read_text(encoding="utf-8") == "garbage"


def test_check_db_on_a_missing_folder_says_so_without_a_traceback(tmp_path):
    result = check_db("--data-dir", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"error: there is no data folder at {tmp_path / 'nowhere'} (use --data-dir to name another one)"
    )
    assert result.stdout == ""


def test_check_db_speaks_chinese_when_asked_and_restores_the_same(tmp_path, soothing, capsys):
    from chinese_text import english_left

    from desktop.cli.check_db import check_db as check_db_in_process

    db = filled(tmp_path, soothing)
    backup.take_backup(db, tmp_path, backup.PK_SESSION_END)
    backup.take_backup(db, tmp_path, backup.before_migration(LATEST_VERSION))
    assert check_db_in_process(tmp_path, lang="zh_CN") == 0
    healthy = capsys.readouterr().out
    db.write_bytes(b"this is not a database" * 100)
    assert check_db_in_process(tmp_path, lang="zh_CN") == 1
    damaged = capsys.readouterr().out
    assert check_db_in_process(tmp_path, restore=True, lang="zh_CN") == 0
    restored = capsys.readouterr().out
    assert check_db_in_process(tmp_path / "nowhere", lang="zh_CN") == 1
    said = healthy + damaged + restored + capsys.readouterr().err
    english = [
        f"{line}  ← {left}"
        for line in said.replace(str(tmp_path), "").splitlines()
        if not line.startswith("  ") and (left := english_left(line))  # indented: SQLite's own report
    ]
    assert not english, "\n".join(english)
    assert "内容：3 名学员，3 份完成的表，0 场 PK 赛" in healthy and "（PK 赛结束时）" in healthy
    assert "结果：没有发现损坏。" in healthy and "结果：已损坏。未做任何更改。" in damaged
    assert "恢复后的完整性检查：正常" in restored and "错误：" in said
