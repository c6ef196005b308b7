"""The PK set-up page: command keys refused as group keys, colours shown as swatches."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.pk.setup import DEFAULT_COLOURS, reserved_key
from desktop.ui.pk_group_table import COLOUR_COL, KEY_COL, ColourBox


def open_setup(shell):
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.mode.setCurrentIndex(3)  # picked by hand
    page.hand.item(0).setCheckState(Qt.CheckState.Checked)
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
