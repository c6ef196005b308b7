"""The instrument (assessment form) editor: its texts, answer scale, dimensions, items and bands in
tables edited in place; dimensions, items and bands added, removed and moved, the scale's range
changed (each label stays with its value); every problem in ``check-content``'s words, the rows with
one marked; undo and redo; a save that writes the whole file at once with the version raised (forms
already answered keep the version they were answered with). A built-in form opens read-only, with
"Duplicate to edit".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.content_save import SaveRequest
from desktop.core.editing.file_version import INSTRUMENT_VERSION
from desktop.core.editing.instrument_draft import InstrumentDraft, draft_problems, save_text
from desktop.ui.content.content_file import problem_text
from desktop.ui.content.edit_table import PROBLEM_COLOUR, ChoiceDelegate, Column, EditTable
from desktop.ui.content.editor_base import ContentEditor
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.operations import Operations
from desktop.ui.shell.widgets import plain_label, title_bar

__all__ = ["PROBLEM_COLOUR", "InstrumentEditor"]


class _Step(QUndoCommand):
    def __init__(self, page: InstrumentEditor, after: InstrumentDraft, text: str, refill: bool):
        super().__init__(text)
        self.page, self.before, self.after = page, page.draft, after
        #: the first time, a change typed into a cell is on screen already; other changes are drawn
        self.first_refill = refill
        self.first = True

    def redo(self) -> None:
        self.page.apply(self.after, refill=self.first_refill or not self.first)
        self.first = False

    def undo(self) -> None:
        self.page.apply(self.before, refill=True)


class InstrumentEditor(ContentEditor):
    def __init__(self, operations: Operations, lang: str, parent: QWidget | None = None):
        super().__init__(operations, lang, parent)
        self.draft = InstrumentDraft({})
        self.problems: tuple[tuple[str, str], ...] = ()
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(title_bar(self.tr("Edit assessment form"), self.leave))
        self.read_only_row = QHBoxLayout()
        self.read_only_note = plain_label(
            self.tr("A built-in form is read-only. Duplicate it to edit your own copy."), "hint", wrap=True
        )
        self.duplicate_button = QPushButton(self.tr("Duplicate to edit"))
        self.duplicate_button.clicked.connect(lambda: self.duplicate_requested.emit(self.draft))
        self.read_only_row.addWidget(self.read_only_note, 1)
        self.read_only_row.addWidget(self.duplicate_button)
        layout.addLayout(self.read_only_row)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        form_tab = QWidget()
        form_layout = QVBoxLayout(form_tab)
        self.texts: dict[tuple[str, int], QLineEdit] = {}
        for key, label in (("title", self.tr("Title")), ("description", self.tr("Instructions"))):
            row = QHBoxLayout()
            row.addWidget(plain_label(label))
            for language in (0, 1):
                edit = QLineEdit()
                edit.setPlaceholderText(
                    self.tr("Chinese") if language == 0 else self.tr("English (optional)")
                )
                edit.editingFinished.connect(lambda k=key, lang=language: self._text_finished(k, lang))
                self.keys.watch(edit)
                row.addWidget(edit, 1)
                self.texts[(key, language)] = edit
            form_layout.addLayout(row)
        scale_row = QHBoxLayout()
        scale_row.addWidget(plain_label(self.tr("Answer scale"), "hint"))
        self.scale_low, self.scale_high = QSpinBox(), QSpinBox()
        for spin, name, low, high in (
            (self.scale_low, self.tr("from"), 1, 8),
            (self.scale_high, self.tr("to"), 2, 9),
        ):
            spin.setRange(low, high)  # answers are typed as one digit, 1–9
            spin.setAccessibleName(name)
            spin.valueChanged.connect(lambda _v: self._scale_changed())
            self.keys.watch(spin)
            scale_row.addWidget(plain_label(name))
            scale_row.addWidget(spin)
        scale_row.addStretch(1)
        form_layout.addLayout(scale_row)
        self.scale = self._table(
            [
                (self.tr("Value"), None, None, False),
                (self.tr("Chinese"), (), 0, True),
                (self.tr("English"), (), 1, True),
            ],
            ("scale", "labels"),
        )
        form_layout.addWidget(self.scale, 1)
        self.tabs.addTab(form_tab, self.tr("Form"))

        self.dimensions = self._table(
            [(self.tr("Id"), ("id",), None, False), (self.tr("Name"), ("name",), 0, True),
             (self.tr("Name (English)"), ("name",), 1, True), (self.tr("Description"), ("description",), 0, True),
             (self.tr("Description (English)"), ("description",), 1, True)],
            ("dimensions",),
        )  # fmt: skip
        self.tabs.addTab(self._with_buttons(self.dimensions, "dimensions"), self.tr("Dimensions"))
        self.items = self._table(
            [(self.tr("Id"), ("id",), None, False), (self.tr("Dimension"), ("dimension",), None, True),
             (self.tr("Statement"), ("text",), 0, True), (self.tr("Statement (English)"), ("text",), 1, True),
             (self.tr("Reverse"), ("reverse",), None, True)],
            ("items",),
        )  # fmt: skip
        self.items.setItemDelegateForColumn(1, ChoiceDelegate(self._dimension_choices, self.items))
        self.tabs.addTab(self._with_buttons(self.items, "items"), self.tr("Statements"))
        self.bands = self._table(
            [(self.tr("From"), ("min",), None, True), (self.tr("To"), ("max",), None, True),
             (self.tr("Band"), ("label",), 0, True), (self.tr("Band (English)"), ("label",), 1, True),
             (self.tr("Advice"), ("advice",), 0, True), (self.tr("Advice (English)"), ("advice",), 1, True)],
            ("bands",),
        )  # fmt: skip
        self.tabs.addTab(self._with_buttons(self.bands, "bands"), self.tr("Bands"))

        bottom = QHBoxLayout()
        self.summary = plain_label("", "error", wrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = plain_label("", "hint")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.stack.undo)
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.clicked.connect(self.stack.redo)
        self.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.summary, 1)
        for widget in (self.state, self.undo_button, self.redo_button, self.save_button):
            bottom.addWidget(widget)
        layout.addLayout(bottom)
        for keys, action in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence(Qt.Key.Key_Escape), self.leave),
            (QKeySequence.StandardKey.Undo, self.stack.undo),
            (QKeySequence.StandardKey.Redo, self.stack.redo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # -- building ----------------------------------------------------------------------------------
    def _table(self, columns: list[Column], key: tuple[str, ...]) -> EditTable:
        table = EditTable(columns, key)
        table.cellChanged.connect(lambda row, column, t=table: self._cell_changed(t, row, column))
        self.keys.watch(table)
        return table

    def _with_buttons(self, table: EditTable, key: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        adds = {
            "items": self.tr("Add statement"),
            "bands": self.tr("Add band"),
            "dimensions": self.tr("Add dimension"),
        }
        actions: list[tuple[str, Callable[[], None]]] = [
            (adds[key], lambda: self.add(key)),
            (self.tr("Delete"), lambda: self.delete(key)),
        ]
        if key != "bands":
            actions += [("↑", lambda: self.move_row(key, -1)), ("↓", lambda: self.move_row(key, 1))]
        for text, action in actions:
            button = QPushButton(text)
            button.clicked.connect(action)
            button.setProperty("editing", True)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _dimension_choices(self) -> list[tuple[str, str]]:
        choices = []
        for index, dimension in enumerate(self.draft.entries("dimensions")):
            ident = str(dimension.get("id", ""))
            name = self.draft.text(("dimensions", index, "name"), 0)
            choices.append((ident, f"{name} ({ident})" if name else ident))
        return choices

    def tables(self) -> tuple[EditTable, ...]:
        return (self.scale, self.dimensions, self.items, self.bands)

    # -- showing -----------------------------------------------------------------------------------
    def open_draft(self, draft: InstrumentDraft) -> None:
        self.start_afresh(draft.version)
        read_only = draft.built_in
        self.read_only_note.setVisible(read_only)
        self.duplicate_button.setVisible(read_only)
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
        for spin in (self.scale_low, self.scale_high):
            spin.setReadOnly(read_only)
        for table in self.tables():
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.NoEditTriggers
                if read_only
                else QAbstractItemView.EditTrigger.AllEditTriggers
            )
        for button in self.findChildren(QPushButton):
            if button.property("editing"):
                button.setEnabled(not read_only)
        self.apply(draft, refill=True)
        self.tabs.setCurrentIndex(2)
        self.items.setFocus()

    def apply(self, draft: InstrumentDraft, refill: bool) -> None:
        self.draft = draft
        self.problems = draft_problems(draft)
        if refill:
            for (key, language), edit in self.texts.items():
                edit.setText(draft.text((key,), language))
            for spin, key in ((self.scale_low, "min"), (self.scale_high, "max")):
                value = draft.get(("scale", key))
                spin.blockSignals(True)
                spin.setValue(value if isinstance(value, int) else spin.minimum())
                spin.blockSignals(False)
            for table in self.tables():
                table.fill(draft)
        for table in self.tables():
            table.mark(self.problems, self.lang)
        self.show_state()

    def show_state(self) -> None:
        count = len(self.problems)
        lines = [problem_text(f, m, self.lang) for f, m in self.problems[:3]]
        self.summary.setText(
            self.tr("%n problem(s), not saved until fixed:", "", count) + "\n" + "\n".join(lines)
            if count
            else ""
        )
        self.state.setText(
            fill(
                self.tr("%1id %2 · version %3"),
                self.tr("saving… ") if self.saving else "● " if self.is_modified() else "",
                self.draft.id,
                self.saved_version,
            )
        )
        self.save_button.setEnabled(not self.draft.built_in and self.is_modified() and not self.saving)

    # -- changes -----------------------------------------------------------------------------------
    def _push(self, draft: InstrumentDraft, text: str, refill: bool = False) -> None:
        if self.draft.built_in or draft.data == self.draft.data:
            return
        self.stack.push(_Step(self, draft, text, refill))

    def _text_finished(self, key: str, language: int) -> None:
        text = self.texts[(key, language)].text()
        if text != self.draft.text((key,), language):
            self._push(self.draft.with_text((key,), language, text), self.tr("Edit text"))

    def _scale_changed(self) -> None:
        low, high = self.scale_low.value(), self.scale_high.value()
        # A range the wrong way round is shown as a problem (as check-content says it), never refused.
        self._push(self.draft.with_scale(low, high), self.tr("Change the answer scale"), refill=True)

    def _cell_changed(self, table: EditTable, row: int, column: int) -> None:
        if self.draft.built_in:
            return
        draft = table.edited(self.draft, row, column)
        if draft is not None:
            self._push(draft, self.tr("Edit cell"))

    def _table_of(self, key: str) -> EditTable:
        return {"items": self.items, "bands": self.bands, "dimensions": self.dimensions}[key]

    def add(self, key: str) -> None:
        table = self._table_of(key)
        row = table.currentRow()
        after = row if row >= 0 else None
        if key == "items":
            self._push(self.draft.with_item_added(after), self.tr("Add statement"), refill=True)
        elif key == "dimensions":
            self._push(self.draft.with_dimension_added(after), self.tr("Add dimension"), refill=True)
        else:
            self._push(self.draft.with_band_added(), self.tr("Add band"), refill=True)
        new_row = row + 1 if key != "bands" and row >= 0 else table.rowCount() - 1
        # The new row's first text to write: a statement's, a dimension's name, a band's range.
        table.setCurrentCell(new_row, {"items": 2, "dimensions": 1, "bands": 0}[key])
        table.setFocus()

    def delete(self, key: str) -> None:
        table = self._table_of(key)
        row = table.currentRow()
        if row < 0:
            return
        if key != "dimensions":
            self._push(self.draft.without(key, row), self.tr("Delete"), refill=True)
            return
        statements = len(self.draft.statements_of(row))
        if statements and not self._confirm_dimension_delete(row, statements):
            return
        self._push(self.draft.without_dimension(row), self.tr("Delete dimension"), refill=True)

    def _confirm_dimension_delete(self, row: int, statements: int) -> bool:
        name = self.draft.text(("dimensions", row, "name"), 0) or self.draft.get(
            ("dimensions", row, "id"), ""
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete dimension"),
            fill(
                self.tr(
                    "Delete the dimension %1 and its %n statement(s)? Forms already answered keep them: they "
                    "show and score with the version they were answered with.",
                    "",
                    statements,
                ),
                name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def move_row(self, key: str, step: int) -> None:
        table = self._table_of(key)
        row, column = table.currentRow(), table.currentColumn()
        if row < 0 or not 0 <= row + step < table.rowCount():
            return
        text = self.tr("Move dimension") if key == "dimensions" else self.tr("Move statement")
        self._push(self.draft.moved(key, row, row + step), text, refill=True)
        table.setCurrentCell(row + step, column)

    # -- saving ----------------------------------------------------------------------------------------
    def draft_id(self) -> str:
        return self.draft.id

    def read_only(self) -> bool:
        return self.draft.built_in

    def current_draft(self) -> object:
        return self.draft

    def saving_label(self) -> str:
        return fill(self.tr("Saving the form %1…"), self.draft.id)

    def save_request(self) -> SaveRequest | None:
        if not self.draft.file:
            return None
        draft = InstrumentDraft({**self.draft.data, "version": self.saved_version}, self.draft.file)
        return SaveRequest(Path(draft.file), lambda: save_text(draft), self.saved_version, INSTRUMENT_VERSION)

    def commit_pending_edits(self) -> None:
        for key, language in self.texts:
            self._text_finished(key, language)
