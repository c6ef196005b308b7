"""Quick entry of a paper form: type its digits, check them against the statements, submit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.instruments import Instrument
from desktop.core.quick_entry import parse_quick_entry
from desktop.core.records import AssessmentRecord
from desktop.ui.scorecard.roles import form_caption
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import big_button, plain_label, try_write


class QuickEntryPage(QWidget):
    submitted = Signal(object)  # the completed AssessmentRecord
    cancelled = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.record: AssessmentRecord | None = None
        self.instrument: Instrument | None = None
        self._saved: dict[str, int | None] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        layout.setSpacing(6)
        layout.addWidget(plain_label(self.tr("Quick entry of a paper form"), "title"))
        self.caption = plain_label("", "subtitle", wrap=True)
        layout.addWidget(self.caption)
        self.instructions = plain_label("", "hint", wrap=True)
        layout.addWidget(self.instructions)
        self.digits = QLineEdit()
        self.digits.setProperty("role", "quick")
        self.digits.setAccessibleName(self.tr("Answers"))
        self.digits.textChanged.connect(self._update)
        self.digits.returnPressed.connect(self.submit)
        layout.addWidget(self.digits)
        self.status = plain_label("", "progress")
        self.error = plain_label("", "error", wrap=True)
        # Count and error on one line: one line less to fit on a small screen.
        feedback = QHBoxLayout()
        feedback.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        feedback.addWidget(self.error, 1)
        layout.addLayout(feedback)
        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels([self.tr("No."), self.tr("Statement"), self.tr("Answer")])
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # A few rows at least; on a small screen (150 % scaling) the table scrolls, the box and
        # the buttons stay in view.
        self.preview.setMinimumHeight(72)
        layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Pause"))
        self.submit_button = big_button(self.tr("Submit (Enter)"))
        self.back_button.clicked.connect(self.cancelled.emit)
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)

    def load(self, record: AssessmentRecord) -> None:
        self.record = record
        self.instrument = instrument = self.context.instrument_for(
            record.instrument_id, record.instrument_version
        )
        if instrument is None:
            raise LookupError(
                f"the form {record.instrument_id!r} version {record.instrument_version} is unknown"
            )
        self._saved = dict(record.answers)
        self.caption.setText(form_caption(self.context, record))
        scale = instrument.scale
        self.instructions.setText(
            fill(
                self.tr(
                    "Type the %1 answers in order, one digit each (%2–%3; 0 = can't judge). Spaces are ignored."
                ),
                len(instrument.items),
                scale.min,
                scale.max,
            )
        )
        self.preview.setRowCount(len(instrument.items))
        for row, item in enumerate(instrument.items):
            self.preview.setItem(row, 0, QTableWidgetItem(str(row + 1)))
            self.preview.setItem(row, 1, QTableWidgetItem(self.context.text(item.text)))
            self.preview.setItem(row, 2, QTableWidgetItem(""))
        # Resume a form that was part-entered earlier.
        existing = "".join(
            "0" if record.answers.get(i.id) is None else str(record.answers[i.id])
            for i in instrument.items
            if i.id in record.answers
        )
        self.digits.setMaxLength(len(instrument.items) * 4)
        self.digits.setText(existing)
        self._update()
        self.digits.setFocus()

    def _update(self) -> None:
        instrument = self.instrument
        if instrument is None:
            return
        result = parse_quick_entry(instrument, self.digits.text())
        n = len(instrument.items)
        self.status.setText(fill(self.tr("%1 of %2 digits"), min(result.digits, n), n))
        scale = instrument.scale
        if result.error is not None:
            position, char = result.error
            if result.digits > n:
                self.error.setText(
                    fill(
                        self.tr("Answers: character %1 is one digit too many; the form has %2 statements."),
                        position,
                        n,
                    )
                )
            else:
                self.error.setText(
                    fill(
                        self.tr("Answers: character %1 (“%2”) is not a digit from %3 to %4 or 0."),
                        position,
                        char,
                        scale.min,
                        scale.max,
                    )
                )
        else:
            self.error.clear()
            store = self.context.store
            if self.record is not None and store is not None and result.answers != self._saved:
                # Keep what has been typed so far: a crash mid-form resumes with these digits.
                record_id = self.record.id
                saved, _ = try_write(self, lambda: store.record_answers(record_id, result.answers))
                if saved:
                    self._saved = dict(result.answers)
        for row, item in enumerate(instrument.items):
            cell = self.preview.item(row, 2)
            if cell is None:  # (load made every row's cells)
                continue
            if item.id not in result.answers:
                cell.setText("")
            elif (value := result.answers[item.id]) is None:
                cell.setText(self.tr("0 · can't judge"))
            else:
                cell.setText(f"{value} · {self.context.text(scale.label(value))}")
        self.submit_button.setEnabled(result.complete(instrument))

    def submit(self) -> None:
        if self.record is None or self.instrument is None:
            return
        result = parse_quick_entry(self.instrument, self.digits.text())
        if not result.complete(self.instrument):
            if result.error is None:
                self.error.setText(
                    fill(
                        self.tr("Answers: %1 of %2 digits typed; type all of them to submit."),
                        result.digits,
                        len(self.instrument.items),
                    )
                )
            return
        store, record_id = self.context.store, self.record.id
        if store is None:
            return

        def save_and_complete() -> AssessmentRecord:
            store.record_answers(record_id, result.answers)
            return store.complete_assessment(record_id)

        saved, record = try_write(self, save_and_complete)
        if not saved:
            return
        self.record = None
        self.submitted.emit(record)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
