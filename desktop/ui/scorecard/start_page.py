"""Start a form: which instrument, which trainee, who is rating, and how the answers are entered."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.form_codes import FormCode
from desktop.core.names import (
    MAX_NAME_LENGTH,
    AmbiguousTrainee,
    KnownTrainee,
    NameProblem,
    NameRejected,
    find_trainee,
    name_key,
    normalise_name,
)
from desktop.core.rater_roles import RaterRole
from desktop.ui.scorecard.form_code_field import FormCodeField
from desktop.ui.scorecard.roles import role_name
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import elide, fill
from desktop.ui.shell.layouts import scroll_area
from desktop.ui.shell.widgets import ask_yes_no, big_button, name_combo, plain_label, try_write

if TYPE_CHECKING:
    from desktop.core.records import AssessmentRecord, PersonRecord

MODE_ONE_BY_ONE = "one"
MODE_QUICK = "quick"


def person_display(name: str, cohort: str | None) -> str:
    return f"{name} · {cohort}" if cohort else name


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

        self.person = name_combo(editable=True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _line_edit(self.person).setPlaceholderText(self.tr("Pick a trainee or type a new name"))
        self.person.setAccessibleName(self.tr("Trainee"))
        form.addRow(self.tr("Trainee"), self.person)

        self.cohort = name_combo(editable=True)
        self.cohort.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _line_edit(self.cohort).setPlaceholderText(self.tr("Optional: the class of a new trainee"))
        self.cohort.setAccessibleName(self.tr("Class"))
        form.addRow(self.tr("Class"), self.cohort)
        # Says, while typing, which trainee the form will be for: an existing one (however the name
        # is spaced or accented) or a new one, spelt as it will be stored.
        self.match_hint = plain_label("", "hint", wrap=True)
        form.addRow("", self.match_hint)
        self._listed: dict[int, PersonRecord] = {}
        self.person.editTextChanged.connect(self._show_match)
        self.cohort.editTextChanged.connect(self._show_match)

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

        # A rater picks themself from the class list (or types a name from outside the class): the
        # name tells raters apart (one form per rater per round) and is never shown beside a rating.
        self.rater_combo = name_combo(editable=True)
        self.rater_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rater_name: QLineEdit = _line_edit(self.rater_combo)
        self.rater_name.setPlaceholderText(
            self.tr("Pick yourself from the class list or type your name; never shown beside a rating")
        )
        self.rater_combo.setAccessibleName(self.tr("Rater's name"))
        self.rater_name_label = plain_label(self.tr("Rater's name"))
        form.addRow(self.rater_name_label, self.rater_combo)

        self.round = name_combo(editable=True)
        self.round.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _line_edit(self.round).setPlaceholderText(
            self.tr("The class's latest round, or type a new round's name")
        )
        self.round.setAccessibleName(self.tr("Round"))
        form.addRow(self.tr("Round"), self.round)
        self._listed_for: object = None  # (class, trainee) the rounds and raters are listed for
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
        self.rater_combo.clear()
        self.round.clear()
        self._listed_for = None
        self.person.clear()
        self.cohort.clear()
        self._listed = {p.id: p for p in store.people()} if store is not None else {}
        if store is not None:
            for person in self._listed.values():
                self.person.addItem(person_display(person.name, person.cohort_name), person.id)
            self.cohort.addItem("", None)
            for cohort in store.cohorts():
                self.cohort.addItem(cohort.name, cohort.id)
        index = self.person.findData(person_id) if person_id is not None else -1
        self.person.setCurrentIndex(index)
        if index < 0:
            self.person.setEditText("")
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
        self._show_match()
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
        person = self._listed.get(code.person_id) if code.person_id is not None else None
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
        self.rater_combo.setVisible(not is_self)
        self.rater_name.setVisible(not is_self)
        self.rater_name_label.setVisible(not is_self)

    def _chosen_person_id(self) -> int | None:
        """The trainee picked from the list (its text, however spaced), or None for a typed name."""
        key = name_key(self.person.currentText())
        index = self.person.currentIndex()
        if index >= 0 and name_key(self.person.itemText(index)) == key:
            return cast("int | None", self.person.itemData(index))  # a listed trainee's id
        # Typed to the letter of an entry: records that look the same (made before the name rules)
        # are one trainee to the user; the first is as good as any.
        matches = [i for i in range(self.person.count()) if name_key(self.person.itemText(i)) == key]
        return self.person.itemData(matches[0]) if matches else None

    def _intended(self) -> tuple[int | None, str]:
        """The listed trainee meant (or None) and the name to look up or create."""
        chosen = self._chosen_person_id()
        typed = self.person.currentText()
        picked = self._listed.get(chosen) if chosen is not None else None
        if picked is not None and name_key(self.cohort.currentText()) not in (
            "",
            name_key(picked.cohort_name),
        ):
            # A listed name with another class typed: that class's trainee of this name is meant.
            return None, picked.name
        return chosen, typed

    def _show_match(self, *_args: object) -> None:
        chosen, typed = self._intended()
        cohort = name_key(self.cohort.currentText()) or None
        if chosen is None:
            try:
                name = normalise_name(typed)
                known = [KnownTrainee(p.id, p.name, p.cohort_name) for p in self._listed.values()]
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
        person = self._listed.get(chosen)
        if person is not None:
            self.match_hint.setText(
                fill(
                    self.tr("Existing trainee: %1"),
                    elide(person_display(person.name, person.cohort_name), 60),
                )
            )

    def _class_id(self) -> int | None | bool:
        """The id of the class the form's trainee is in (None: no class), or False for a new class."""
        chosen, _typed = self._intended()
        if chosen is not None and chosen in self._listed:
            return self._listed[chosen].cohort_id
        typed = name_key(self.cohort.currentText())
        if not typed:
            return None
        index = next(
            (i for i in range(self.cohort.count()) if name_key(self.cohort.itemText(i)) == typed), -1
        )
        return self.cohort.itemData(index) if index >= 0 else False

    def _offer_class(self, *_args: object) -> None:
        """List the trainee's class's rounds (the latest chosen) and classmates as raters."""
        store = self.context.store
        class_id = self._class_id()
        chosen, _typed = self._intended()
        if store is None or (class_id, chosen) == self._listed_for:
            return
        self._listed_for = (class_id, chosen)
        typed_rater = self.rater_name.text()
        self.round.clear()
        self.rater_combo.clear()
        if class_id is not False:
            for class_round in store.class_rounds(class_id):
                self.round.addItem(class_round.name, class_round.id)
            self.round.setCurrentIndex(self.round.count() - 1)
            for person in self._listed.values():
                if person.cohort_id == class_id and person.id != chosen:
                    self.rater_combo.addItem(person.name, person.id)
        self.rater_combo.setCurrentIndex(-1)
        self.rater_name.setText(typed_rater)

    def _checked_name(self, field: QWidget, label: str, text: str, optional: bool = False) -> str | None:
        """``text`` as it will be stored; on a broken rule, say which and return None (empty optional: "")."""
        try:
            return normalise_name(text, label)
        except NameRejected as exc:
            if optional and exc.problem is NameProblem.EMPTY:
                return ""
            self._fail(self.name_problem(label, exc))
            field.setFocus()
            return None

    def name_problem(self, label: str, exc: NameRejected) -> str:
        if exc.problem is NameProblem.EMPTY:
            return fill(self.tr("%1: type a name or pick one from the list."), label)
        if exc.problem is NameProblem.INVISIBLE_ONLY:
            return fill(
                self.tr("%1: the name has only invisible characters or spaces; type the name."), label
            )
        if exc.problem is NameProblem.CONTROL_CHARACTER:
            return fill(
                self.tr("%1: the name contains a control character (%2); type it again."),
                label,
                f"U+{ord(exc.character):04X}",
            )
        return fill(
            self.tr("%1: a name has at most %2 characters; this one has %3."),
            label,
            MAX_NAME_LENGTH,
            exc.length,
        )

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
        chosen, typed = self._intended()
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
            trainee_name = self._listed[chosen].name if chosen in self._listed else name
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
        if not self._replace_confirmed(chosen, instrument.id, role, rater, round_name):
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
                if not self._join_class(exc.name, exc.trainees):
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

    def _replace_confirmed(
        self, person_id: int | None, instrument_id: str, role: RaterRole, rater: str, round_name: str
    ) -> bool:
        """One form per rater per trainee per round: a second one replaces the first, once confirmed."""
        store = self.context.store
        if store is None or person_id is None:
            return True
        index = next(
            (
                i
                for i in range(self.round.count())
                if name_key(self.round.itemText(i)) == name_key(round_name)
            ),
            -1,
        )
        if round_name and index < 0:
            return True  # a new round holds no form yet
        round_id = self.round.itemData(index) if index >= 0 else None
        earlier = store.earlier_form(person_id, instrument_id, role, rater or None, round_id)
        if earlier is None:
            return True
        when = earlier.completed_at.astimezone().strftime("%Y-%m-%d %H:%M") if earlier.completed_at else ""
        round_text = earlier.round.name if earlier.round else ""
        if role is RaterRole.SELF:
            question = fill(
                self.tr(
                    "This trainee already assessed themself in round %1 (%2). The new form replaces "
                    "that one when it is submitted. Go on?"
                ),
                round_text,
                when,
            )
        else:
            question = fill(
                self.tr(
                    "%1 already rated this trainee as %2 in round %3 (%4). The new form replaces that "
                    "one when it is submitted. Go on?"
                ),
                rater,
                role_name(role),
                round_text,
                when,
            )
        return ask_yes_no(self, self.tr("Replace a form?"), question)

    def _fail(self, message: str) -> None:
        self.error.setText(message)

    def _join_class(self, name: str, trainees: int) -> bool:
        """Ask whether to join a class of that name already on the shared server."""
        from PySide6.QtWidgets import QMessageBox

        asked = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Join the existing class?"),
            fill(
                self.tr(
                    "The class %1 already exists on the shared server (%2 trainees), perhaps another "
                    "trainer's. Join it, or go back and type another name for a class of your own?"
                ),
                name,
                trainees,
            ),
            parent=self,
        )
        join = asked.addButton(self.tr("Join the existing class"), QMessageBox.ButtonRole.AcceptRole)
        asked.addButton(self.tr("Type another name"), QMessageBox.ButtonRole.RejectRole)
        asked.setDefaultButton(join)
        asked.exec()
        return asked.clickedButton() is join

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


def _line_edit(combo: QComboBox) -> QLineEdit:
    """The line edit Qt gives every editable combo box."""
    edit = combo.lineEdit()
    if edit is None:
        raise ValueError("the combo box is not editable")
    return edit
