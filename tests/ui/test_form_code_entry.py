"""Quick entry reads a printed form's code first: it picks the form, trainee, role, and quick entry."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.comparison import RaterRole
from desktop.core.form_codes import FormCode, encode
from tests.ui.test_scorecard_flow import type_text


def open_start(qtbot, window, key: str = "2"):
    qtbot.keyClick(window.home, key)
    assert window.stack.currentWidget() is window.start
    return window.start


def test_a_printed_code_picks_trainee_role_and_form_then_enter_opens_the_digits(make_shell, qtbot):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    communication = shell.context.instruments["communication"]
    first = store.start_form(communication, RaterRole.SELF, person_name="周敏", cohort_name="一班")
    store.start_form(communication, RaterRole.SELF, person_name="吴刚", cohort_name="一班")
    store.add_round(first.round.cohort_id, "培训后")  # the class's second round, printed on the form
    page = open_start(qtbot, window)
    printed = encode(FormCode("communication", RaterRole.COLLEAGUE, first.person_id, 2))
    qtbot.keyClicks(page.code_field.edit, printed.lower())
    assert page.instrument.currentData() == "communication"
    assert page.person.currentData() == first.person_id
    assert page.selected_role() is RaterRole.COLLEAGUE
    assert page.mode_quick.isChecked()
    said = page.code_field.message.text()
    assert "沟通" in said and "周敏" in said and "同事" in said and "培训后" in said
    assert page.round.currentText() == "培训后"
    type_text(qtbot, page.rater_name, "赵六")
    qtbot.keyClick(page.rater_name, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.quick
    record = window.quick.record
    assert (record.person_id, record.role, record.instrument_id, record.rater_name, record.round.name) == (
        first.person_id,
        RaterRole.COLLEAGUE,
        "communication",
        "赵六",
        "培训后",
    )


def test_a_mistyped_code_is_said_and_nothing_starts(make_shell, qtbot):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    soothing = shell.context.instruments["soothing"]
    first = store.start_form(soothing, RaterRole.SELF, person_name="周敏")
    page = open_start(qtbot, window)
    printed = encode(FormCode("soothing", RaterRole.SUPERVISOR, first.person_id)).replace("-", "")
    swapped = printed[:-1] + ("0" if printed[-1] != "0" else "1")  # the check character mistyped
    qtbot.keyClicks(page.code_field.edit, swapped)
    assert "输错" in page.code_field.message.text()
    qtbot.keyClick(page.code_field.edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.start
    assert "输错" in page.error.text()
    page.code_field.edit.clear()
    qtbot.keyClicks(page.code_field.edit, "K7#")
    assert (
        page.code_field.message.text() == "表单编码：第 3 个字符（“#”）不能出现在编码中（只有字母和数字）。"
    )
    # A blank form's code picks the form and role; the trainee is typed.
    page.code_field.edit.clear()
    qtbot.keyClicks(page.code_field.edit, encode(FormCode("soothing", RaterRole.SUPERVISOR)))
    assert page.selected_role() is RaterRole.SUPERVISOR and page.mode_quick.isChecked()
    assert "空白表单" in page.code_field.message.text()
