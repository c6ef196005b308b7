"""Buzzer check before class: every group presses its key, alone and then all at once.

Ordinary keyboards register only a few keys pressed together; this shows which keys arrived,
so a keyboard (or USB buzzer box) that drops simultaneous presses is found before the session.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.pk.setup import Group
from desktop.ui.formatting import fill
from desktop.ui.widgets import plain_label

BURST_WINDOW_S = 0.5  # presses this close together count as "at the same time"


class BuzzerCheckDialog(QDialog):
    def __init__(self, groups: tuple[Group, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buzzer check"))
        self.groups = {g.key.upper(): g for g in groups if g.key}
        self.registered: set[str] = set()
        self.burst: list[tuple[float, str]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "1. Each group presses its key alone: its tile turns green.\n"
                    "2. Then all groups press at the same moment: the line below says how many keys arrived together."
                ),
                "subtitle",
                wrap=True,
            )
        )
        grid = QGridLayout()
        self.tiles: dict[str, QFrame] = {}
        self.tile_labels: dict[str, object] = {}
        for index, (key, group) in enumerate(self.groups.items()):
            tile = QFrame()
            tile.setMinimumSize(150, 90)
            tile_layout = QVBoxLayout(tile)
            label = plain_label(f"{key}\n{group.name}", "subtitle")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile_layout.addWidget(label)
            grid.addWidget(tile, index // 6, index % 6)
            self.tiles[key] = tile
        layout.addLayout(grid)
        self.summary = plain_label("", "band", wrap=True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        reset = QPushButton(self.tr("Start again"))
        close = QPushButton(self.tr("Close"))
        for button in (reset, close):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        reset.clicked.connect(self.reset)
        close.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(reset)
        row.addWidget(close)
        layout.addLayout(row)
        self.reset()

    def reset(self) -> None:
        self.registered.clear()
        self.burst.clear()
        for tile in self.tiles.values():
            tile.setStyleSheet("QFrame { background: #e0e0e0; border-radius: 10px; }")
        self._update_summary()

    def press(self, key: str, now: float | None = None) -> None:
        key = key.upper()
        if key not in self.groups:
            return
        now = time.monotonic() if now is None else now
        self.registered.add(key)
        self.burst = [(t, k) for t, k in self.burst if now - t <= BURST_WINDOW_S and k != key] + [(now, key)]
        self.tiles[key].setStyleSheet("QFrame { background: #8ee3a5; border-radius: 10px; }")
        self._update_summary()

    @property
    def missing(self) -> list[str]:
        return [k for k in self.groups if k not in self.registered]

    def _update_summary(self) -> None:
        missing = [self.groups[k].name for k in self.missing]
        text = fill(self.tr("Registered %1 of %2 keys."), len(self.registered), len(self.groups))
        if missing:
            text += " " + fill(self.tr("Not yet: %1"), "、".join(missing))
        if len(self.burst) > 1:
            text += "\n" + fill(
                self.tr("Pressed together: %1 of %2 keys arrived within half a second."),
                len(self.burst),
                len(self.groups),
            )
            if len(self.burst) < len(self.groups):
                text += " " + self.tr(
                    "If every group pressed, this keyboard drops simultaneous keys: use fewer groups per keyboard or USB buzzers."
                )
        self.summary.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.isAutoRepeat():
            return
        if event.text() and event.text().upper() in self.groups:
            self.press(event.text())
            return
        super().keyPressEvent(event)
