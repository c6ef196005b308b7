"""The PK set-up's Questions box: the banks to draw from (with Import… and Export… of a bank), and how
questions are chosen from them: all, by tag, a random number, or picked by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.quiz_selection import (
    QuestionCatalog,
    select_all,
    select_by_hand,
    select_by_tag,
    select_random,
)
from desktop.ui.content.export_bank import export_bank_interactively
from desktop.ui.content.import_dialog import ImportDialog
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import plain_label

MODE_ALL, MODE_TAG, MODE_RANDOM, MODE_HAND = range(4)
NO_HEIGHT_LIMIT = 16777215  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export


class QuestionPicker(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Questions"))
        self.context = context
        self.catalog: QuestionCatalog | None = None
        q_layout = QVBoxLayout(self)
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

    # -- banks ---------------------------------------------------------------------------------
    def load_banks(self) -> None:
        """The banks as the content folders hold them now, every one ticked; the files that did not
        load are named under the list."""
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
        self._refresh_questions()

    def open_import(self) -> None:
        """The Import dialog; once it writes a bank the list is read again, the new bank in it."""
        self.import_dialog = ImportDialog(self.context, self)
        self.import_dialog.imported.connect(lambda _bank_id: self.load_banks())
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

    # -- questions -----------------------------------------------------------------------------
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
