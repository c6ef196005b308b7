"""The console and the stage on a 1024×768 projector and on 1280×720 at 150 % (853×480 logical pixels),
and the final scoreboard's podium."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.core.banks import load_bank
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup
from desktop.core.quiz_selection import QuestionCatalog
from desktop.ui.pk.controller import PkController
from desktop.ui.pk.manager import FRAME_ALLOWANCE
from desktop.ui.pk.stage import StageWindow

from .test_pk_session import start_session

#: Logical screen sizes: a common projector, and a 1280×720 laptop at 150 % scaling.
SCREENS = [QSize(1024, 768), QSize(853, 480)]

LONG = "当客户连续三次打断你的解释并要求直接见主管时，下面哪一种回应最能既安抚情绪又守住服务底线"
BANK = (
    f"""\
bank:
  id: long
  version: 1
  title: {{zh_CN: "长题", en: "Long"}}
questions:
  - id: six
    kind: single
    text: {{zh_CN: "{LONG}？请说明理由。", en: "Long"}}
    options:
"""
    + "".join(f'      - {{zh_CN: "{LONG[: 30 + i]}（选项{i}）", en: "Option {i}"}}\n' for i in range(6))
    + """\
    answer: B
    tags: [长题]
    difficulty: 3
"""
)


class NoStore:
    def append_pk_event(self, *args: object) -> None:
        pass


def controller_with(tmp_path, groups: int = 6) -> PkController:
    path = tmp_path / "long.yaml"
    path.write_text(BANK, encoding="utf-8")
    bank, errors = load_bank(path)
    assert errors == [] and bank is not None
    setup = SessionSetup(
        tuple(Group(f"g{i + 1}", f"第{i + 1}组", "", "#1d70b8", str(i + 1)) for i in range(groups)),
        ("long/six",),
        ScoringRules(),
    )
    return PkController(1, "PK", setup, [], NoStore(), QuestionCatalog([bank]))


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_stage_fits_a_long_question_with_six_options(qtbot, tmp_path, screen):
    c = controller_with(tmp_path)
    stage = StageWindow(c, "zh_CN")
    qtbot.addWidget(stage)
    stage.resize(screen)
    stage.show()
    c.run(c.session.next_question)
    c.run(c.session.open_buzzers)
    c.buzz_key("2")
    c.run(c.session.reveal_answer)
    QApplication.processEvents()
    assert stage.size() == screen  # no minimum size pushes the stage off its screen
    options = stage.findChild(QLabel, "options")
    assert options.text().count("\n") == 5  # six options, A–F
    for label in stage.findChildren(QLabel):
        if not label.isVisible():
            continue
        assert inside(label, stage), label.text()
        if label.wordWrap() and label.text():
            # Each label got the height its wrapped text needs: nothing is cut off.
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert stage.findChild(QLabel, "answer").isVisible()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_console_keeps_every_control_on_a_small_screen(make_shell, qtbot, screen):
    opened = start_session(make_shell())
    console = opened.console
    qtbot.addWidget(console)
    qtbot.addWidget(opened.stage)
    room = screen - FRAME_ALLOWANCE
    hint = console.minimumSizeHint()
    assert hint.width() <= room.width() and hint.height() <= room.height()
    console.resize(room)
    QApplication.processEvents()
    assert console.size() == room
    for name, button in console.buttons.items():
        assert button.isVisible() and inside(button, console), name
        assert button.height() >= button.sizeHint().height(), name
    for widget in (console.scores, console.log, console.question, console.headline.parentWidget()):
        assert widget.isVisible() and widget.height() > 0


def test_a_new_console_fits_the_screen_it_opens_on(make_shell, qtbot):
    opened = start_session(make_shell())
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    room = QGuiApplication.primaryScreen().availableGeometry().size() - FRAME_ALLOWANCE
    assert opened.console.width() <= room.width() and opened.console.height() <= room.height()


def podium_texts(stage) -> dict[str, str]:
    return {
        name: stage.findChild(QLabel, name).text()
        for name in ("podium_names_1", "podium_names_2", "podium_names_3", "final_rest", "headline")
    }


def test_the_final_scoreboard_is_a_podium_with_ties_sharing_a_step(make_shell, qtbot, tmp_path):
    make_shell()  # the app in Chinese
    c = controller_with(tmp_path, groups=5)
    stage = StageWindow(c, "zh_CN")
    qtbot.addWidget(stage)
    stage.resize(1920, 1080)
    stage.show()
    c.run(c.session.next_question)
    for group, points in (("g1", 3), ("g3", 3), ("g2", 1), ("g4", 1)):
        c.award_manual(group, points, "演示")
    c.end()
    texts = podium_texts(stage)
    # Competition ranking 1, 1, 3: both leaders stand on step 1, step 2 stays empty, then 3rd place.
    assert texts["headline"] == "并列第一：第1组、第3组"
    assert texts["podium_names_1"] == "第1组\n第3组"
    assert texts["podium_names_2"] == ""
    assert not stage.findChild(QWidget, "podium_step_2").isVisible()
    assert texts["podium_names_3"] == "第2组\n第4组"
    assert texts["final_rest"] == "5. 第5组  0"
    assert stage.findChild(QLabel, "podium_score_1").text() == "3 分"
    # Readable from the back row: the winners' names are at least as big as the question text was.
    names_px = stage.findChild(QLabel, "podium_names_1").fontInfo().pixelSize()
    assert names_px >= 48
    assert stage.findChild(QLabel, "question").isHidden()
