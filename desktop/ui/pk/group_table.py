"""The groups of a PK set-up as an editable table: name, leader, buzz key and colour (a swatch).

A buzz key that is one of the console's command keys is marked as soon as it is typed, with a
message naming the clash; the set-up page refuses to start with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.colours import rgb, text_colour_on
from desktop.core.names import name_key
from desktop.core.pk.setup import (
    DEFAULT_COLOURS,
    MAX_GROUPS,
    Group,
    ReservedKey,
    default_colour,
    default_key,
    reserved_key,
    same_key,
)
from desktop.ui.shell.formatting import fill

NAME_COL, LEADER_COL, KEY_COL, COLOUR_COL = range(4)
CLASH_BACKGROUND = QColor("#fde2e1")
SWATCH_SIZE = QSize(44, 22)


def colour_names() -> dict[str, str]:
    """What each default colour is called on screen (a name and a swatch, never a hex code)."""
    names = (
        QCoreApplication.translate("GroupTable", "Red"),
        QCoreApplication.translate("GroupTable", "Blue"),
        QCoreApplication.translate("GroupTable", "Teal"),
        QCoreApplication.translate("GroupTable", "Orange"),
        QCoreApplication.translate("GroupTable", "Purple"),
        QCoreApplication.translate("GroupTable", "Yellow"),
        QCoreApplication.translate("GroupTable", "Slate"),
        QCoreApplication.translate("GroupTable", "Pink"),
        QCoreApplication.translate("GroupTable", "Green"),
        QCoreApplication.translate("GroupTable", "Brown"),
        QCoreApplication.translate("GroupTable", "Cyan"),
        QCoreApplication.translate("GroupTable", "Indigo"),
    )
    return dict(zip(DEFAULT_COLOURS, names, strict=True))


def action_name(action: str) -> str:
    """What a console command key does, as the console's help says it."""
    return {
        "first": QCoreApplication.translate("GroupTable", "first-answer point"),
        "better": QCoreApplication.translate("GroupTable", "better-answer point"),
        "manual": QCoreApplication.translate("GroupTable", "manual point"),
        "withdraw": QCoreApplication.translate("GroupTable", "withdraw a point"),
        "reveal": QCoreApplication.translate("GroupTable", "reveal the answer"),
        "countdown": QCoreApplication.translate("GroupTable", "countdown"),
        "next": QCoreApplication.translate("GroupTable", "next question"),
        "previous": QCoreApplication.translate("GroupTable", "previous question"),
        "buzzers": QCoreApplication.translate("GroupTable", "open / close the buzzers"),
        "confirm": QCoreApplication.translate("GroupTable", "confirm"),
        "cancel": QCoreApplication.translate("GroupTable", "cancel"),
        "focus": QCoreApplication.translate("GroupTable", "move between controls"),
        "stage": QCoreApplication.translate("GroupTable", "stage full screen"),
        "undo": QCoreApplication.translate("GroupTable", "undo"),
        "end": QCoreApplication.translate("GroupTable", "end the session"),
    }.get(action, action)


def clash_message(group_name: str, key: str, clash: ReservedKey) -> str:
    """E.g. 第2组的抢答键 B 与主持人命令键 B（优答分）冲突，请换一个键。"""
    name = QCoreApplication.translate("GroupTable", "Space") if clash.name == "Space" else clash.name
    return fill(
        QCoreApplication.translate(
            "GroupTable",
            "%1's buzz key %2 clashes with the facilitator's command key %3 (%4): choose another key.",
        ),
        group_name,
        key,
        name,
        action_name(clash.action),
    )


def swatch(colour: str) -> QIcon:
    """A filled rounded rectangle in ``colour`` with "Aa" in the text colour the stage will use on it."""
    pixmap = QPixmap(SWATCH_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#7a7a7a"))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(pixmap.rect().adjusted(0, 0, -1, -1), 4, 4)
    painter.setPen(QColor(text_colour_on(colour)))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "Aa")
    painter.end()
    return QIcon(pixmap)


class ColourBox(QComboBox):
    """Picks a group colour from the defaults, each shown as a swatch with its name."""

    def __init__(self, colour: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIconSize(SWATCH_SIZE)
        for value, name in colour_names().items():
            self.addItem(swatch(value), name, value)
        if self.findData(colour) < 0:
            try:
                rgb(colour)  # a saved line-up may hold a colour that is no longer a default
            except ValueError:
                colour = DEFAULT_COLOURS[0]
            else:
                self.addItem(swatch(colour), QCoreApplication.translate("GroupTable", "Other colour"), colour)
        self.setCurrentIndex(self.findData(colour))

    @property
    def colour(self) -> str:
        return str(self.currentData())


class GroupTable(QTableWidget):
    keys_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("GroupTable", "Group"),
                QCoreApplication.translate("GroupTable", "Leader"),
                QCoreApplication.translate("GroupTable", "Buzz key"),
                QCoreApplication.translate("GroupTable", "Colour"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEADER_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEY_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLOUR_COL, QHeaderView.ResizeMode.ResizeToContents)
        self.itemChanged.connect(self._item_changed)

    def add_group(
        self, name: str | None = None, leader: str = "", key: str | None = None, colour: str | None = None
    ) -> None:
        row = self.rowCount()
        if row >= MAX_GROUPS:
            return
        used = {self.cell(r, KEY_COL).upper() for r in range(row)}
        if not key:
            key = next((k for k in map(default_key, range(MAX_GROUPS)) if k not in used), "")
        self.blockSignals(True)
        self.insertRow(row)
        self.setItem(
            row,
            NAME_COL,
            QTableWidgetItem(name or fill(QCoreApplication.translate("GroupTable", "Group %1"), row + 1)),
        )
        self.setItem(row, LEADER_COL, QTableWidgetItem(leader))
        key_item = QTableWidgetItem(key)
        key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(row, KEY_COL, key_item)
        self.setCellWidget(row, COLOUR_COL, ColourBox(colour or default_colour(row)))
        self.blockSignals(False)
        self._mark_clashes()

    def remove_group(self) -> None:
        row = self.currentRow() if self.currentRow() >= 0 else self.rowCount() - 1
        if row >= 0:
            self.removeRow(row)
            self._mark_clashes()

    def cell(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item else ""

    def read_groups(self) -> tuple[Group, ...]:
        groups = []
        for row in range(self.rowCount()):
            box = self.cellWidget(row, COLOUR_COL)
            groups.append(
                Group(
                    id=f"g{row + 1}",
                    # The name rules (desktop.core.names): names that look the same are the same.
                    name=name_key(self.cell(row, NAME_COL)),
                    leader=name_key(self.cell(row, LEADER_COL)),
                    colour=box.colour if isinstance(box, ColourBox) else default_colour(row),
                    key=self.cell(row, KEY_COL).upper(),
                )
            )
        return tuple(groups)

    def set_groups(self, groups: Sequence[Mapping[str, str]]) -> None:
        self.setRowCount(0)
        for group in groups[:MAX_GROUPS]:
            self.add_group(group.get("name"), group.get("leader", ""), group.get("key"), group.get("colour"))

    def key_clashes(self) -> list[tuple[int, str]]:
        """(row, message) for every group whose key cannot buzz: a command key of the console,
        another group's key, none, or more than one key."""
        clashes = []
        used: dict[str, str] = {}
        for row, group in enumerate(self.read_groups()):
            name = group.name or fill(QCoreApplication.translate("GroupTable", "Group %1"), row + 1)
            clash = reserved_key(group.key)
            if clash is not None:
                clashes.append((row, clash_message(name, group.key, clash)))
            elif not group.key:
                message = QCoreApplication.translate(
                    "GroupTable", "%1 has no buzz key: type one key in its row."
                )
                clashes.append((row, fill(message, name)))
            elif len(group.key) != 1:
                message = QCoreApplication.translate("GroupTable", "%1's buzz key must be one key, not %2.")
                clashes.append((row, fill(message, name, group.key)))
            elif same_key(group.key) in used:
                message = QCoreApplication.translate(
                    "GroupTable", "%1's buzz key %2 is already the key of %3: every group needs its own key."
                )
                clashes.append((row, fill(message, name, group.key, used[same_key(group.key)])))
            else:
                used[same_key(group.key)] = name
        return clashes

    def name_problems(self) -> list[tuple[int, str]]:
        """(row, message) for every group without a name, or with another group's name."""
        problems = []
        seen: set[str] = set()
        for row, group in enumerate(self.read_groups()):
            if not group.name:
                message = QCoreApplication.translate("GroupTable", "Group %1 has no name.")
                problems.append((row, fill(message, row + 1)))
            elif group.name in seen:
                message = QCoreApplication.translate(
                    "GroupTable", "Two groups are called %1: give each its own name."
                )
                problems.append((row, fill(message, group.name)))
            seen.add(group.name)
        return problems

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (KEY_COL, NAME_COL):
            self._mark_clashes()

    def _mark_clashes(self) -> None:
        clashes = dict(self.key_clashes())
        self.blockSignals(True)
        for row in range(self.rowCount()):
            item = self.item(row, KEY_COL)
            if item is None:
                continue
            item.setData(Qt.ItemDataRole.BackgroundRole, CLASH_BACKGROUND if row in clashes else None)
            item.setToolTip(clashes.get(row, ""))
        self.blockSignals(False)
        self.keys_changed.emit()
