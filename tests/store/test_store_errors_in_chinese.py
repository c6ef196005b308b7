"""Why the data cannot be opened, backed up or restored is said in Chinese in the Chinese interface: each
failure is produced for real (a newer or damaged database, a data folder that cannot be made, a full disk,
a bad or newer backup, a database another program holds, an unreachable PostgreSQL server, a bad server
address), and what the store raises is read in Chinese with no English left but names (file paths, the
URL, what SQLite or the server said, quoted as said). In English it stays English, for the command line.
"""

from __future__ import annotations

import errno
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from chinese_text import english_left

from desktop.core.messages import localise
from desktop.store import backup
from desktop.store.database import DB_FILENAME, DatabaseError
from desktop.store.errors import BackupError, InputError
from desktop.store.migrations import LATEST_VERSION
from desktop.store.store import Store
from tests.store.test_health import filled

_CJK = re.compile(r"[\u4e00-\u9fff]")
UNREACHABLE = "postgresql://trainer@127.0.0.1:1/classes"


def in_chinese(error: BaseException | str, root: Path) -> str:
    """The error's message in Chinese, checked: Chinese words, no English left but names."""
    message = error.args[0] if isinstance(error, BaseException) else error
    text = str(localise(message, "zh_CN"))
    left = english_left(text.replace(str(root), " "))
    assert not left, f"English left in {text!r}: {left}"
    assert _CJK.search(text), text
    return text


def newer_database(tmp_path, soothing):
    db = filled(tmp_path / "data", soothing)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(DatabaseError) as caught:
        Store(tmp_path / "data")
    return caught.value, "更新版本"


def data_folder_under_a_file(tmp_path, soothing):
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(DatabaseError) as caught:
        Store(tmp_path / "a-file" / "data")
    return caught.value, "无法创建数据文件夹"


def bad_backup_file(tmp_path, soothing):
    filled(tmp_path, soothing)
    bad = tmp_path / "daily-20260101-080000.db"
    bad.write_bytes(b"this is not a database" * 500)
    with pytest.raises(BackupError) as caught:
        backup.restore_backup(tmp_path, bad)
    return caught.value, "该文件不是数据库"


def newer_backup(tmp_path, soothing):
    db = filled(tmp_path, soothing)
    newer = tmp_path / "daily-20260101-080000.db"
    shutil.copyfile(db, newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(BackupError) as caught:
        backup.restore_backup(tmp_path, newer)
    return caught.value, "需要更新的版本"


def database_held_by_another_program(tmp_path, soothing):
    db = filled(tmp_path, soothing)
    good = backup.take_backup(db, tmp_path, backup.DAILY)
    with closing(sqlite3.connect(db)) as other:  # another program has the database open (its WAL stays)
        other.execute("SELECT COUNT(*) FROM person").fetchone()
        with pytest.raises(BackupError) as caught:
            backup.restore_backup(tmp_path, good)
    return caught.value, "正被另一个程序使用"


def backup_folder_taken_by_a_file(tmp_path, soothing):
    db = filled(tmp_path, soothing)
    shutil.rmtree(backup.backups_dir(tmp_path), ignore_errors=True)
    backup.backups_dir(tmp_path).write_text("x")
    with pytest.raises(BackupError) as caught:
        backup.take_backup(db, tmp_path, backup.DAILY)
    return caught.value, "已有同名的文件"


def disk_full_during_a_backup(tmp_path, soothing, monkeypatch):
    filled(tmp_path, soothing)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "automatic_backup", full)
    store = Store(tmp_path)
    try:
        with pytest.raises(BackupError) as caught:
            store.backup(backup.PK_SESSION_END)
    finally:
        store.close()
    return caught.value, "磁盘已满"


def unreachable_server(tmp_path, soothing):
    with pytest.raises(DatabaseError) as caught:
        Store(tmp_path, UNREACHABLE)
    return caught.value, "连不上数据库服务器"


def bad_server_address(tmp_path, soothing):
    with pytest.raises(DatabaseError) as caught:
        Store(tmp_path, "postgresql:classes")
    return caught.value, "数据库地址"


def trainee_merged_with_themself(tmp_path, soothing):
    filled(tmp_path, soothing)
    store = Store(tmp_path)
    try:
        person = store.people()[0]
        with pytest.raises(InputError) as caught:
            store.merge_preview(person.id, person.id)
    finally:
        store.close()
    return caught.value, "不能把一位学员和他自己合并"


FAILURES = [
    newer_database,
    data_folder_under_a_file,
    bad_backup_file,
    newer_backup,
    database_held_by_another_program,
    backup_folder_taken_by_a_file,
    disk_full_during_a_backup,
    unreachable_server,
    bad_server_address,
    trainee_merged_with_themself,
]


@pytest.mark.parametrize("failure", FAILURES, ids=lambda f: f.__name__)
def test_each_store_failure_is_said_in_chinese_and_stays_english_in_english(
    failure, tmp_path, soothing, monkeypatch
):
    arguments = (
        (tmp_path, soothing, monkeypatch) if failure is disk_full_during_a_backup else (tmp_path, soothing)
    )
    error, words = failure(*arguments)
    assert words in in_chinese(error, tmp_path)
    english = str(error)
    assert english == str(localise(error.args[0], "en")) and not _CJK.search(
        english.replace(str(tmp_path), "")
    )


def test_the_database_dialogs_connection_test_says_why_in_chinese(tmp_path):
    check = Store.check_server(UNREACHABLE)
    assert "连不上数据库服务器" in in_chinese(check.problem, tmp_path)
    bad = Store.check_server("mysql://trainer@127.0.0.1/classes")
    assert "数据库地址" in in_chinese(bad.problem, tmp_path)


def test_a_full_disk_or_a_damaged_database_on_it_is_said_in_chinese(small_disk, soothing):
    empty = small_disk.point / "empty"
    empty.mkdir()
    damaged = small_disk.point / "damaged"
    filled(damaged, soothing)
    (damaged / DB_FILENAME).write_bytes(b"this is not a database" * 100)
    small_disk.fill()
    with pytest.raises(DatabaseError) as nothing_yet:
        Store(empty)
    with pytest.raises(DatabaseError) as damaged_on_full:
        Store(damaged)
    said = in_chinese(nothing_yet.value, small_disk.point)
    assert said.startswith("还没有数据库，而且存放数据文件夹") and "磁盘已满" in said
    said = in_chinese(damaged_on_full.value, small_disk.point)
    assert "已损坏（该文件不是数据库）" in said and "未做任何更改" in said


def test_a_command_that_cannot_open_the_database_says_why_in_chinese_only_when_asked(tmp_path, soothing):
    from tests.test_cli import run

    newer_database(tmp_path, soothing)
    data_dir = str(tmp_path / "data")
    out = str(tmp_path / "class.pdf")
    chinese = run("class-report", "--class", "一班", "--out", out, "--data-dir", data_dir, "--lang", "zh_CN")
    english = run("class-report", "--class", "一班", "--out", out, "--data-dir", data_dir)
    assert chinese.returncode == english.returncode == 1
    said = chinese.stderr.strip()
    assert said.startswith("错误：") and "是由更新版本的本软件写入的" in said
    assert not english_left(said.replace(data_dir, " ")), said
    assert english.stderr.strip().startswith("error: ") and "was written by a newer version" in english.stderr


def test_check_db_says_in_chinese_why_a_database_that_is_not_damaged_cannot_be_opened(tmp_path, capsys):
    from desktop.cli.check_db import check_db

    (tmp_path / DB_FILENAME).mkdir()  # something SQLite cannot open, though not a damaged database
    assert check_db(tmp_path, lang="zh_CN") == 1
    said = capsys.readouterr().out
    line = next(line for line in said.splitlines() if line.startswith("数据库打不开"))
    why = line.split("：", 1)[1]
    assert _CJK.search(why) and not english_left(why.replace(str(tmp_path), " ")), line
