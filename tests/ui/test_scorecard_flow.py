"""The scorecard as a class uses it: keyboard and mouse, real database, restart, hand-over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLabel

from desktop.core.comparison import RaterRole


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit for Chinese (as a pinyin IME does)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def start_form(qtbot, window, name: str, role: RaterRole, rater: str = "", quick: bool = False):
    page = window.start
    assert window.stack.currentWidget() is page
    page.role_buttons[role].setChecked(True)
    if quick:
        page.mode_quick.setChecked(True)
    page.person.lineEdit().selectAll()
    type_text(qtbot, page.person.lineEdit(), name)
    if rater:
        type_text(qtbot, page.rater_name, rater)
    qtbot.keyClick(page.person.lineEdit(), Qt.Key.Key_Return)


def past_the_instructions(qtbot, take) -> None:
    """A new form opens on the rater's instructions; Enter begins, as the screen says."""
    if take.showing_intro:
        qtbot.keyClick(take, Qt.Key.Key_Return)


def answer_all_by_keys(qtbot, window, digits: str):
    take = window.take
    assert window.stack.currentWidget() is take
    past_the_instructions(qtbot, take)
    for digit in digits:
        qtbot.keyClick(take, digit)
    qtbot.keyClick(take, Qt.Key.Key_Return)


def test_self_assessment_by_keyboard_is_stored_and_scored(make_shell, qtbot):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    qtbot.keyClick(window.home, "1")
    start_form(qtbot, window, "王晓燕", RaterRole.SELF)
    take = window.take
    past_the_instructions(qtbot, take)
    assert take.statement.text() == shell.context.instruments["soothing"].items[0].text.zh_CN
    assert take.progress_text.text() == "第 1/20 题"
    qtbot.keyClick(take, "2")
    qtbot.keyClick(take, Qt.Key.Key_Left)  # back to statement 1 …
    assert take.progress_text.text() == "第 1/20 题"
    assert take.answer_buttons[2].isChecked()  # … which shows the earlier answer
    answer_all_by_keys(qtbot, window, "4" * 20)

    assert window.stack.currentWidget() is window.handover
    (record,) = store.assessments(completed=True)
    assert record.role is RaterRole.SELF and len(record.answers) == 20
    assert set(record.answers.values()) == {4}
    qtbot.mouseClick(window.handover.result_button, Qt.MouseButton.LeftButton)
    result = window.result
    assert window.stack.currentWidget() is result
    assert result.total.text() == "80 / 100"
    assert result.band.text() == "好"
    assert "主管和同事" in result.advice.text()
    assert result.items_table.rowCount() == 20


def test_supervisor_and_three_colleagues_are_compared_with_self(make_shell, qtbot):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    qtbot.keyClick(window.home, "1")
    start_form(qtbot, window, "李建国", RaterRole.SELF, quick=True)
    quick = window.quick
    qtbot.keyClicks(quick.digits, "55555 55555 55555 55555")
    qtbot.keyClick(quick.digits, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.handover
    # The hand-over screen shows nothing of the answers just given.
    shown = " ".join(label.text() for label in window.handover.findChildren(QLabel))
    assert "100" not in shown and "5" not in shown

    raters = [(RaterRole.SUPERVISOR, "孙经理", "3" * 20), (RaterRole.COLLEAGUE, "甲", "2" * 20)]
    raters += [(RaterRole.COLLEAGUE, "乙", "3" * 20), (RaterRole.COLLEAGUE, "丙", "4" * 20)]
    for index, (role, rater, digits) in enumerate(raters):
        qtbot.mouseClick(window.handover.next_button, Qt.MouseButton.LeftButton)
        assert window.start.person.currentText().startswith("李建国")
        window.start.role_buttons[role].setChecked(True)
        window.start.mode_one.setChecked(True)  # the entry mode is kept from the previous form
        type_text(qtbot, window.start.rater_name, rater)
        qtbot.keyClick(window.start.rater_name, Qt.Key.Key_Return)
        answer_all_by_keys(qtbot, window, digits)
        assert window.stack.currentWidget() is window.handover
        assert not window.handover.result_button.isVisible()  # only the trainee sees their result
        if index == 2:  # two colleagues so far: their mean must not be shown anywhere
            person = store.people()[0]
            window.show_result(person.id, "soothing")
            total_row = window.result.dimension_table.table_model.rows[0]
            assert total_row[3].startswith("不显示")
            assert total_row[4] == "60"  # all others = the supervisor alone
            assert "还需 1 份" in window.result.raters.text()
            window.show_handover(store.assessments()[-1])

    person = store.people()[0]
    window.show_result(person.id, "soothing")
    table = window.result.dimension_table.table_model.rows
    assert table[0][:6] == ["总分", "100", "60", "60", "60", "+40"]
    assert "同事评分：3 份（只显示平均分）" in window.result.raters.text()
    items = window.result.items_table.table_model.rows
    assert items[0][-1] == "盲点（自评偏高）"  # self 5 vs others 3 is more than a third of the scale
    # Individual colleague scores (2, 3, 4) never appear in any cell.
    assert not any(cell in ("2", "4") for row in items for cell in row[2:6])


def test_everything_is_shown_again_after_a_restart(make_shell, qtbot, tmp_path):
    first = make_shell(data_dir=tmp_path)
    qtbot.keyClick(first.window.home, "1")
    start_form(qtbot, first.window, "张丽", RaterRole.SELF)
    answer_all_by_keys(qtbot, first.window, "3" * 20)
    first.window.close()
    first.context.close()

    second = make_shell(data_dir=tmp_path)
    qtbot.keyClick(second.window.home, "3")
    history = second.window.history
    assert second.window.stack.currentWidget() is history
    assert history.people.count() == 1 and history.people.item(0).text().startswith("张丽")
    assert history.table.table_model.rows[0][1:3] == ["60", "需要提高技巧"]
    qtbot.keyClick(history, Qt.Key.Key_Return)
    assert second.window.result.total.text() == "60 / 100"


def test_an_unfinished_form_resumes_at_the_first_unanswered_statement(make_shell, qtbot, tmp_path):
    first = make_shell(data_dir=tmp_path)
    qtbot.keyClick(first.window.home, "2")
    start_form(qtbot, first.window, "刘洋", RaterRole.COLLEAGUE, rater="同事甲")
    past_the_instructions(qtbot, first.window.take)
    for digit in "45345":
        qtbot.keyClick(first.window.take, digit)
    first.window.close()
    first.context.close()

    second = make_shell(data_dir=tmp_path)
    home = second.window.home
    assert home.unfinished.count() == 1
    assert "已答 5/20" in home.unfinished.item(0).text()
    qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    take = second.window.take
    assert take.progress_text.text() == "第 6/20 题"
    qtbot.keyClick(take, Qt.Key.Key_Left)
    assert take.answer_buttons[5].isChecked()


def test_quick_entry_names_the_bad_character_and_keeps_typed_digits(make_shell, qtbot, tmp_path):
    shell = make_shell()
    qtbot.keyClick(shell.window.home, "2")
    start_form(qtbot, shell.window, "陈静", RaterRole.SUPERVISOR, rater="孙经理", quick=True)
    quick = shell.window.quick
    qtbot.keyClicks(quick.digits, "4535x")
    assert quick.error.text() == "答案：第 5 个字符（“x”）不是 1–5 或 0 的数字。"
    assert not quick.submit_button.isEnabled()
    qtbot.keyClick(quick.digits, Qt.Key.Key_Backspace)
    qtbot.keyClicks(quick.digits, "3")
    assert quick.error.text() == "" and quick.status.text() == "已输入 5/20 个数字"
    (unfinished,) = shell.context.store.assessments(completed=False)
    assert list(unfinished.answers.values()) == [4, 5, 3, 5, 3]
    qtbot.keyClicks(quick.digits, "1" * 16)
    assert "多出来" in quick.error.text()


def test_empty_trainee_name_is_refused_with_a_message(make_shell, qtbot):
    shell = make_shell()
    qtbot.keyClick(shell.window.home, "1")
    qtbot.keyClick(shell.window.start.person.lineEdit(), Qt.Key.Key_Return)
    assert shell.window.stack.currentWidget() is shell.window.start
    assert shell.window.start.error.text() == "学员：请输入姓名或从列表中选择。"
    assert shell.context.store.people() == []
