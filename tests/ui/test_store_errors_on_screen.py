"""The store's failures as the Chinese interface shows them, each produced for real: the home screen for a
database written by a newer version or a data folder that cannot be made, the restore refused while
another program holds the database, a write refused on a full disk, the Database dialog's connection test
to a server that does not answer. Every one is in Chinese, with no English left but names."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import datetime

from chinese_text import english_left
from PySide6.QtWidgets import QMessageBox

from desktop.app import Shell
from desktop.core.comparison import RaterRole
from desktop.store import backup
from desktop.store.database import DB_FILENAME
from desktop.store.migrations import LATEST_VERSION
from desktop.ui.data.database_dialog import DatabaseDialog
from desktop.ui.data.restore_dialog import confirm_and_restore
from tests.store.test_database_choice import closed_port_url
from tests.store.test_health import filled
from tests.ui.test_read_only_mode import class_data
from tests.ui.test_restore import answer_yes

_CJK = re.compile(r"[\u4e00-\u9fff]")


def assert_chinese(text: str, *names: object) -> None:
    bare = text
    for name in names:
        bare = bare.replace(str(name), " ")
    left = english_left(bare)
    assert not left, f"English left in {text!r}: {left}"
    assert _CJK.search(text), text


def test_a_database_from_a_newer_version_is_said_in_chinese_on_the_home_screen(
    make_shell, tmp_path, soothing
):
    db = filled(tmp_path, soothing)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    home = make_shell(lang="zh_CN").window.home
    text = home.status.text()
    assert text.startswith("无法打开数据库：") and "是由更新版本的本软件写入的" in text
    assert_chinese(text, tmp_path)
    assert not home.self_button.isEnabled()


def test_a_data_folder_that_cannot_be_made_is_said_in_chinese_on_the_home_screen(qapp, qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    shell = Shell(blocker / "data", "zh_CN")
    qtbot.addWidget(shell.window)
    try:
        shell.context.open_store_now()
        text = shell.window.home.status.text()
        assert "无法创建数据文件夹" in text and "不是文件夹" in text
        assert_chinese(text, blocker / "data")
    finally:
        shell.context.close()
        shell.translations.install("en")


def test_a_restore_refused_while_another_program_holds_the_database_is_said_in_chinese(
    make_shell, monkeypatch, tmp_path
):
    shell = make_shell(lang="zh_CN")
    shell.context.store.add_person("张三")
    taken = backup.take_backup(
        shell.context.store.path, tmp_path, backup.DAILY, now=datetime(2026, 11, 24, 9)
    )
    shown = answer_yes(monkeypatch)
    with closing(sqlite3.connect(tmp_path / DB_FILENAME)) as other:  # e.g. a database browser left open
        other.execute("SELECT COUNT(*) FROM person").fetchone()
        assert confirm_and_restore(shell.window, shell.context, taken) is None
    question, error = shown
    assert "正被另一个程序使用" in error
    assert_chinese(error, tmp_path)
    assert [p.name for p in shell.context.store.people()] == ["张三"]  # still open, nothing changed


def test_a_write_refused_on_a_full_disk_is_said_in_chinese(make_shell, small_disk, soothing, monkeypatch):
    data_dir = small_disk.point / "data"
    class_data(data_dir, soothing)
    small_disk.fill()
    window = make_shell(lang="zh_CN", data_dir=data_dir).window
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.show_start(RaterRole.SELF)
    window.start.person.setEditText("赵六")
    window.start.start()
    (refused,) = shown
    assert "磁盘已满" in refused and "数据库以只读方式打开" in refused
    assert_chinese(refused, data_dir)


def test_the_database_dialogs_connection_test_says_why_in_chinese(make_shell, qtbot, tmp_path):
    make_shell(lang="zh_CN")
    dialog = DatabaseDialog(tmp_path / "elsewhere")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setChecked(True)
    url = closed_port_url()
    dialog.url.setText(url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "连不上数据库服务器" in dialog.outcome.text(), timeout=15000)
    assert_chinese(dialog.outcome.text(), url)


def test_a_write_refused_while_another_program_holds_the_database_is_said_in_chinese(
    make_shell, monkeypatch, tmp_path
):
    from sqlalchemy import event

    shell = make_shell(lang="zh_CN")
    store, window = shell.context.store, shell.window

    def wait_little(dbapi_connection, _record):  # SQLite waits 5 s for a lock; the test need not
        dbapi_connection.execute("PRAGMA busy_timeout = 50")

    store.engine.dispose()
    event.listen(store.engine, "connect", wait_little)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    with closing(sqlite3.connect(tmp_path / DB_FILENAME, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")  # e.g. a database browser writing
        window.show_start(RaterRole.SELF)
        window.start.person.setEditText("赵六")
        window.start.start()
        other.execute("ROLLBACK")
    (refused,) = shown
    assert "另一个程序正占用着数据库" in refused
    assert_chinese(refused, tmp_path)
    assert [p.name for p in store.people()] == []
