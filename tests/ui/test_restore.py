"""Backups as the trainer meets them: restoring from the home screen, a damaged database explained at
start, and a backup at the end of every PK session."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.comparison import RaterRole
from desktop.core.pk.events import Event, EventKind
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup
from desktop.store import backup
from desktop.store.database import DB_FILENAME
from desktop.store.migrations import LATEST_VERSION
from desktop.store.store import Store
from desktop.ui.data.restore_dialog import RestoreDialog
from desktop.ui.shell import main_window


def answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_restore_from_backup_on_the_home_screen_brings_the_data_back(
    make_shell, soothing, monkeypatch, qtbot, tmp_path
):
    shell = make_shell(lang="en")
    store, home = shell.context.store, shell.window.home
    person = store.add_person("张三")
    form = store.start_assessment(person.id, soothing, RaterRole.SELF)
    store.record_answer(form.id, soothing.items[0].id, 4)
    backup.take_backup(store.path, tmp_path, backup.DAILY, now=datetime(2026, 11, 24, 9, 0))
    # After the backup the form is finished and another trainee is added.
    store.record_answers(form.id, {i.id: 4 for i in soothing.items})
    store.complete_assessment(form.id)
    store.add_person("李四")
    shell.window.show_home()
    assert home.unfinished.isHidden()

    asked = answer_yes(monkeypatch)
    listed = []

    def run_dialog(dialog: RestoreDialog) -> int:
        listed.extend([dialog.table.item(0, c).text() for c in range(3)] + [str(dialog.table.rowCount())])
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", run_dialog)
    qtbot.mouseClick(home.restore_button, Qt.MouseButton.LeftButton)

    assert listed == ["2026-11-24 09:00", "daily", "trainees: 1, completed forms: 0, PK sessions: 0", "1"]
    assert asked and asked[0].startswith("Restore the backup from 2026-11-24 09:00 (trainees: 1,")
    # The data is as it was at backup time, and the home screen shows it without a restart.
    restored = shell.context.store
    assert [p.name for p in restored.people()] == ["张三"]
    assert not home.unfinished.isHidden() and home.unfinished.count() == 1
    assert "张三" in home.unfinished.item(0).text() and "1 of 20 answered" in home.unfinished.item(0).text()
    assert home.notice.text() == "Restored the backup from 2026-11-24 09:00."
    assert home.self_button.isEnabled()
    # What was there just before is kept as a backup of its own.
    (safety,) = [b for b in backup.list_backups(tmp_path) if b.reason == backup.BEFORE_RESTORE]
    assert (safety.contents.trainees, safety.contents.completed_forms) == (2, 1)


def test_a_damaged_database_is_explained_at_start_and_the_newest_backup_restored(
    make_shell, soothing, monkeypatch, qtbot, tmp_path
):
    store = Store(tmp_path)
    for name in ("王晓燕", "李建国"):
        store.add_person(name)
    store.close()
    backup.take_backup(
        tmp_path / DB_FILENAME, tmp_path, backup.PK_SESSION_END, now=datetime(2026, 11, 20, 17, 5)
    )
    (tmp_path / DB_FILENAME).write_text("this file was overwritten by accident", encoding="utf-8")

    shell = make_shell(lang="en")
    home = shell.window.home
    (kept,) = tmp_path.glob(f"{DB_FILENAME}.damaged-*")
    assert home.notice.text() == (
        "The database could not be read: the file is damaged. It was kept, unchanged, as:\n"
        f"{kept}\n"
        "The app started with a new, empty database. The newest backup is from 2026-11-20 17:05 "
        "(trainees: 2, completed forms: 0, PK sessions: 0): restore it to carry on with that data."
    )
    assert not home.notice.isHidden() and not home.restore_newest_button.isHidden()
    assert home.self_button.isEnabled()  # the class can go on meanwhile, on the new database
    assert shell.context.store.people() == []

    asked = answer_yes(monkeypatch)
    qtbot.mouseClick(home.restore_newest_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    assert sorted(p.name for p in shell.context.store.people()) == ["李建国", "王晓燕"]
    assert home.restore_newest_button.isHidden()
    assert home.notice.text() == "Restored the backup from 2026-11-20 17:05."
    assert kept.read_text(encoding="utf-8") == "this file was overwritten by accident"


def test_a_damaged_database_without_a_backup_starts_empty_and_says_so(make_shell, tmp_path):
    (tmp_path / DB_FILENAME).write_bytes(bytes(range(256)) * 64)
    shell = make_shell(lang="en")
    home = shell.window.home
    assert home.notice.text().endswith(
        "There is no backup to restore, so the app started with a new, empty database."
    )
    assert home.restore_newest_button.isHidden()
    assert home.self_button.isEnabled()
    assert len(list(tmp_path.glob(f"{DB_FILENAME}.damaged-*"))) == 1


def test_the_end_of_a_pk_session_leaves_a_backup_holding_it(make_shell, qtbot, tmp_path, monkeypatch):
    shell = make_shell(lang="en")
    window = shell.window
    window.pk.sound.enabled = False
    banks, _ = shell.context.banks()
    refs = tuple(f"{b.id}/{q.id}" for b in banks for q in b.questions)[:3]
    groups = tuple(Group(f"g{i}", f"第{i}组", "", "#1d70b8", str(i)) for i in (1, 2))
    opened = window.pk.start_new("期末 PK", SessionSetup(groups, refs, ScoringRules()))
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    opened.controller.run(opened.controller.session.next_question)
    assert backup.list_backups(tmp_path) == []  # not during the session

    opened.controller.end()

    qtbot.waitUntil(lambda: bool(backup.list_backups(tmp_path)), timeout=5000)
    (taken,) = backup.list_backups(tmp_path)
    assert taken.reason == "pk-session-end" and taken.contents.pk_sessions == 1
    # Restoring is refused while the console is open: it would keep writing into the restored data.
    shown = []
    monkeypatch.setattr(main_window, "show_error", lambda _parent, _title, text: shown.append(text))
    window.show_restore()
    assert shown == ["Close the PK session windows first, then restore the backup."]


def test_after_a_set_aside_ten_pk_sessions_never_push_out_the_backup_with_the_real_data(
    make_shell, soothing, monkeypatch, qtbot, tmp_path
):
    """Class day 1: the 08:00 daily backup holds the real data; at 12:05 the database is found damaged and
    set aside; ten PK sessions end (each with its backup) before anyone restores."""
    now = [datetime(2026, 11, 25, 8, 0)]
    monkeypatch.setattr(backup, "clock", lambda: now[0])
    store = Store(tmp_path)
    for name in ("王晓燕", "李建国", "张丽"):
        person = store.add_person(name)
        form = store.start_assessment(person.id, soothing, RaterRole.SELF)
        store.record_answers(form.id, {i.id: 4 for i in soothing.items})
        store.complete_assessment(form.id)
    store.close()
    Store(tmp_path).close()  # the app starts at 08:00: the daily backup
    (daily,) = backup.list_backups(tmp_path)
    assert daily.path.name == "daily-20261125-080000.db"

    now[0] = datetime(2026, 11, 25, 12, 5)
    (tmp_path / DB_FILENAME).write_bytes(b"\0" * 8192)  # damaged
    shell = make_shell(lang="en")
    home, context = shell.window.home, shell.context
    assert "2026-11-25 08:00" in home.notice.text()
    for i in range(10):
        now[0] = datetime(2026, 11, 25, 12, 30) + timedelta(minutes=20 * i)
        session = context.store.create_pk_session(f"第{i + 1}场", {"groups": []})
        context.store.append_pk_event(session, Event(1, EventKind.SESSION_ENDED, 10.0, {}))
        context.automatic_backup(backup.PK_SESSION_END)
    assert len([b for b in backup.list_backups(tmp_path) if b.reason == backup.PK_SESSION_END]) == 10

    asked = answer_yes(monkeypatch)
    qtbot.mouseClick(home.restore_newest_button, Qt.MouseButton.LeftButton)

    # One question (restore?) and no error after it (today's failure: "cannot be used (missing)").
    assert len(asked) == 1 and asked[0].startswith("Restore the backup from 2026-11-25 08:00 (trainees: 3")
    assert sorted(p.name for p in context.store.people()) == ["张丽", "李建国", "王晓燕"]
    assert len(context.store.assessments()) == 3
    assert home.notice.text() == "Restored the backup from 2026-11-25 08:00."
    # The ten sessions played meanwhile are not lost either: the restore backed them up first.
    (safety,) = [b for b in backup.list_backups(tmp_path) if b.reason == backup.BEFORE_RESTORE]
    assert safety.contents.pk_sessions == 10


def test_the_restore_list_shows_a_newer_backup_as_needing_a_newer_version_and_never_restores_it(
    make_shell, monkeypatch, qtbot, tmp_path
):
    import sqlite3
    from contextlib import closing

    shell = make_shell(lang="en")
    shell.context.store.add_person("张三")
    older = backup.take_backup(
        shell.context.store.path, tmp_path, backup.DAILY, now=datetime(2026, 11, 24, 9, 0)
    )
    newer = backup.take_backup(
        shell.context.store.path, tmp_path, backup.DAILY, now=datetime(2026, 11, 25, 9, 0)
    )
    with closing(sqlite3.connect(newer.path)) as conn:
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
    seen = {}

    def run_dialog(dialog: RestoreDialog) -> int:
        seen["rows"] = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        seen["selected"] = dialog.selected().path
        dialog.table.selectRow(0)
        seen["restore_enabled_on_newer"] = dialog.restore_button.isEnabled()
        return 0

    monkeypatch.setattr(RestoreDialog, "exec", run_dialog)
    shell.window.show_restore()
    assert seen["rows"] == [
        f"needs a newer version of the app (written with schema 99; this one knows {LATEST_VERSION})",
        "trainees: 1, completed forms: 0, PK sessions: 0",
    ]
    assert seen["selected"] == older.path  # the newest one this version can restore
    assert seen["restore_enabled_on_newer"] is False
