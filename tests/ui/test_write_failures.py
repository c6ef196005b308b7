"""A write that fails (full disk, read-only data) is shown in plain words, and nothing is lost or skipped.

The folder cannot be made read-only here (the tests run as root, and chmod does not stop root), so
SQLite itself is told to refuse writes (PRAGMA query_only), which fails exactly like a read-only file.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from desktop.core.comparison import RaterRole


@contextmanager
def read_only(store):
    """Every connection of the store refuses writes while the block runs."""

    def refuse(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")

    store.engine.dispose()
    event.listen(store.engine, "connect", refuse)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", refuse)
        store.engine.dispose()


def test_an_answer_that_cannot_be_saved_is_not_acknowledged(make_shell, qtbot, monkeypatch, soothing):
    shell = make_shell()
    store = shell.context.store
    person = store.add_person("王五")
    record = store.start_assessment(person.id, soothing, RaterRole.SELF)
    shell.window.begin(record, "one")
    take = shell.window.take
    qtbot.keyClick(take, Qt.Key.Key_Return)  # past the rater's instructions
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    with read_only(store):
        qtbot.keyClick(take, "4")
    assert len(shown) == 1 and "只读" in shown[0] and "readonly" in shown[0]
    assert take.progress_text.text() == "第 1/20 题"  # not moved on: the answer was not taken
    assert store.assessment(record.id).answers == {}
    qtbot.keyClick(take, "4")  # writable again: the same key works
    assert store.assessment(record.id).answers == {soothing.items[0].id: 4}
    assert take.progress_text.text() == "第 2/20 题"


def test_starting_a_form_on_a_read_only_database_says_so_and_creates_nothing(make_shell, qtbot, monkeypatch):
    shell = make_shell()
    store = shell.context.store
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    shell.window.show_start(RaterRole.SELF)
    shell.window.start.person.setEditText("赵六")
    with read_only(store):
        shell.window.start.start()
    assert shown and shell.window.stack.currentWidget() is shell.window.start
    assert store.people() == []


def test_a_pk_point_that_cannot_be_saved_is_not_counted(make_shell, qtbot, monkeypatch):
    from desktop.core.pk.setup import Group, ScoringRules, SessionSetup

    shell = make_shell()
    window = shell.window
    window.pk.sound.enabled = False
    banks, _ = shell.context.banks()
    refs = tuple(f"{banks[0].id}/{q.id}" for q in banks[0].questions[:2])
    groups = (Group("g1", "甲", "", "#e63946", "1"), Group("g2", "乙", "", "#1d70b8", "2"))
    opened = window.pk.start_new("disk", SessionSetup(groups, refs, ScoringRules()))
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    console, controller = opened.console, opened.controller
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, "2"):
        qtbot.keyClick(console, key)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    with read_only(shell.context.store):
        qtbot.keyClick(console, "f")
    assert len(shown) == 1 and "只读" in shown[0]
    assert controller.state.scores == {"g1": 0, "g2": 0}  # the screens never showed a point it could not keep
    assert console.scores.table_model.rows[1][-1] == "0"
    qtbot.keyClick(console, "f")
    assert controller.state.scores == {"g1": 0, "g2": 1}
    stored = [e.kind for e in shell.context.store.pk_events(controller.session_id)]
    assert stored.count("point_awarded") == 1
