"""Group names and leaders follow the name rules: two groups that look the same are the same name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.pk.group_table import NAME_COL


def test_group_names_that_look_the_same_are_refused_as_the_same_name(make_shell):
    shell = make_shell("zh_CN")
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.questions.mode.setCurrentIndex(3)  # picked by hand
    page.questions.hand.item(0).setCheckState(Qt.CheckState.Checked)
    page.set_groups(
        [
            {"name": "甲", "key": "1"},
            {"name": "甲\u200b", "key": "2"},  # a zero-width space: shown exactly like 甲
            {"name": "Jose\u0301", "leader": "Li\u3000 Wei", "key": "3"},
            {"name": "丁", "key": "4"},
        ]
    )
    page.groups.item(3, NAME_COL).setText("\u200b\u2060")  # only invisible characters
    page.start()
    lines = page.error.text().splitlines()
    assert lines[:2] == ["有两个组都叫甲：请给每组起不同的名称。", "第4组还没有名称。"]
    assert shell.window.pk.open_sessions == {}
    groups = page.groups.read_groups()
    assert (groups[2].name, groups[2].leader) == ("José", "Li Wei")
