"""Choices shared by the radar screen and the class view: which form, and whose ratings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox

from desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from desktop.core.instruments import Instrument


def basis_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("RadarControls", "Self-ratings"), "self")
    combo.addItem(QCoreApplication.translate("RadarControls", "Others' ratings"), "others")
    return combo


def fill_form_combo(
    combo: QComboBox,
    context: AppContext,
    radar_only: bool = True,
    listed: Mapping[str, Instrument] | None = None,
) -> None:
    """The forms that make a radar (or every form), keeping the current choice: ``listed`` (see
    ``AppContext.forms_with_history``), or today's files.

    The first choice is the first form whose file declares ``radar: true`` (signals are the
    caller's to block).
    """
    forms = [
        i
        for i in (context.instruments if listed is None else listed).values()
        if i.has_radar or not radar_only
    ]
    declared = next((i.id for i in forms if i.radar_declared), None)
    chosen = combo.currentData() or declared
    combo.clear()
    for instrument in forms:
        combo.addItem(context.text(instrument.title), instrument.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


def add_choices(
    layout: QBoxLayout,
    choices: Sequence[tuple[str, QComboBox]],
    wide: QComboBox,
    on_change: Callable[[], None],
) -> None:
    """A row of labelled combo boxes; ``wide`` takes the spare width, any change calls ``on_change``."""
    from desktop.ui.shell.widgets import plain_label

    for label, combo in choices:
        # Long choices ("Self vs supervisor vs colleagues") are elided rather than widening the
        # row past a small screen; the open list shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(6, combo.minimumContentsLength() // 2))
        layout.addWidget(plain_label(label))
        layout.addWidget(combo, 2 if combo is wide else 1)
        combo.currentIndexChanged.connect(lambda _index: on_change())
