"""The start page's trainee and class fields, and what they mean: which listed trainee is meant (however
the name is typed), which class, and a hint saying so while the user types."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from desktop.core.names import (
    AmbiguousTrainee,
    KnownTrainee,
    NameRejected,
    find_trainee,
    name_key,
    normalise_name,
)
from desktop.ui.shell.formatting import elide, fill
from desktop.ui.shell.widgets import combo_line_edit, name_combo, plain_label

if TYPE_CHECKING:
    from desktop.core.records import CohortRecord, PersonRecord


def person_display(name: str, cohort: str | None) -> str:
    return f"{name} · {cohort}" if cohort else name


class TraineeFields(QObject):
    """The trainee and class combo boxes (rows of the page's form) over the trainees listed from the store."""

    def __init__(self, form: QFormLayout, parent: QWidget):
        super().__init__(parent)
        self.person = name_combo(editable=True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo_line_edit(self.person).setPlaceholderText(self.tr("Pick a trainee or type a new name"))
        self.person.setAccessibleName(self.tr("Trainee"))
        form.addRow(self.tr("Trainee"), self.person)

        self.cohort = name_combo(editable=True)
        self.cohort.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo_line_edit(self.cohort).setPlaceholderText(self.tr("Optional: the class of a new trainee"))
        self.cohort.setAccessibleName(self.tr("Class"))
        form.addRow(self.tr("Class"), self.cohort)
        # Says, while typing, which trainee the form will be for: an existing one (however the name
        # is spaced or accented) or a new one, spelt as it will be stored.
        self.match_hint = plain_label("", "hint", wrap=True)
        form.addRow("", self.match_hint)
        self.listed: dict[int, PersonRecord] = {}
        self.person.editTextChanged.connect(self.show_match)
        self.cohort.editTextChanged.connect(self.show_match)

    def fill(
        self, people: list[PersonRecord], cohorts: list[CohortRecord] | None, person_id: int | None
    ) -> None:
        """List ``people`` and the classes (None: no store, not even the blank class), choosing ``person_id``."""
        self.person.clear()
        self.cohort.clear()
        self.listed = {p.id: p for p in people}
        for person in self.listed.values():
            self.person.addItem(person_display(person.name, person.cohort_name), person.id)
        if cohorts is not None:
            self.cohort.addItem("", None)
            for cohort in cohorts:
                self.cohort.addItem(cohort.name, cohort.id)
        index = self.person.findData(person_id) if person_id is not None else -1
        self.person.setCurrentIndex(index)
        if index < 0:
            self.person.setEditText("")

    def chosen_person_id(self) -> int | None:
        """The trainee picked from the list (its text, however spaced), or None for a typed name."""
        key = name_key(self.person.currentText())
        index = self.person.currentIndex()
        if index >= 0 and name_key(self.person.itemText(index)) == key:
            return cast("int | None", self.person.itemData(index))  # a listed trainee's id
        # Typed to the letter of an entry: records that look the same (made before the name rules)
        # are one trainee to the user; the first is as good as any.
        matches = [i for i in range(self.person.count()) if name_key(self.person.itemText(i)) == key]
        return self.person.itemData(matches[0]) if matches else None

    def intended(self) -> tuple[int | None, str]:
        """The listed trainee meant (or None) and the name to look up or create."""
        chosen = self.chosen_person_id()
        typed = self.person.currentText()
        picked = self.listed.get(chosen) if chosen is not None else None
        if picked is not None and name_key(self.cohort.currentText()) not in (
            "",
            name_key(picked.cohort_name),
        ):
            # A listed name with another class typed: that class's trainee of this name is meant.
            return None, picked.name
        return chosen, typed

    def show_match(self, *_args: object) -> None:
        chosen, typed = self.intended()
        cohort = name_key(self.cohort.currentText()) or None
        if chosen is None:
            try:
                name = normalise_name(typed)
                known = [KnownTrainee(p.id, p.name, p.cohort_name) for p in self.listed.values()]
                chosen = find_trainee(known, name, cohort)
            except NameRejected:
                self.match_hint.clear()  # said at Start, with the rule
                return
            except AmbiguousTrainee:
                self.match_hint.setText(
                    self.tr(
                        "Trainees of several classes have this name: type the class or pick one from the list."
                    )
                )
                return
            if chosen is None:
                self.match_hint.setText(
                    fill(self.tr("New trainee: %1"), elide(person_display(name, cohort), 60))
                )
                return
        person = self.listed.get(chosen)
        if person is not None:
            self.match_hint.setText(
                fill(
                    self.tr("Existing trainee: %1"),
                    elide(person_display(person.name, person.cohort_name), 60),
                )
            )

    def class_id(self) -> int | None | bool:
        """The id of the class the form's trainee is in (None: no class), or False for a new class."""
        chosen, _typed = self.intended()
        if chosen is not None and chosen in self.listed:
            return self.listed[chosen].cohort_id
        typed = name_key(self.cohort.currentText())
        if not typed:
            return None
        index = next(
            (i for i in range(self.cohort.count()) if name_key(self.cohort.itemText(i)) == typed), -1
        )
        return self.cohort.itemData(index) if index >= 0 else False
