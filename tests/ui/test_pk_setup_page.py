"""The PK set-up page: command keys refused as group keys, colours as swatches, small screens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QPushButton

from desktop.core.pk.setup import DEFAULT_COLOURS, Group, default_key, reserved_key
from desktop.ui.pk.buzzer_check import BuzzerCheckDialog
from desktop.ui.pk.group_table import COLOUR_COL, KEY_COL, NAME_COL, ColourBox
from desktop.ui.pk.setup_page import PkSetupPage


def open_setup(shell):
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.questions.mode.setCurrentIndex(3)  # picked by hand
    page.questions.hand.item(0).setCheckState(Qt.CheckState.Checked)
    return page


def test_a_command_key_as_group_key_is_refused_naming_the_clash(make_shell):
    shell = make_shell("zh_CN")
    page = open_setup(shell)
    page.set_groups(
        [{"name": "第1组", "key": "1"}, {"name": "第2组", "key": "B"}, {"name": "第3组", "key": "3"}]
    )
    assert "第2组的抢答键 B 与主持人命令键 B（优答分）冲突" in page.error.text()  # said at once
    page.start()
    assert "第2组的抢答键 B 与主持人命令键 B（优答分）冲突" in page.error.text()
    assert "groups[1].key" not in page.error.text()  # not the core's English line as well
    assert shell.window.pk.open_sessions == {}


def test_typing_a_command_key_marks_the_cell_and_a_free_key_clears_it(make_shell):
    shell = make_shell("zh_CN")
    page = open_setup(shell)
    page.groups.item(1, KEY_COL).setText("f")
    assert "主持人命令键 F（先答分）" in page.error.text()
    assert page.groups.item(1, KEY_COL).toolTip() == page.error.text()
    page.groups.item(1, KEY_COL).setText("space")
    assert "主持人命令键 空格（开放/关闭抢答）" in page.error.text()
    page.groups.item(1, KEY_COL).setText("x")
    assert page.error.text() == ""


def test_every_key_and_name_problem_is_said_in_chinese(make_shell):
    shell = make_shell("zh_CN")
    page = open_setup(shell)
    page.set_groups(
        [{"name": "甲", "key": "1"}, {"name": "乙", "key": "1"}, {"name": "甲", "key": "3"}, {"name": "丁"}]
    )
    page.groups.item(3, NAME_COL).setText(" ")
    page.groups.item(3, KEY_COL).setText("12")
    page.start()
    lines = page.error.text().splitlines()
    assert lines == [
        "有两个组都叫甲：请给每组起不同的名称。",
        "第4组还没有名称。",
        "乙的抢答键 1 已是甲的键：每组需要自己的键。",
        "第4组的抢答键只能是一个键，而不是 12。",
    ]
    assert shell.window.pk.open_sessions == {}


def test_the_clash_is_named_in_english_in_the_english_interface(make_shell):
    shell = make_shell("en")
    page = open_setup(shell)
    page.set_groups([{"name": "Alpha", "key": "A"}, {"name": "Bravo", "key": "B"}])
    page.start()
    assert (
        "Bravo's buzz key B clashes with the facilitator's command key B (better-answer point)"
        in page.error.text()
    )


def test_default_group_keys_never_clash_and_twelve_groups_start(make_shell, qtbot):
    shell = make_shell("zh_CN")
    page = open_setup(shell)
    page.set_groups([])
    for _ in range(12):
        page.add_group()
    keys = [g.key for g in page.read_groups()]
    assert keys == list("1234567890-=")
    assert not any(reserved_key(k) for k in keys)
    page.start()
    assert page.error.text() == ""
    assert len(shell.window.pk.open_sessions) == 1
    for opened in list(shell.window.pk.open_sessions.values()):
        qtbot.addWidget(opened.console)
        qtbot.addWidget(opened.stage)


def test_group_colours_are_swatches_with_names_not_hex_codes(make_shell):
    shell = make_shell("zh_CN")
    page = open_setup(shell)
    for row in range(page.groups.rowCount()):
        box = page.groups.cellWidget(row, COLOUR_COL)
        assert isinstance(box, ColourBox)
        assert "#" not in box.currentText() and box.currentText()
        assert not box.itemIcon(box.currentIndex()).isNull()
    assert page.groups.cellWidget(0, COLOUR_COL).currentText() == "红"
    assert [g.colour for g in page.read_groups()] == list(DEFAULT_COLOURS[:4])


# 1280×720 at 150 % scaling leaves 853×480 pixels of layout, less the window's title bar.
SMALL = QSize(853, 450)


def inside(widget, top) -> bool:
    corner = widget.mapTo(top, QPoint(0, 0))
    return top.rect().contains(QRect(corner, widget.size()))


def test_setup_page_fits_a_small_screen_with_every_control_reachable(make_shell, qtbot):
    shell = make_shell("zh_CN")
    page = PkSetupPage(shell.context)
    qtbot.addWidget(page)
    page.prepare()
    page.set_groups([{"name": f"第{i + 1}组", "key": k} for i, k in enumerate("1234567890-=")])
    hint = page.minimumSizeHint()
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), hint
    page.resize(SMALL)
    page.show()
    qtbot.waitExposed(page)
    for control in (page.start_button, page.check_button, page.error):
        assert inside(control, page), control
    assert page.scroll_area.horizontalScrollBar().maximum() == 0  # the columns fit side by side
    for control in (page.groups, page.add_group_button, page.save_lineup_button, page.countdown):
        page.scroll_area.ensureWidgetVisible(control)
        assert (
            inside(control, page.scroll_area.viewport())
            or control.height() > page.scroll_area.viewport().height()
        )


def test_buzzer_check_for_twelve_groups_fits_a_small_screen(make_shell, qtbot):
    make_shell("zh_CN")
    groups = tuple(Group(f"g{i}", f"第{i + 1}组", "", DEFAULT_COLOURS[i], default_key(i)) for i in range(12))
    dialog = BuzzerCheckDialog(groups)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), hint
    dialog.resize(SMALL)
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in dialog.findChildren(QPushButton):
        assert inside(button, dialog), button.text()
    assert inside(dialog.summary, dialog)


def test_escape_leaves_the_setup_page_as_on_every_other_screen(make_shell, qtbot):
    shell = make_shell("zh_CN")
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.questions.banks.setFocus()
    with qtbot.waitSignal(page.back, timeout=1000):
        qtbot.keyClick(page.questions.banks, Qt.Key.Key_Escape)
    assert shell.window.stack.currentWidget() is not page


def test_escape_in_a_group_cell_being_edited_cancels_the_edit_and_stays(make_shell, qtbot):
    shell = make_shell("zh_CN")
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    left: list[bool] = []
    page.back.connect(lambda: left.append(True))
    page.groups.setCurrentCell(0, NAME_COL)
    page.groups.editItem(page.groups.item(0, NAME_COL))
    editor = page.groups.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert left == [] and shell.window.stack.currentWidget() is page


def test_with_all_questions_the_bank_list_takes_the_room_at_1024x768(make_shell, qtbot):
    shell = make_shell("zh_CN")
    shell.window.resize(1024, 768)
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.questions.mode.setCurrentIndex(0)  # all questions: nothing to pick below the banks
    qtbot.wait(50)
    box = page.questions.banks.parentWidget()
    below = box.height() - (page.questions.summary.geometry().bottom())
    assert below < 40, f"{below} px left empty at the bottom of the questions box"
    rows = page.questions.banks.viewport().height() // max(1, page.questions.banks.sizeHintForRow(0))
    assert rows >= 8, f"{rows} banks visible"
    page.questions.mode.setCurrentIndex(3)  # picked by hand: the question list shares the room
    qtbot.wait(50)
    assert page.questions.hand.isVisible() and page.questions.hand.height() > page.questions.banks.height()
