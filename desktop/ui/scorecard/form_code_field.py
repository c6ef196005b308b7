"""The form code box of the start page: a printed form's code picks form, trainee, role and round.

Typed first when a paper form is entered; as soon as the code reads correctly the start page's
choices are filled in and quick entry is chosen, so Enter goes straight to typing the digits.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.core.form_codes import IGNORED, CodeError, CodeProblem, FormCode, decode
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import plain_label, set_role

SHORTEST_CODE = 4  # a blank form's code; a trainee's is longer


class FormCodeField(QWidget):
    read = Signal(object)  # FormCode, once the typed code reads correctly

    def __init__(self, instrument_ids: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.instrument_ids = instrument_ids
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Paper form? Type the code printed at its top right"))
        self.edit.setAccessibleName(self.tr("Form code"))
        self.edit.setMaxLength(24)
        self.edit.textChanged.connect(self._read)
        layout.addWidget(self.edit)
        self.message = plain_label("", "hint", wrap=True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.code: FormCode | None = None

    def clear(self) -> None:
        self.edit.clear()

    def show_read(self, text: str) -> None:
        """What the code picked, in words (said by the start page, which knows the names)."""
        self.message.setProperty("role", "hint")
        self.message.setText(text)
        self.message.setVisible(True)

    def _read(self, text: str) -> None:
        self.code = None
        self.message.setVisible(False)
        try:
            code = decode(text, self.instrument_ids)
        except CodeError as exc:
            typed = sum(1 for char in text if char not in IGNORED)
            if exc.problem is CodeProblem.BAD_CHARACTER or typed >= SHORTEST_CODE:
                self._fail(self.problem_text(exc))  # a shorter one is still being typed: no alarm yet
            return
        self.code = code
        self.read.emit(code)

    def problem(self) -> str | None:
        """Why the typed code cannot be used, or None when it reads or nothing is typed (said on Enter)."""
        if self.code is not None or not self.edit.text().strip(IGNORED):
            return None
        try:
            decode(self.edit.text(), self.instrument_ids)
        except CodeError as exc:
            self._fail(self.problem_text(exc))
            return self.message.text()
        return None

    def problem_text(self, exc: CodeError) -> str:
        if exc.problem is CodeProblem.BAD_CHARACTER:
            return fill(
                self.tr("Form code: character %1 (“%2”) cannot be in a code (letters and digits only)."),
                exc.position,
                exc.character,
            )
        if exc.problem is CodeProblem.UNKNOWN_INSTRUMENT:
            return self.tr(
                "Form code: the code is of a form this app does not have (check its content folder)."
            )
        if exc.problem is CodeProblem.TOO_SHORT:
            return self.tr("Form code: too short; a code has at least 4 characters.")
        if exc.problem is CodeProblem.AMBIGUOUS_INSTRUMENT:
            return self.tr("Form code: two loaded forms share this code; pick the form by hand.")
        return self.tr("Form code: a character is mistyped or two are swapped; check it against the paper.")

    def _fail(self, message: str) -> None:
        set_role(self.message, "error")
        self.message.setText(message)
        self.message.setVisible(True)
