"""Setting up a group PK session: banks and questions (the Questions box, ``question_picker``), groups
(name, leader, colour, buzz key), rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.names import name_key
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup, validate_setup
from desktop.ui.pk.group_table import GroupTable
from desktop.ui.pk.question_picker import QuestionPicker
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import big_button, name_combo, plain_label, title_bar, try_write


class PkSetupPage(QWidget):
    start_requested = Signal(str, object)  # title, SessionSetup
    buzzer_check_requested = Signal(object)  # tuple[Group, ...]
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 8)
        outer.addLayout(title_bar(self.tr("Group PK quiz: set-up"), self.back.emit))

        # The boxes scroll on a small screen (1024×768, or 1280×720 at 150 %: 853×480 pixels of
        # layout); the title, the error line and the Start button stay in view.
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)

        self.questions = QuestionPicker(context)
        grid.addWidget(self.questions, 0, 0, 2, 1)

        # Groups
        groups_box = QGroupBox(self.tr("Groups"))
        g_layout = QVBoxLayout(groups_box)
        self.groups = GroupTable()
        # Enough rows to work with even on a small screen: the page scrolls rather than squash them.
        self.groups.setMinimumHeight(190)
        self.groups.keys_changed.connect(self._show_key_clashes)
        g_layout.addWidget(self.groups, 1)
        row = QHBoxLayout()
        self.add_group_button = QPushButton(self.tr("Add group"))
        self.remove_group_button = QPushButton(self.tr("Remove group"))
        self.add_group_button.clicked.connect(lambda: self.groups.add_group())
        self.remove_group_button.clicked.connect(self.groups.remove_group)
        row.addWidget(self.add_group_button)
        row.addWidget(self.remove_group_button)
        row.addStretch(1)
        g_layout.addLayout(row)
        lineup_row = QHBoxLayout()
        self.lineups = name_combo()
        self.load_lineup_button = QPushButton(self.tr("Load line-up"))
        self.save_lineup_button = QPushButton(self.tr("Save line-up…"))
        self.load_lineup_button.clicked.connect(self.load_lineup)
        self.save_lineup_button.clicked.connect(self.save_lineup)
        lineup_row.addWidget(plain_label(self.tr("Saved line-ups")))
        lineup_row.addWidget(self.lineups, 1)
        lineup_row.addWidget(self.load_lineup_button)
        lineup_row.addWidget(self.save_lineup_button)
        g_layout.addLayout(lineup_row)
        grid.addWidget(groups_box, 0, 1)

        # Rules
        rules_box = QGroupBox(self.tr("Session"))
        form = QFormLayout(rules_box)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        form.addRow(self.tr("Title"), self.title)
        self.first_points = self._spin(0, 10, 1)
        self.better_points = self._spin(0, 10, 1)
        self.tie_window = self._spin(0, 1000, 30)
        self.tie_window.setSuffix(" ms")
        self.countdown = self._spin(5, 600, 60)
        self.countdown.setSuffix(" s")
        form.addRow(self.tr("Points for answering first"), self.first_points)
        form.addRow(self.tr("Points for the better answer"), self.better_points)
        form.addRow(self.tr("Tie window"), self.tie_window)
        form.addRow(self.tr("Countdown"), self.countdown)
        # Phones need a network picked; the console's Phones… button turns them on or off later too.
        self.phones = QCheckBox(self.tr("Phones as buzzers (pick the network when the session starts)"))
        form.addRow(self.tr("Phones"), self.phones)
        grid.addWidget(rules_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.error = plain_label("", "error", wrap=True)
        self._showing_clashes = False
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Buzzer check…"))
        self.check_button.clicked.connect(lambda: self.buzzer_check_requested.emit(self.read_groups()))
        self.start_button = big_button(self.tr("Start the session"))
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        outer.addLayout(buttons)

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    # -- loading -------------------------------------------------------------------------------
    def prepare(self) -> None:
        self.questions.load_banks()
        if self.groups.rowCount() == 0:
            for _ in range(4):
                self.add_group()
        if not self.title.text():
            from datetime import datetime

            self.title.setText(fill(self.tr("PK session %1"), datetime.now().strftime("%Y-%m-%d %H:%M")))
        self._refresh_lineups()

    def _refresh_lineups(self) -> None:
        store = self.context.store
        self.lineups.clear()
        if store is not None:
            for name in store.lineups():
                self.lineups.addItem(name)
        self.load_lineup_button.setEnabled(self.lineups.count() > 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Esc leaves, as on every other screen; a cell being edited takes its own Esc first.
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)

    # -- groups --------------------------------------------------------------------------------
    def add_group(
        self, name: str | None = None, leader: str = "", key: str | None = None, colour: str | None = None
    ) -> None:
        self.groups.add_group(name, leader, key, colour)

    def read_groups(self) -> tuple[Group, ...]:
        return self.groups.read_groups()

    def set_groups(self, groups: Sequence[Mapping[str, str]]) -> None:
        self.groups.set_groups(groups)

    def _show_key_clashes(self) -> None:
        """Say at once that a key cannot be used, rather than only when Start is pressed."""
        clashes = "\n".join(message for _row, message in self.groups.key_clashes())
        if clashes or self._showing_clashes:
            self.error.setText(clashes)
        self._showing_clashes = bool(clashes)

    def save_lineup(self) -> None:
        store = self.context.store
        name, ok = QInputDialog.getText(self, self.tr("Save line-up"), self.tr("Name of this line-up:"))
        name = name_key(name)
        if ok and name and store is not None:
            groups = [
                {"name": g.name, "leader": g.leader, "key": g.key, "colour": g.colour}
                for g in self.read_groups()
            ]
            saved, _ = try_write(self, lambda: store.save_lineup(name, groups))
            if not saved:
                return
            self._refresh_lineups()
            self.lineups.setCurrentIndex(self.lineups.findText(name))

    def load_lineup(self) -> None:
        store = self.context.store
        if store is not None and self.lineups.currentText():
            self.set_groups(store.lineups().get(self.lineups.currentText(), []))

    # -- start ---------------------------------------------------------------------------------
    def build_setup(self) -> SessionSetup:
        rules = ScoringRules(
            self.first_points.value(), self.better_points.value(), float(self.tie_window.value())
        )
        return SessionSetup(self.read_groups(), tuple(self.questions.selected_questions()), rules)

    def start(self) -> None:
        setup = self.build_setup()
        keys, names = self.groups.key_clashes(), self.groups.name_problems()
        # Said in the interface's language; the core's English line for the same field is left out.
        fields = tuple(f"groups[{row}].key:" for row, _message in keys) + tuple(
            f"groups[{row}].name:" for row, _message in names
        )
        problems = [message for _row, message in names + keys] + [
            problem for problem in validate_setup(setup) if not problem.startswith(fields)
        ]
        title = " ".join(self.title.text().split())
        if not title:
            problems.insert(0, self.tr("Title: must not be empty"))
        if problems:
            self.error.setText("\n".join(problems))
            return
        self.error.clear()
        self.start_requested.emit(title, setup)

    @property
    def phones_wanted(self) -> bool:
        return self.phones.isChecked()

    @property
    def countdown_seconds(self) -> int:
        return self.countdown.value()
