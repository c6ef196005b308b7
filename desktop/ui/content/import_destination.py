"""The Import dialog's destination row: a new bank with the name typed, or one of the trainer's own
banks (never a built-in one); it says which bank the questions would go to, or why none can."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QLineEdit, QRadioButton, QWidget

from desktop.core.importing.bank_file import bank_id_for
from desktop.core.importing.destination import Destination
from desktop.paths import user_quizzes_dir
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill


class DestinationRow(QWidget):
    """Emits ``changed`` when the trainer picks the other choice, another bank, or ends editing the name."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        where = QGridLayout(self)
        where.setContentsMargins(0, 0, 0, 0)
        self.new_bank = QRadioButton(self.tr("New bank named"))
        self.existing_bank = QRadioButton(self.tr("Add to my bank"))
        group = QButtonGroup(self)
        group.addButton(self.new_bank)
        group.addButton(self.existing_bank)
        self.new_bank.setChecked(True)
        self.bank_name = QLineEdit()
        self.bank_choice = QComboBox()
        where.addWidget(self.new_bank, 0, 0)
        where.addWidget(self.bank_name, 0, 1)
        where.addWidget(self.existing_bank, 0, 2)
        where.addWidget(self.bank_choice, 0, 3)
        where.setColumnStretch(1, 1)
        where.setColumnStretch(3, 1)
        for signal in (self.new_bank.toggled, self.bank_choice.currentIndexChanged):
            signal.connect(lambda *_: self.changed.emit())
        self.bank_name.editingFinished.connect(self.changed.emit)
        self._list_own_banks()

    def _list_own_banks(self) -> None:
        """The trainer's banks in the choice; "Add to my bank" is off when there are none."""
        banks, _errors = self.context.banks()
        self.bank_choice.blockSignals(True)
        for bank in (b for b in banks if not b.built_in):
            self.bank_choice.addItem(
                fill(self.tr("%1 (%2 questions)"), self.context.text(bank.title), len(bank.questions)),
                bank.id,
            )
        self.bank_choice.blockSignals(False)
        self.existing_bank.setEnabled(self.bank_choice.count() > 0)
        self.bank_choice.setEnabled(self.bank_choice.count() > 0)

    def destination(self) -> tuple[Destination | None, str]:
        """The bank the questions go to, or why there is none (shown under the summary)."""
        banks, _errors = self.context.banks()
        if self.existing_bank.isChecked():
            bank = next((b for b in banks if b.id == self.bank_choice.currentData() and not b.built_in), None)
            if bank is None:
                return None, self.tr("Choose one of your banks.")
            return Destination(bank.id, Path(bank.file), bank), ""
        name = self.bank_name.text().strip()
        if not name:
            return None, self.tr("Give the new bank a name.")
        bank_id = bank_id_for(name)
        same = next((b for b in banks if b.id == bank_id), None)
        if same is not None:
            if same.built_in:
                return None, fill(self.tr("“%1” is a built-in bank; choose another name."), name)
            return None, fill(
                self.tr(
                    "You already have a bank named “%1”: choose it under “Add to my bank”, or another name."
                ),
                name,
            )
        path = user_quizzes_dir(self.context.data_dir) / f"{bank_id}.yaml"
        if path.exists():
            return None, fill(
                self.tr("%1 exists but does not load; fix it first (check-content)."), str(path)
            )
        return Destination(bank_id, path, None), ""
