"""A whole PK session from the keyboard: set-up, buzzes, points, undo, end; stage and console agree."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.core.pk.setup import Group, ScoringRules, SessionSetup
from desktop.ui.pk.export import csv_bytes, export_pdf

HTML_NAME = "<b>红队</b>"


class FakeClock:
    """The session's milliseconds, moved by the test: no test depends on how fast the machine is."""

    def __init__(self, start_ms: float = 0.0):
        self.now = start_ms

    def __call__(self) -> float:
        return self.now


def qtbot_key(widget, key):
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key)


def start_session(shell, groups=3, questions=5):
    window = shell.window
    window.pk.sound.enabled = False
    clocks = []
    window.pk.clock_factory = lambda start: clocks.append(FakeClock(start)) or clocks[-1]
    window.show_home()
    qtbot_key(window.home, "4")  # the PK job is key 4 on the home screen
    assert window.stack.currentWidget() is window.pk_setup
    page = window.pk_setup
    page.set_groups(
        [
            {"name": HTML_NAME if i == 0 else f"第{i + 1}组", "leader": f"组长{i + 1}", "key": str(i + 1)}
            for i in range(groups)
        ]
    )
    page.questions.mode.setCurrentIndex(3)  # hand-picked
    for row in range(questions):
        page.questions.hand.item(row).setCheckState(Qt.CheckState.Checked)
    page.start()
    (opened,) = window.pk.open_sessions.values()
    opened.fake_clock = clocks[-1]
    return opened


def test_whole_session_from_the_keyboard(make_shell, qtbot, monkeypatch):
    shell = make_shell()
    opened = start_session(shell)
    console, stage, controller = opened.console, opened.stage, opened.controller
    qtbot.addWidget(console)
    qtbot.addWidget(stage)
    store = shell.context.store

    def key(k, widget=console):
        opened.fake_clock.now += 100.0  # keys 100 ms apart: outside the 30 ms tie window
        qtbot.keyClick(widget, k)

    # Question 1: group 2 buzzes first, group 1 later; first point to 2, better point to 1.
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Space)
    key("2")
    key("2")  # a second press of the same group counts once
    key("1", stage)  # keys work on the stage window too
    assert controller.state.locked_by == "g2"
    assert "第2组" in stage.banner.text()
    assert [b.group for b in controller.state.buzzes] == ["g2", "g1"]
    assert console.buzz_table.table_model.rows[1][2].startswith("+")
    key("f")
    key("b")
    key("1")
    key("r")
    assert stage.answer.isVisible() and stage.answer.text().startswith("答案：")
    # Question 2: group 3 alone; a wrong point is undone with Ctrl+Z.
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Space)
    key("3")
    key("f")
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.state.scores == {"g1": 1, "g2": 1, "g3": 0}, [
        (e.kind, dict(e.data), e.undone) for e in controller.state.log
    ]
    # Questions 3–5: a reopening after a wrong answer excludes the group that already buzzed.
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Space)
    key("1")
    key(Qt.Key.Key_Space)  # close
    key(Qt.Key.Key_Space)  # reopen for the others
    key("1")  # ignored: group 1 already buzzed on this question
    key("3")
    assert controller.state.locked_by == "g3"
    key("f")
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Right)
    assert controller.state.question_index == 4
    key("b")
    key("3")
    # End from the console.
    from PySide6.QtWidgets import QMessageBox

    # Confirm "end?" — for this test only: a class-wide patch left behind answers every later dialog.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    state = controller.state
    assert state.ended
    assert state.scores == {"g1": 1, "g2": 1, "g3": 2}
    assert state.winners == ("g3",)
    assert stage.banner.text() == "获胜：第3组" == console.headline.text()
    assert console.scores.table_model.rows[2][-1] == "2"
    # The stored log is the session: every event is in the database, undo included.
    stored = store.pk_events(controller.session_id)
    assert [e.seq for e in stored] == list(range(1, len(stored) + 1))
    assert sum(e.kind == "undo" for e in stored) == 1
    assert stored[-1].kind == "session_ended"
    assert store.pk_session(controller.session_id).ended_at is not None
    # The console log shows the undone point, struck out.
    undone = [
        console.log.item(i) for i in range(console.log.count()) if "已撤销" in console.log.item(i).text()
    ]
    assert len(undone) == 1 and undone[0].font().strikeOut()


def test_group_names_with_html_show_literally_on_the_stage(make_shell, qtbot):
    shell = make_shell()
    opened = start_session(shell)
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    controller = opened.controller
    controller.run(controller.session.next_question)
    controller.run(controller.session.open_buzzers)
    controller.buzz_key("1")
    labels = [label for label in opened.stage.findChildren(QLabel) if "<b>" in label.text()]
    assert labels, "the HTML name is on the stage as typed"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert any(label.text() == f"{HTML_NAME} 抢答成功！" for label in labels)


def test_resume_after_closing_the_console_keeps_question_scores_and_buzzes(make_shell, qtbot, tmp_path):
    first = make_shell(data_dir=tmp_path)
    opened = start_session(first)
    c = opened.controller
    c.run(c.session.next_question)
    c.run(c.session.open_buzzers)
    c.buzz_key("2")
    c.award_first()
    c.run(c.session.next_question)
    c.run(c.session.open_buzzers)
    c.buzz_key("3")
    session_id = c.session_id
    opened.console.close()
    first.window.close()
    first.context.close()

    second = make_shell(data_dir=tmp_path)
    home = second.window.home
    items = [home.unfinished.item(i) for i in range(home.unfinished.count())]
    (pk_item,) = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == ("pk", session_id)]
    home.unfinished.setCurrentItem(pk_item)
    assert home.discard_button.isEnabled()  # it would end the session, keeping its log; not pressed here
    qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    resumed = second.window.pk.open_sessions[session_id]
    qtbot.addWidget(resumed.console)
    qtbot.addWidget(resumed.stage)
    state = resumed.controller.state
    assert state.question_index == 1 and state.buzzers_open and state.locked_by == "g3"
    assert state.scores == {"g1": 0, "g2": 1, "g3": 0}


def test_exports_have_the_played_questions_and_the_winner(make_shell, qtbot, tmp_path):
    shell = make_shell()
    opened = start_session(shell, groups=2, questions=3)
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    c = opened.controller
    c.run(c.session.next_question)
    c.run(c.session.open_buzzers)
    c.buzz_key("2")
    opened.fake_clock.now += 240
    c.buzz_key("1")
    c.award_first(reason="")
    c.award_manual("g1", 1, "纪律好")
    c.end()
    raw = csv_bytes(c, "zh_CN")
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese correctly
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[2][:4] == ["1", "第2组", "组长2", "1"] or rows[2][:4] == ["1", HTML_NAME, "组长1", "1"]
    question_rows = rows[rows.index(next(r for r in rows if r and r[0] == "题号")) + 1 :]
    assert len(question_rows) == 1  # only the question played, not the other two
    assert "纪律好" in question_rows[0][-1]
    assert question_rows[0][4] == f"第2组 › {HTML_NAME} (+240 ms)"
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(b"old")
    export_pdf(c, "zh_CN", pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data


def test_setup_refuses_duplicate_keys_with_the_field_named(make_shell):
    shell = make_shell()
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.set_groups([{"name": "甲", "key": "1"}, {"name": "乙", "key": "1"}])
    page.start()
    assert "乙的抢答键 1 已是甲的键" in page.error.text()
    assert shell.window.pk.open_sessions == {}


def test_setup_for_ten_groups_is_valid():
    groups = tuple(Group(f"g{i}", f"组{i}", "", "#000000", "1234567890"[i]) for i in range(10))
    from desktop.core.pk.setup import validate_setup

    assert validate_setup(SessionSetup(groups, ("a/b",), ScoringRules())) == []


def test_buzzes_inside_the_tie_window_are_left_to_the_facilitator(make_shell, qtbot):
    shell = make_shell()
    opened = start_session(shell)
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    console, c = opened.console, opened.controller
    qtbot.keyClick(console, Qt.Key.Key_Right)
    qtbot.keyClick(console, Qt.Key.Key_Space)
    qtbot.keyClick(console, "3")
    opened.fake_clock.now += 12  # inside the 30 ms window
    qtbot.keyClick(console, "2")
    assert console.buzz_table.table_model.rows[1][2:] == ["+12 ms", "并列 — 请裁定"]
    assert "+12 ms" in opened.stage.order.text()  # the room sees the gap too
    qtbot.keyClick(console, "f")
    assert "并列" in console.prompt.text()
    qtbot.keyClick(console, "2")  # the facilitator gives it to group 2
    assert c.state.scores["g2"] == 1 and c.state.scores["g3"] == 0


def test_switching_language_keeps_a_running_session(make_shell, qtbot):
    shell = make_shell()
    opened = start_session(shell)
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    qtbot.keyClick(opened.console, Qt.Key.Key_Right)
    shell.switch_language("en")
    qtbot.wait(10)  # let the old window's deferred deletion happen
    qtbot.keyClick(opened.console, Qt.Key.Key_Space)
    qtbot.keyClick(opened.console, "1")
    assert opened.controller.state.locked_by == "g1"
    assert shell.window.pk.open_sessions  # the new window knows the running session
