"""Choices shared by the radar screen and the class view: which form, and whose ratings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox

from desktop.ui.context import AppContext

MIN_AXES = 3  # a radar of fewer than three axes is a line, not a profile
DEFAULT_RADAR_FORM = "eq"


def basis_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("RadarControls", "Self-ratings"), "self")
    combo.addItem(QCoreApplication.translate("RadarControls", "Others' ratings"), "others")
    return combo


def fill_form_combo(combo: QComboBox, context: AppContext) -> None:
    """The forms that make a radar, keeping the current choice (signals are the caller's to block)."""
    chosen = combo.currentData() or DEFAULT_RADAR_FORM
    combo.clear()
    for instrument in context.instruments.values():
        if len(instrument.dimensions) >= MIN_AXES:
            combo.addItem(context.text(instrument.title), instrument.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


def add_choices(
    layout: QBoxLayout,
    choices: Sequence[tuple[str, QComboBox]],
    wide: QComboBox,
    on_change: Callable[[], None],
) -> None:
    """A row of labelled combo boxes; ``wide`` takes the spare width, any change calls ``on_change``."""
    from desktop.ui.widgets import plain_label

    for label, combo in choices:
        # Long choices ("Self vs supervisor vs colleagues") are elided rather than widening the
        # row past a small screen; the open list shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(6, combo.minimumContentsLength() // 2))
        layout.addWidget(plain_label(label))
        layout.addWidget(combo, 2 if combo is wide else 1)
        combo.currentIndexChanged.connect(lambda _index: on_change())
