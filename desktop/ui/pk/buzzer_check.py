"""Buzzer check before class: every group presses its key, alone and then all at once.

Ordinary keyboards register only a few keys pressed together; this shows which keys arrived,
so a keyboard (or USB buzzer box) that drops simultaneous presses is found before the session.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.colours import text_colour_on
from desktop.core.pk.setup import Group
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import plain_label, set_role

BURST_WINDOW_S = 0.5  # presses this close together count as "at the same time"
WAITING, ARRIVED = "#e0e0e0", "#8ee3a5"  # tile backgrounds: not pressed yet / key arrived
TILE_COLUMNS = 4  # 12 groups in 3 rows: fits a 1024×768 screen, and 1280×720 at 150 %
#: The summary line's look: green once every key arrived, a warning when keys were dropped.
SUMMARY_PENDING, SUMMARY_OK, SUMMARY_WARNING = "check_pending", "check_ok", "check_warning"


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
        tiles = QWidget()
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[str, QFrame] = {}
        self.tile_labels: dict[str, QLabel] = {}
        for index, (key, group) in enumerate(self.groups.items()):
            tile = QFrame()
            tile.setMinimumSize(120, 64)
            tile_layout = QVBoxLayout(tile)
            label = plain_label(f"{key}\n{group.name}", wrap=True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile_layout.addWidget(label)
            grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
            self.tiles[key] = tile
            self.tile_labels[key] = label
        # On a small screen the tiles scroll; the instructions, summary and buttons stay in view.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(tiles)
        layout.addWidget(scroll, 1)
        self.summary = plain_label("", SUMMARY_PENDING, wrap=True)
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
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As large as the tiles need, never larger than the screen (1024×768, or 1280×720 at 150 %)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        rows = max(1, -(-len(self.tiles) // TILE_COLUMNS))
        wanted_width, wanted_height = 760, 300 + rows * 110
        self.resize(min(wanted_width, available.width() - 40), min(wanted_height, available.height() - 60))

    def reset(self) -> None:
        self.registered.clear()
        self.burst.clear()
        for key in self.tiles:
            self._paint_tile(key, WAITING)
        self._update_summary()

    def _paint_tile(self, key: str, background: str) -> None:
        self.tiles[key].setStyleSheet(f"QFrame {{ background: {background}; border-radius: 10px; }}")
        self.tile_labels[key].setStyleSheet(
            f"font-size: 20px; font-weight: bold; color: {text_colour_on(background)}; background: transparent;"
        )

    def press(self, key: str, now: float | None = None) -> None:
        key = key.upper()
        if key not in self.groups:
            return
        now = time.monotonic() if now is None else now
        self.registered.add(key)
        self.burst = [(t, k) for t, k in self.burst if now - t <= BURST_WINDOW_S and k != key] + [(now, key)]
        self._paint_tile(key, ARRIVED)
        self._update_summary()

    @property
    def missing(self) -> list[str]:
        return [k for k in self.groups if k not in self.registered]

    def _update_summary(self) -> None:
        missing = [self.groups[k].name for k in self.missing]
        look = SUMMARY_PENDING if missing else SUMMARY_OK
        text = fill(self.tr("Registered %1 of %2 keys."), len(self.registered), len(self.groups))
        if missing:
            text += " " + fill(self.tr("Not yet: %1"), "、".join(missing))
        if len(self.burst) > 1:
            text += "\n" + fill(
                self.tr("Pressed together: %1 of %2 keys arrived within half a second."),
                len(self.burst),
                len(self.groups),
            )
            if len(self.burst) < len(self.groups) and not missing:
                look = SUMMARY_WARNING
            if len(self.burst) < len(self.groups):
                text += " " + self.tr(
                    "If every group pressed, this keyboard drops simultaneous keys: use fewer groups per keyboard or USB buzzers."
                )
        self.summary.setText(text)
        set_role(self.summary, look)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.isAutoRepeat():
            return
        if event.text() and event.text().upper() in self.groups:
            self.press(event.text())
            return
        super().keyPressEvent(event)
