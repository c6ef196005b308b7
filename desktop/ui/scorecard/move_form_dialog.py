"""Moving a form to another round of its trainee's class (a form filled in on the wrong day, or
before the trainer named the round). Forms are named by rater role and time, never by rater."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from desktop.ui.scorecard.roles import role_name
from desktop.ui.shell.formatting import fill, fmt_date
from desktop.ui.shell.widgets import ask_yes_no, name_combo, plain_label, try_write

if TYPE_CHECKING:
    from desktop.core.comparison import ClassRound, RatingSheet
    from desktop.store.store import Store
    from desktop.ui.shell.context import AppContext


class MoveFormDialog(QDialog):
    """Pick one of a round's forms and the round it belongs in."""

    def __init__(
        self,
        sheets: list[RatingSheet],
        class_rounds: list[ClassRound],
        current: ClassRound | None,
        parent: QWidget,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move a form to another round"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr("The form then counts in the round it is moved to: in results, radars and reports."),
                "hint",
                wrap=True,
            )
        )
        form = QFormLayout()
        self.form = QComboBox()
        for sheet in sheets:
            self.form.addItem(
                f"{role_name(sheet.role)} · {fmt_date(sheet.completed_at)}", sheet.assessment_id
            )
        form.addRow(self.tr("Form"), self.form)
        self.target = name_combo()
        for class_round in class_rounds:
            if current is None or class_round.id != current.id:
                self.target.addItem(class_round.name, class_round.id)
        form.addRow(self.tr("Move to round"), self.target)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.target.count() > 0 and self.form.count() > 0
        )
        layout.addWidget(buttons)

    def choice(self) -> tuple[int, int] | None:
        if self.form.currentData() is None or self.target.currentData() is None:
            return None
        return self.form.currentData(), self.target.currentData()


def move_form(parent: QWidget, context: AppContext, form_id: int, round_id: int) -> bool:
    """Move the form; when the same rater already has a form in that round, ask before it replaces it."""
    from desktop.store.errors import InputError

    store = context.store
    if store is None:
        return False
    try:
        saved, _record = try_write(parent, lambda: store.move_form(form_id, round_id))
    except InputError:
        target = next((r.name for r in store.class_rounds(_class_of(store, form_id)) if r.id == round_id), "")
        if not ask_yes_no(
            parent,
            QCoreApplication.translate("MoveFormDialog", "Move a form to another round"),
            fill(
                QCoreApplication.translate(
                    "MoveFormDialog",
                    "The same rater already has a form about this trainee in round %1. "
                    "Moving this one there replaces it. Go on?",
                ),
                target,
            ),
        ):
            return False
        saved, _record = try_write(parent, lambda: store.move_form(form_id, round_id, replace=True))
    return saved


def _class_of(store: Store, form_id: int) -> int | None:
    record = store.assessment(form_id)
    person = store.person(record.person_id) if record else None
    return person.cohort_id if person else None
