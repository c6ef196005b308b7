"""Text on coloured tiles reads (WCAG AA) on the stage and in the buzzer check; success is not red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from desktop.core.colours import AA_NORMAL_TEXT, contrast_ratio, rgb
from desktop.core.pk.setup import DEFAULT_COLOURS, Group
from desktop.ui.pk.buzzer_check import BuzzerCheckDialog


def drawn_text_contrast(label, background: str) -> float:
    """The contrast between the tile's colour and the pixel of the drawn text that differs most from it."""
    image = label.grab().toImage()
    best = 1.0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y).name()
            best = max(best, contrast_ratio(pixel, background))
    return best


def text_colour(label) -> str:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_buzzer_check_success_line_is_green_not_red_and_readable(make_shell, qtbot):
    shell = make_shell("zh_CN")
    groups = tuple(Group(f"g{i}", f"第{i}组", "", DEFAULT_COLOURS[i], str(i)) for i in range(1, 5))
    dialog = BuzzerCheckDialog(groups, shell.window)
    qtbot.addWidget(dialog)
    dialog.show()
    for offset, key in enumerate("1234"):
        dialog.press(key, now=100.0 + offset * 10)  # alone, then together
    red, green, _blue = rgb(text_colour(dialog.summary))
    assert green > red, text_colour(dialog.summary)  # green (success), never red or orange
    background = dialog.palette().color(QPalette.ColorRole.Window).name()
    assert contrast_ratio(text_colour(dialog.summary), background) >= AA_NORMAL_TEXT


def test_buzzer_check_tiles_have_readable_text_before_and_after_a_press(make_shell, qtbot):
    shell = make_shell("zh_CN")
    groups = tuple(Group(f"g{i}", f"第{i}组", "", DEFAULT_COLOURS[i], str(i)) for i in range(1, 4))
    dialog = BuzzerCheckDialog(groups, shell.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.press("1", now=1.0)
    for key, background in (("1", "#8ee3a5"), ("2", "#e0e0e0")):
        label = next(iter(dialog.tiles[key].findChildren(type(dialog.summary))))
        assert contrast_ratio(text_colour(label), background) >= AA_NORMAL_TEXT, key


def test_stage_tiles_draw_readable_text_on_every_default_colour(make_shell, qtbot):
    shell = make_shell("zh_CN")
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.set_groups(
        [
            {"name": f"第{i + 1}组", "key": str(i + 1), "colour": colour}
            for i, colour in enumerate(DEFAULT_COLOURS[:9])
        ]
    )
    page.questions.mode.setCurrentIndex(3)
    page.questions.hand.item(0).setCheckState(Qt.CheckState.Checked)
    page.start()
    (opened,) = shell.window.pk.open_sessions.values()
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    opened.stage.resize(1280, 720)
    for group in opened.controller.setup.groups:
        _tile, name, score = opened.stage.tiles[group.id]
        assert contrast_ratio(text_colour(name), group.colour) >= AA_NORMAL_TEXT, group.colour
        assert drawn_text_contrast(score, group.colour) >= AA_NORMAL_TEXT, group.colour
