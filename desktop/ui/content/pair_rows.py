"""Rows of Chinese + English texts (a question's options or scoring points), each with ↑ ↓ ✕ buttons
and, for options, a "correct" box. The rows only report what the trainer did; the question draft
(and with it where the correct mark goes) is changed by the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QPushButton, QWidget

from desktop.core.bank_model import LETTERS
from desktop.core.editing.bank_draft import Pair
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import plain_label


def small_button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", "small")
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class PairRows(QWidget):
    """``text_edited(row, language, text)``, ``moved(row, to)``, ``removed(row)``, ``marked(row, on)``."""

    text_edited = Signal(int, int, str)
    moved = Signal(int, int)
    removed = Signal(int)
    marked = Signal(int, bool)

    def __init__(self, with_marks: bool, watch: Callable[[QWidget], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.with_marks = with_marks
        self.watch = watch
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.marks: list[QCheckBox] = []
        self.edits: list[tuple[QLineEdit, QLineEdit]] = []

    def show_rows(self, rows: tuple[Pair, ...], marked: frozenset[int] = frozenset()) -> None:
        """Rebuild the rows (a row added, removed or moved; another question)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.marks, self.edits = [], []
        for index, (zh, en) in enumerate(rows):
            letter = LETTERS[index] if index < len(LETTERS) else str(index + 1)
            if self.with_marks:
                mark = QCheckBox(letter)
                mark.setChecked(index in marked)
                mark.setToolTip(self.tr("Correct answer"))
                mark.setAccessibleName(fill(self.tr("Option %1 is correct"), letter))
                mark.toggled.connect(lambda on, i=index: self.marked.emit(i, on))
                self._place(mark, index, 0)
                self.marks.append(mark)
            else:
                self._place(plain_label(f"{index + 1}."), index, 0)
            pair = (QLineEdit(zh), QLineEdit(en))
            pair[0].setPlaceholderText(self.tr("Chinese"))
            pair[1].setPlaceholderText(self.tr("English (optional)"))
            for language, edit in enumerate(pair):
                edit.textEdited.connect(
                    lambda text, i=index, lang=language: self.text_edited.emit(i, lang, text)
                )
                self.watch(edit)
                self._place(edit, index, 1 + language)
            self.edits.append(pair)
            up = small_button("↑", self.tr("Move up"))
            down = small_button("↓", self.tr("Move down"))
            remove = small_button("✕", self.tr("Remove"))
            up.setEnabled(index > 0)
            down.setEnabled(index < len(rows) - 1)
            up.clicked.connect(
                lambda _c=False, i=index: self._then_focus(self.moved.emit, (i, i - 1), i - 1, 3)
            )
            down.clicked.connect(
                lambda _c=False, i=index: self._then_focus(self.moved.emit, (i, i + 1), i + 1, 4)
            )
            remove.clicked.connect(lambda _c=False, i=index: self._then_focus(self.removed.emit, (i,), i, 5))
            for column, button in enumerate((up, down, remove), start=3):
                self._place(button, index, column)

    def _place(self, widget: QWidget, row: int, column: int) -> None:
        self.grid.addWidget(widget, row, column)
        # Shown now, not when the layout gets round to it: a row drawn anew can take the focus at once.
        widget.show()

    def _then_focus(self, emit: Callable[..., None], args: tuple[int, ...], row: int, column: int) -> None:
        """Report the press; the rows are drawn anew, so the keyboard focus goes to the same button of the
        row that moved (or the row now in the removed one's place), not back to the top of the screen."""
        emit(*args)
        row = min(row, self.grid.rowCount() - 1, len(self.edits) - 1)
        item = self.grid.itemAtPosition(row, column) if row >= 0 else None
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isEnabled():
            widget.setFocus()
        elif row >= 0:
            self.edits[row][0].setFocus()

    def focus_last(self) -> None:
        """The Chinese text of the last row (after Add)."""
        if self.edits:
            self.edits[-1][0].setFocus()

    def set_marks(self, marked: frozenset[int]) -> None:
        """Show the correct marks without a rebuild (a single question: marking one clears the other)."""
        for index, mark in enumerate(self.marks):
            mark.blockSignals(True)
            mark.setChecked(index in marked)
            mark.blockSignals(False)
