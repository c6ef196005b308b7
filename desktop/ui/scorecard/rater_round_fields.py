"""The start page's rater's name and round fields, offered from the trainee's class: its rounds (the
latest chosen) and its other trainees as raters; a name or round typed instead is kept as typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from desktop.core.names import name_key
from desktop.ui.shell.widgets import combo_line_edit, name_combo, plain_label

if TYPE_CHECKING:
    from desktop.core.records import PersonRecord
    from desktop.store.store import Store


class RaterRoundFields(QObject):
    """Two rows of the page's form; listed again only when the trainee or their class changes."""

    def __init__(self, form: QFormLayout, parent: QWidget):
        super().__init__(parent)
        # A rater picks themself from the class list (or types a name from outside the class): the
        # name tells raters apart (one form per rater per round) and is never shown beside a rating.
        self.rater_combo = name_combo(editable=True)
        self.rater_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rater_name: QLineEdit = combo_line_edit(self.rater_combo)
        self.rater_name.setPlaceholderText(
            self.tr("Pick yourself from the class list or type your name; never shown beside a rating")
        )
        self.rater_combo.setAccessibleName(self.tr("Rater's name"))
        self.rater_name_label = plain_label(self.tr("Rater's name"))
        form.addRow(self.rater_name_label, self.rater_combo)

        self.round = name_combo(editable=True)
        self.round.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo_line_edit(self.round).setPlaceholderText(
            self.tr("The class's latest round, or type a new round's name")
        )
        self.round.setAccessibleName(self.tr("Round"))
        form.addRow(self.tr("Round"), self.round)
        self._listed_for: object = None  # (class, trainee) the rounds and raters are listed for

    def clear(self) -> None:
        self.rater_combo.clear()
        self.round.clear()
        self._listed_for = None

    def show_rater(self, shown: bool) -> None:
        """The rater's name is asked of every rater but the trainee themself."""
        self.rater_combo.setVisible(shown)
        self.rater_name.setVisible(shown)
        self.rater_name_label.setVisible(shown)

    def offer(
        self, store: Store, class_id: int | None | bool, chosen: int | None, listed: dict[int, PersonRecord]
    ) -> None:
        """List the rounds of the class ``class_id`` (False: a new class) and its trainees but ``chosen``."""
        if (class_id, chosen) == self._listed_for:
            return
        self._listed_for = (class_id, chosen)
        typed_rater = self.rater_name.text()
        self.round.clear()
        self.rater_combo.clear()
        if class_id is not False:
            for class_round in store.class_rounds(class_id):
                self.round.addItem(class_round.name, class_round.id)
            self.round.setCurrentIndex(self.round.count() - 1)
            for person in listed.values():
                if person.cohort_id == class_id and person.id != chosen:
                    self.rater_combo.addItem(person.name, person.id)
        self.rater_combo.setCurrentIndex(-1)
        self.rater_name.setText(typed_rater)

    def listed_round_id(self, round_name: str) -> int | None | bool:
        """The id of the listed round of that name (None: the latest, for no name), or False for a new round."""
        index = next(
            (
                i
                for i in range(self.round.count())
                if name_key(self.round.itemText(i)) == name_key(round_name)
            ),
            -1,
        )
        if round_name and index < 0:
            return False
        return self.round.itemData(index) if index >= 0 else None
