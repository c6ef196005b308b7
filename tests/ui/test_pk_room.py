"""The PK session in a real room: keys from any widget of its windows, and nothing for the room's eyes only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from .test_pk_session import start_session


@pytest.fixture
def opened(make_shell, qtbot):
    shell = make_shell()
    session = start_session(shell)
    qtbot.addWidget(session.console)
    qtbot.addWidget(session.stage)
    return session


def test_keys_reach_the_session_whichever_widget_has_focus(opened, qtbot):
    console, stage, c = opened.console, opened.stage, opened.controller
    tables = (console.scores, console.buzz_table)
    assert all(t.focusPolicy() == Qt.FocusPolicy.NoFocus for t in (*tables, console.log))

    qtbot.keyClick(console.scores, Qt.Key.Key_Right)  # the scoreboard table had focus
    assert c.state.question_index == 0
    assert not console.scores.currentIndex().isValid()  # the key did not move the table's selection
    qtbot.keyClick(console.buttons["first"], Qt.Key.Key_Space)  # Space on a button opens the buzzers…
    assert c.state.buzzers_open and c.state.scores["g1"] == 0  # …and does not press that button
    qtbot.keyClick(console.log, "2")  # the log list: a group key buzzes, no search in the list
    assert c.state.locked_by == "g2"
    opened.fake_clock.now += 100
    qtbot.keyClick(console.buzz_table, "3")
    assert [b.group for b in c.state.buzzes] == ["g2", "g3"]
    qtbot.keyClick(console.buzz_table, "f")
    assert c.state.scores["g2"] == 1
    qtbot.keyClick(stage.question, "b")  # a label of the stage
    qtbot.keyClick(stage, "3")
    assert c.state.scores["g3"] == 1
    qtbot.keyClick(console.scores, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.scores["g3"] == 0
    assert not console.scores.currentIndex().isValid()


def test_keys_of_the_main_window_stay_there(make_shell, qtbot):
    shell = make_shell()
    session = start_session(shell)
    qtbot.addWidget(session.console)
    qtbot.addWidget(session.stage)
    qtbot.keyClick(shell.window, Qt.Key.Key_Right)
    qtbot.keyClick(shell.window, "1")
    assert session.controller.state.question_index is None and session.controller.state.log == ()


def captured_parents(monkeypatch):
    """Record the window each dialog of the session opens over, and answer it like a facilitator."""
    parents: list[object] = []

    def exec_box(box):
        parents.append(box.parentWidget())
        return QMessageBox.StandardButton.No

    def get_int(parent, *args, **kwargs):
        parents.append(parent)
        return 2, True

    def get_text(parent, *args, **kwargs):
        parents.append(parent)
        return "纪律好", True

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return parents


def test_dialogs_open_over_a_full_screen_stage_on_the_same_screen(opened, qtbot, monkeypatch):
    """One screen, stage full screen: a dialog over the console would raise the console (and its
    reference answer) in front of the room, so the prompts open over the stage instead."""
    console, stage, c = opened.console, opened.stage, opened.controller
    parents = captured_parents(monkeypatch)
    stage.showFullScreen()
    qtbot.keyClick(stage, Qt.Key.Key_Right)
    qtbot.keyClick(stage, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # end? — answered No
    qtbot.keyClick(console, "m")
    qtbot.keyClick(console, "2")  # manual points for group 2: how many, and why
    assert c.state.scores["g2"] == 2
    qtbot.keyClick(stage, "w")  # withdraw them, with a reason
    assert c.state.scores["g2"] == 0
    assert parents == [stage] * 4
    assert not c.state.ended

    stage.showNormal()  # F5: the stage is a window again; dialogs go back to the console
    qtbot.keyClick(stage, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert parents[-1] is console
    assert opened.windows.dialog_parent() is console


def headlines(opened) -> tuple[str, str]:
    stage = opened.stage.findChild(QLabel, "headline")
    console = opened.console.findChild(QLabel, "headline")
    return stage.text(), console.text()


def test_stage_and_console_announce_a_tie_in_the_same_words(opened, qtbot):
    console = opened.console
    qtbot.keyClick(console, Qt.Key.Key_Right)
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert headlines(opened) == ("抢答开始 — 请按抢答键！",) * 2
    qtbot.keyClick(console, "3")
    opened.fake_clock.now += 12  # inside the 30 ms tie window: the room must not see a winner
    qtbot.keyClick(console, "2")
    assert headlines(opened) == ("并列：第3组、第2组 — 主持人裁定",) * 2
    qtbot.keyClick(console, "f")
    qtbot.keyClick(console, "2")  # the facilitator settles it for group 2
    assert headlines(opened) == ("第2组 抢答成功！",) * 2
