"""Start a form: which instrument, which trainee, who is rating, and how the answers are entered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.form_codes import FormCode
from desktop.core.names import AmbiguousTrainee, NameProblem, NameRejected, name_key, normalise_name
from desktop.core.rater_roles import RaterRole
from desktop.ui.scorecard.form_code_field import FormCodeField
from desktop.ui.scorecard.rater_round_fields import RaterRoundFields
from desktop.ui.scorecard.roles import role_name
from desktop.ui.scorecard.start_questions import join_class_confirmed, name_problem, replace_confirmed
from desktop.ui.scorecard.trainee_fields import TraineeFields
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.layouts import scroll_area
from desktop.ui.shell.widgets import big_button, plain_label, try_write

if TYPE_CHECKING:
    from desktop.core.records import AssessmentRecord

MODE_ONE_BY_ONE = "one"
MODE_QUICK = "quick"


class StartPage(QWidget):
    started = Signal(object, str)  # AssessmentRecord, mode
    cancelled = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(12)
        self.heading = plain_label(self.tr("New form"), "title")
        layout.addWidget(self.heading)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(14)
        # A printed form's code, typed first, fills in the choices below (see form_code_field).
        self.code_field = FormCodeField(list(context.instruments), self)
        self.code_field.read.connect(self._apply_code)
        form.addRow(self.tr("Form code"), self.code_field)
        self.instrument = QComboBox()
        self._fill_instruments()
        form.addRow(self.tr("Form"), self.instrument)
        self.instrument.currentIndexChanged.connect(lambda _index: self._offer_roles())

        self.trainee = TraineeFields(form, self)
        self.person, self.cohort, self.match_hint = (
            self.trainee.person,
            self.trainee.cohort,
            self.trainee.match_hint,
        )

        roles = QHBoxLayout()
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[RaterRole, QRadioButton] = {}
        for role in RaterRole:
            button = QRadioButton(role_name(role))
            self.role_buttons[role] = button
            self.role_group.addButton(button)
            roles.addWidget(button)
            button.toggled.connect(self._role_changed)
        roles.addStretch(1)
        form.addRow(self.tr("Who is rating"), roles)

        self.raters = RaterRoundFields(form, self)
        self.rater_combo, self.rater_name, self.round = (
            self.raters.rater_combo,
            self.raters.rater_name,
            self.raters.round,
        )
        self.person.editTextChanged.connect(self._offer_class)
        self.cohort.editTextChanged.connect(self._offer_class)

        modes = QHBoxLayout()
        self.mode_one = QRadioButton(self.tr("One statement at a time"))
        self.mode_quick = QRadioButton(self.tr("Quick entry of a paper form"))
        self.mode_one.setChecked(True)
        modes.addWidget(self.mode_one)
        modes.addWidget(self.mode_quick)
        modes.addStretch(1)
        form.addRow(self.tr("Entry"), modes)
        # The choices scroll on a small screen; Start and Back stay in view below them.
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(form)
        self.error = plain_label("", "error", wrap=True)
        body.addWidget(self.error)
        body.addStretch(1)
        layout.addWidget(scroll_area(body), 1)
        buttons = QHBoxLayout()
        self.start_button = big_button(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.start_button.clicked.connect(self.start)
        self.back_button.clicked.connect(self.cancelled.emit)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)

    # -- state ---------------------------------------------------------------------------------
    def prepare(
        self, role: RaterRole, person_id: int | None = None, instrument_id: str | None = None
    ) -> None:
        """Fill the choices from the store and preset the role (and trainee, for the next rater)."""
        store = self.context.store
        self._fill_instruments()
        self.error.clear()
        self.code_field.clear()
        self.raters.clear()
        if store is not None:
            self.trainee.fill(store.people(), store.cohorts(), person_id)
        else:
            self.trainee.fill([], None, person_id)
        if instrument_id is not None:
            self.instrument.setCurrentIndex(max(0, self.instrument.findData(instrument_id)))
        self.role_buttons[role].setChecked(True)
        self._offer_roles()
        # Every form starts in the usual one-statement mode: quick entry is chosen per paper form,
        # never carried over to the next trainee (who would face a 20-digit box).
        self.mode_one.setChecked(True)
        self.heading.setText(
            self.tr("Self-assessment") if role is RaterRole.SELF else self.tr("Rate a trainee")
        )
        self._role_changed()
        self.trainee.show_match()
        self._offer_class()
        (self.rater_name if person_id is not None and role is not RaterRole.SELF else self.person).setFocus()

    def _apply_code(self, code: FormCode) -> None:
        """Fill in what a paper form's code names, and choose quick entry: Enter then opens the digits."""
        from desktop.ui.scorecard.paper_forms_builder import round_label

        instrument = self.context.instruments[code.instrument_id]
        if code.role.value not in instrument.rater_roles:
            self.code_field.show_read(
                self.tr("Form code: this form has no such rater; pick the rater by hand.")
            )
            return
        self.instrument.setCurrentIndex(self.instrument.findData(code.instrument_id))
        self.role_buttons[code.role].setChecked(True)
        self.mode_quick.setChecked(True)
        person = self.trainee.listed.get(code.person_id) if code.person_id is not None else None
        if code.person_id is not None and person is None:
            self.code_field.show_read(
                self.tr(
                    "Form code: the trainee printed on this form is not in this database; pick or type them."
                )
            )
            return
        if person is not None:
            self.person.setCurrentIndex(self.person.findData(person.id))
            self.cohort.setEditText(person.cohort_name or "")
        parts = [self.context.text(instrument.title)]
        parts.append(person.name if person else self.tr("blank form: pick or type the trainee"))
        parts.append(role_name(code.role))
        if code.round_number is not None:
            if person is not None and 0 < code.round_number <= self.round.count():
                self.round.setCurrentIndex(code.round_number - 1)  # the class's rounds, in their order
                parts.append(self.round.currentText())
            else:
                parts.append(round_label(code.round_number, None))
        self.code_field.show_read(" · ".join(parts))
        if person is None:
            self.person.setFocus()
        elif code.role is not RaterRole.SELF:
            self.rater_name.setFocus()

    def _fill_instruments(self) -> None:
        # The page may open before the content has loaded (a key pressed at launch): the forms
        # are listed when it is prepared once they are.
        if self.instrument.count() == len(self.context.instruments):
            return
        self.code_field.instrument_ids = list(self.context.instruments)
        self.instrument.blockSignals(True)
        self.instrument.clear()
        for instrument in self.context.instruments.values():
            self.instrument.addItem(self.context.text(instrument.title), instrument.id)
        self.instrument.blockSignals(False)

    def _offer_roles(self) -> None:
        """Only the raters the chosen form's kind names: the trainee alone on a self-check, the
        trainee, supervisor and colleagues on a 360 form, an observer on an observation sheet."""
        instrument = self.context.instruments.get(self.instrument.currentData())
        allowed = [RaterRole(r) for r in instrument.rater_roles] if instrument else list(RaterRole)
        for role, button in self.role_buttons.items():
            button.setVisible(role in allowed)
        if not any(self.role_buttons[r].isChecked() for r in allowed):
            # The first role that rates someone else (a next rater stays a rater), else the first.
            others = [r for r in allowed if r is not RaterRole.SELF]
            self.role_buttons[(others or allowed)[0]].setChecked(True)

    def selected_role(self) -> RaterRole:
        return next(role for role, button in self.role_buttons.items() if button.isChecked())

    def _role_changed(self, *_args: object) -> None:
        if not any(b.isChecked() for b in self.role_buttons.values()):
            return
        is_self = self.selected_role() is RaterRole.SELF
        self.raters.show_rater(not is_self)

    def _offer_class(self, *_args: object) -> None:
        """List the trainee's class's rounds (the latest chosen) and classmates as raters."""
        store = self.context.store
        if store is not None:
            self.raters.offer(store, self.trainee.class_id(), self.trainee.intended()[0], self.trainee.listed)

    def _checked_name(self, field: QWidget, label: str, text: str, optional: bool = False) -> str | None:
        """``text`` as it will be stored; on a broken rule, say which and return None (empty optional: "")."""
        try:
            return normalise_name(text, label)
        except NameRejected as exc:
            if optional and exc.problem is NameProblem.EMPTY:
                return ""
            self._fail(name_problem(label, exc))
            field.setFocus()
            return None

    def start(self) -> None:
        store = self.context.store
        if store is None:
            return
        self.error.clear()
        problem = self.code_field.problem()
        if problem is not None:
            self._fail(problem)
            self.code_field.edit.setFocus()
            return
        chosen, typed = self.trainee.intended()
        name = self._checked_name(self.person, self.tr("Trainee"), typed) if chosen is None else typed
        if name is None:
            return
        if self.instrument.currentData() is None:
            self._fail(self.tr("Form: no assessment form is available."))
            return
        instrument = self.context.instruments[self.instrument.currentData()]
        role = self.selected_role()
        cohort_name = self._checked_name(
            self.cohort, self.tr("Class"), self.cohort.currentText(), optional=True
        )
        if cohort_name is None:
            return
        rater = ""
        if role is not RaterRole.SELF:
            checked = self._checked_name(self.rater_name, self.tr("Rater's name"), self.rater_name.text())
            if checked is None:
                return
            rater = checked
            trainee_name = self.trainee.listed[chosen].name if chosen in self.trainee.listed else name
            if name_key(rater).casefold() == name_key(trainee_name).casefold():
                self._fail(
                    self.tr(
                        "Rater's name: nobody rates themself as supervisor, colleague or observer; "
                        "choose the self-assessment."
                    )
                )
                self.rater_name.setFocus()
                return
        round_name = self._checked_name(self.round, self.tr("Round"), self.round.currentText(), optional=True)
        if round_name is None:
            return
        round_id = self.raters.listed_round_id(round_name)
        if (
            chosen is not None
            and round_id is not False  # a new round holds no form yet
            and not replace_confirmed(self, store, chosen, instrument.id, role, rater, round_id)
        ):
            return

        from desktop.store.errors import ClassAlreadyOnServer

        def start(join_class: bool = False) -> tuple[bool, AssessmentRecord | None]:
            # One transaction: the trainee (and class) are created only together with the form.
            return try_write(
                self,
                lambda: store.start_form(
                    instrument,
                    role,
                    person_id=chosen,
                    person_name=name,
                    cohort_name=cohort_name or None,
                    rater_name=rater or None,
                    join_class=join_class,
                    round_name=round_name or None,
                ),
            )

        try:
            try:
                saved, record = start()
            except ClassAlreadyOnServer as exc:
                # Another facilitator's class of that name, on the shared server: never merged silently.
                if not join_class_confirmed(self, exc.name, exc.trainees):
                    self._fail(
                        fill(self.tr("Class: type another name for a new class (%1 is taken)."), exc.name)
                    )
                    self.cohort.setFocus()
                    return
                saved, record = start(join_class=True)
        except AmbiguousTrainee as exc:
            classes = " / ".join(c or self.tr("no class") for c in exc.cohort_names)
            self._fail(
                fill(
                    self.tr(
                        "Several trainees are called %1 (classes: %2): pick one from the list, or type the class."
                    ),
                    exc.name,
                    classes,
                )
            )
            self.cohort.setFocus()
            return
        if not saved:
            return
        self.started.emit(record, MODE_QUICK if self.mode_quick.isChecked() else MODE_ONE_BY_ONE)

    def _fail(self, message: str) -> None:
        self.error.setText(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        # Enter in any field starts the form. Handled here, once: the editable combo box would
        # otherwise report its line edit's returnPressed twice.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start()
            return
        super().keyPressEvent(event)
