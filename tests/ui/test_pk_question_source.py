"""A question's source in the course (deck and slide or section) is shown after the reveal, on both windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.core.sources import Source
from desktop.ui.pk.text import source_text


def test_source_text_reads_in_the_interface_language(make_shell):
    make_shell("zh_CN")  # installs the Chinese translations
    assert source_text(None) == ""
    assert source_text(Source("001", (44,))) == "出处：课件 001 第 44 页"
    assert source_text(Source("001", (17, 18))) == "出处：课件 001 第 17–18 页"
    assert source_text(Source("003", (), "你的对手")) == "出处：课件 003 · 你的对手"


def start_with_a_cited_question(shell):
    """A PK session of one hand-picked question that cites its source (as ``start_session``)."""
    window = shell.window
    window.pk.sound.enabled = False
    window.show_home()
    QTest.keyClick(window.home, "4")
    page = window.pk_setup
    page.set_groups([{"name": f"第{i}组", "leader": f"组长{i}", "key": str(i)} for i in (1, 2)])
    questions = page.questions
    questions.mode.setCurrentIndex(3)  # hand-picked
    cited = next(
        row
        for row in range(questions.hand.count())
        if questions.catalog.get(questions.hand.item(row).data(Qt.ItemDataRole.UserRole)).question.source
        is not None
    )
    questions.hand.item(cited).setCheckState(Qt.CheckState.Checked)
    page.start()
    (opened,) = window.pk.open_sessions.values()
    return opened


def test_stage_and_console_show_the_source_only_after_the_reveal(make_shell, qtbot):
    shell = make_shell()
    opened = start_with_a_cited_question(shell)
    console, stage, controller = opened.console, opened.stage, opened.controller
    qtbot.addWidget(console)
    qtbot.addWidget(stage)
    qtbot.keyClick(console, Qt.Key.Key_Right)
    expected = source_text(controller.question().question.source)
    assert expected.startswith("出处：课件 ")
    assert not stage.source.isVisible() and expected not in console.reference.text()
    qtbot.keyClick(console, "r")
    assert stage.source.isVisible() and stage.source.text() == expected
    assert expected in console.reference.text()
    # The final scoreboard clears it.
    controller.run(controller.session.end)
    assert not stage.source.isVisible() and stage.source.text() == ""
