"""The neutral screen after a rater submits: nothing of their answers stays on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.comparison import RaterRole
from desktop.core.records import AssessmentRecord
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import elide, fill
from desktop.ui.shell.widgets import big_button, plain_label


class HandoverPage(QWidget):
    next_rater = Signal(int, str)  # person id, instrument id
    view_result = Signal(int, str)
    home = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.record: AssessmentRecord | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        self.thanks = plain_label(self.tr("Thank you — the form is saved."), "handover")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thanks)
        self.next_hint = plain_label("", "subtitle", wrap=True)
        self.next_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.next_hint)
        layout.addSpacing(32)
        row = QHBoxLayout()
        row.addStretch(1)
        self.next_button = big_button("")
        self.result_button = QPushButton(self.tr("See my result"))
        self.home_button = QPushButton(self.tr("Home"))
        self.next_button.clicked.connect(self._next)
        self.result_button.clicked.connect(self._result)
        self.home_button.clicked.connect(self.home.emit)
        for button in (self.home_button, self.result_button, self.next_button):
            # Enter presses the focused button, as on the screens before ("Submit (Enter)").
            button.setAutoDefault(True)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_for(self, record: AssessmentRecord) -> None:
        self.record = record
        store = self.context.store
        person = store.person(record.person_id) if store else None
        name = person.name if person else ""
        self.next_hint.setText(self.tr("Hand the laptop to the next rater. Earlier answers are not shown."))
        self.next_button.setText(fill(self.tr("Next rater for %1 (Enter)"), elide(name)))
        self.next_button.setToolTip(name)
        self.result_button.setVisible(record.role is RaterRole.SELF)
        self.next_button.setFocus()

    def _next(self) -> None:
        if self.record is not None:
            self.next_rater.emit(self.record.person_id, self.record.instrument_id)

    def _result(self) -> None:
        if self.record is not None:
            self.view_result.emit(self.record.person_id, self.record.instrument_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Focus on a button: its own Enter (auto-default) has clicked it before this. Anywhere else
        # Enter does what the big button says.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.next_button.click()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.home.emit()
            return
        super().keyPressEvent(event)
