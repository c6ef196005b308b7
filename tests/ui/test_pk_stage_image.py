"""A question's image on the stage: beside the text at 1920×1080, under it at 1024×768, all in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel

from desktop.core.banks import load_bank
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup
from desktop.core.quiz_selection import QuestionCatalog
from desktop.ui.pk.controller import PkController
from desktop.ui.pk.stage import StageWindow

from .test_pk_small_screens import LONG, NoStore, inside

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/></svg>'


def bank_text(image: str) -> str:
    options = "".join(f'      - {{zh_CN: "{LONG[: 20 + i]}（选项{i}）"}}\n' for i in range(4))
    return (
        "bank:\n  id: pics\n  version: 1\n  title: {zh_CN: 看图}\nquestions:\n"
        f'  - id: q-1\n    kind: single\n    text: {{zh_CN: "{LONG}？"}}\n    options:\n{options}'
        f"    answer: A\n    tags: [图]\n    difficulty: 1\n    image: {image}\n"
        "  - id: q-2\n    kind: truefalse\n    text: {zh_CN: 没有图的题}\n    answer: true\n"
        "    tags: [图]\n    difficulty: 1\n"
    )


def write_bank(tmp_path, image: str):
    (tmp_path / "bank.yaml").write_text(bank_text(image), encoding="utf-8")
    return tmp_path / "bank.yaml"


def stage_for(qtbot, tmp_path, image: str, screen: QSize) -> tuple[PkController, StageWindow]:
    bank, errors = load_bank(write_bank(tmp_path, image))
    assert errors == [] and bank is not None
    return stage_with(qtbot, bank, screen)


def stage_with(qtbot, bank, screen: QSize) -> tuple[PkController, StageWindow]:
    groups = tuple(Group(f"g{i}", f"第{i}组", "", "#1d70b8", str(i)) for i in (1, 2, 3))
    c = PkController(1, "PK", SessionSetup(groups, ("pics/q-1", "pics/q-2"), ScoringRules()), [], NoStore(),
                     QuestionCatalog([bank]))  # fmt: skip
    stage = StageWindow(c, "zh_CN")
    qtbot.addWidget(stage)
    stage.resize(screen)
    stage.show()
    c.run(c.session.next_question)
    c.run(c.session.reveal_answer)
    QApplication.processEvents()
    return c, stage


@pytest.fixture
def photo(tmp_path):
    (tmp_path / "images").mkdir()
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a9d8f"))
    assert image.save(str(tmp_path / "images" / "queue.png"))
    return "images/queue.png"


@pytest.mark.parametrize(
    ("screen", "beside"),
    [(QSize(1920, 1080), True), (QSize(1024, 768), False)],
    ids=["1920x1080", "1024x768"],
)
def test_the_image_is_scaled_beside_or_under_the_text_and_everything_stays_in_view(
    qtbot, tmp_path, photo, screen, beside
):
    c, stage = stage_for(qtbot, tmp_path, photo, screen)
    image = stage.findChild(QLabel, "question_image")
    question = stage.findChild(QLabel, "question")
    assert image.isVisible() and not image.pixmap().isNull()
    shown = image.pixmap().size()
    assert abs(shown.width() / shown.height() - 800 / 600) < 0.02  # its shape is kept
    assert shown.height() >= screen.height() * 0.2  # large enough for the back row
    image_at = image.mapTo(stage, image.rect().topLeft())
    question_at = question.mapTo(stage, question.rect().topLeft())
    if beside:
        assert image_at.x() >= question_at.x() + question.width()
    else:
        assert image_at.y() >= question_at.y() + question.height()
    for label in stage.findChildren(QLabel):
        if label.isVisible():
            assert inside(label, stage), label.objectName() or label.text()
            if label.wordWrap() and label.text():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
    c.run(c.session.next_question)  # a question without an image
    QApplication.processEvents()
    assert not image.isVisible()


def test_an_svg_is_drawn_at_the_size_shown(qtbot, tmp_path):
    (tmp_path / "plan.svg").write_text(SVG, encoding="utf-8")
    _c, stage = stage_for(qtbot, tmp_path, "plan.svg", QSize(1920, 1080))
    image = stage.findChild(QLabel, "question_image")
    assert image.isVisible() and image.pixmap().width() > 400  # 40 px drawn large, not a blurred stretch
    assert image.pixmap().toImage().pixelColor(10, 10) == QColor("red")


def test_an_image_deleted_after_loading_leaves_the_question_on_stage(qtbot, tmp_path, photo):
    bank, errors = load_bank(write_bank(tmp_path, photo))
    assert errors == [] and bank is not None
    (tmp_path / photo).unlink()  # removed after the bank was loaded, before the question is played
    stage = stage_with(qtbot, bank, QSize(1024, 768))[1]
    assert stage.findChild(QLabel, "question").text() == f"{LONG}？"
    assert not stage.findChild(QLabel, "question_image").isVisible()
