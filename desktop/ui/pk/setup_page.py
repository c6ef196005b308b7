"""Setting up a group PK session: banks, questions, groups (name, leader, colour, buzz key), rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.names import name_key
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup, validate_setup
from desktop.core.quiz_selection import (
    QuestionCatalog,
    select_all,
    select_by_hand,
    select_by_tag,
    select_random,
)
from desktop.ui.content.export_bank import export_bank_interactively
from desktop.ui.content.import_dialog import ImportDialog
from desktop.ui.pk.group_table import GroupTable
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import big_button, name_combo, plain_label, title_bar, try_write

MODE_ALL, MODE_TAG, MODE_RANDOM, MODE_HAND = range(4)
NO_HEIGHT_LIMIT = 16777215  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export


class PkSetupPage(QWidget):
    start_requested = Signal(str, object)  # title, SessionSetup
    buzzer_check_requested = Signal(object)  # tuple[Group, ...]
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.catalog: QuestionCatalog | None = None
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

        # Banks and questions
        questions_box = QGroupBox(self.tr("Questions"))
        q_layout = QVBoxLayout(questions_box)
        self.banks = QListWidget()
        self.banks.itemChanged.connect(lambda _item: self._refresh_questions())
        q_layout.addWidget(plain_label(self.tr("Banks")))
        self.banks.setMinimumHeight(120)
        q_layout.addWidget(self.banks, 1)
        bank_buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import questions…"))
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("Export bank…"))
        self.export_button.setToolTip(self.tr("Export the highlighted bank to xlsx, Kahoot or GIFT"))
        self.export_button.clicked.connect(self.export_current_bank)
        bank_buttons.addWidget(self.import_button)
        bank_buttons.addWidget(self.export_button)
        bank_buttons.addStretch(1)
        q_layout.addLayout(bank_buttons)
        self.import_dialog: ImportDialog | None = None
        self.bank_errors = plain_label("", "error", wrap=True)
        q_layout.addWidget(self.bank_errors)
        self.mode = QComboBox()
        for label in (
            self.tr("All questions"),
            self.tr("By tag"),
            self.tr("Random selection"),
            self.tr("Picked by hand"),
        ):
            self.mode.addItem(label)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        q_layout.addWidget(self.mode)
        self.mode_pages = QStackedWidget()
        self.mode_pages.addWidget(QWidget())
        self.tags = QListWidget()
        self.tags.itemChanged.connect(lambda _item: self._update_summary())
        self.mode_pages.addWidget(self.tags)
        random_page = QWidget()
        r_layout = QFormLayout(random_page)
        self.random_count = QSpinBox()
        self.random_count.setRange(1, 500)
        self.random_count.setValue(10)
        self.random_count.valueChanged.connect(lambda _v: self._update_summary())
        r_layout.addRow(self.tr("Number of questions"), self.random_count)
        self.mode_pages.addWidget(random_page)
        self.hand = QListWidget()
        self.hand.itemChanged.connect(lambda _item: self._update_summary())
        self.mode_pages.addWidget(self.hand)
        q_layout.addWidget(self.mode_pages, 2)
        self._questions_layout = q_layout
        self._fit_mode_page(MODE_ALL)
        self.summary = plain_label("", "subtitle")
        q_layout.addWidget(self.summary)
        grid.addWidget(questions_box, 0, 0, 2, 1)

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
        banks, errors = self.context.banks()
        self.catalog = QuestionCatalog(banks)
        self.banks.blockSignals(True)
        self.banks.clear()
        for bank in banks:
            # The shipped banks are read-only; the trainer's own (imported, in the data folder) are not marked.
            label = self.tr("%1 (%2 questions, built-in)") if bank.built_in else self.tr("%1 (%2 questions)")
            item = QListWidgetItem(fill(label, self.context.text(bank.title), len(bank.questions)))
            item.setData(Qt.ItemDataRole.UserRole, bank.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.banks.addItem(item)
        self.banks.blockSignals(False)
        if errors:
            shown = "\n".join(e.text(self.context.lang) for e in errors[:6])
            self.bank_errors.setText(
                self.tr("These bank files have errors and were not loaded:") + "\n" + shown
            )
        self.bank_errors.setVisible(bool(errors))
        if self.groups.rowCount() == 0:
            for _ in range(4):
                self.add_group()
        if not self.title.text():
            from datetime import datetime

            self.title.setText(fill(self.tr("PK session %1"), datetime.now().strftime("%Y-%m-%d %H:%M")))
        self._refresh_lineups()
        self._refresh_questions()

    def _refresh_lineups(self) -> None:
        store = self.context.store
        self.lineups.clear()
        if store is not None:
            for name in store.lineups():
                self.lineups.addItem(name)
        self.load_lineup_button.setEnabled(self.lineups.count() > 0)

    def open_import(self) -> None:
        """The Import dialog; once it writes a bank the list is read again, the new bank in it."""
        self.import_dialog = ImportDialog(self.context, self)
        self.import_dialog.imported.connect(lambda _bank_id: self.prepare())
        self.import_dialog.open()

    def export_current_bank(self) -> None:
        item = self.banks.currentItem() or (self.banks.item(0) if self.banks.count() else None)
        if item is None:
            return
        banks, _errors = self.context.banks()
        bank = next((b for b in banks if b.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if bank is not None:
            export_bank_interactively(self, bank, self.context.text(bank.title), self.context.lang)

    def chosen_banks(self) -> list[str]:
        return [
            self.banks.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.banks.count())
            if self.banks.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _refresh_questions(self) -> None:
        if self.catalog is None:
            return
        banks = self.chosen_banks()
        for widget in (self.tags, self.hand):
            widget.blockSignals(True)
        checked_tags = {
            self.tags.item(i).text()
            for i in range(self.tags.count())
            if self.tags.item(i).checkState() == Qt.CheckState.Checked
        }
        self.tags.clear()
        for tag in self.catalog.tags(banks):
            item = QListWidgetItem(tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag in checked_tags else Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        picked = set(self._picked_refs())
        self.hand.clear()
        for ref in self.catalog.in_banks(banks):
            text = f"{ref.ref}  {self.context.text(ref.question.text)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ref.ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref.ref in picked else Qt.CheckState.Unchecked)
            self.hand.addItem(item)
        for widget in (self.tags, self.hand):
            widget.blockSignals(False)
        self._update_summary()

    def _picked_refs(self) -> list[str]:
        return [
            self.hand.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.hand.count())
            if self.hand.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _mode_changed(self, index: int) -> None:
        self.mode_pages.setCurrentIndex(index)
        self._fit_mode_page(index)
        self._update_summary()

    def _fit_mode_page(self, mode: int) -> None:
        # A stacked widget is as tall as its tallest page: with nothing to pick (all questions) or
        # one number (random) it left a band of empty room that the bank list needs at 1024×768.
        lists = mode in (MODE_TAG, MODE_HAND)
        self.mode_pages.setVisible(mode != MODE_ALL)
        current = self.mode_pages.currentWidget()
        fitted = max(0, current.sizeHint().height()) if current is not None else 0
        self.mode_pages.setMaximumHeight(NO_HEIGHT_LIMIT if lists else fitted)
        self._questions_layout.setStretchFactor(self.mode_pages, 2 if lists else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Esc leaves, as on every other screen; a cell being edited takes its own Esc first.
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)

    def selected_questions(self, seed: int | None = None) -> list[str]:
        if self.catalog is None:
            return []
        pool = self.catalog.in_banks(self.chosen_banks())
        mode = self.mode.currentIndex()
        if mode == MODE_TAG:
            tags = [
                self.tags.item(i).text()
                for i in range(self.tags.count())
                if self.tags.item(i).checkState() == Qt.CheckState.Checked
            ]
            return select_by_tag(pool, tags)
        if mode == MODE_RANDOM:
            return select_random(pool, self.random_count.value(), seed)
        if mode == MODE_HAND:
            return select_by_hand(pool, self._picked_refs())
        return select_all(pool)

    def _update_summary(self) -> None:
        count = len(self.selected_questions(seed=0))
        self.summary.setText(fill(self.tr("%1 questions selected"), count))

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
        return SessionSetup(self.read_groups(), tuple(self.selected_questions()), rules)

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
