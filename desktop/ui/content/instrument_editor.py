"""The instrument (assessment form) editor: its texts, dimensions, items and bands in tables edited in
place; items and bands added, removed and moved; every problem in ``check-content``'s words, the
rows with one marked; undo and redo; a save that writes the whole file at once with the version
raised. A built-in form opens read-only, with "Duplicate to edit".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.content_save import SaveRequest
from desktop.core.editing.file_version import INSTRUMENT_VERSION
from desktop.core.editing.instrument_draft import InstrumentDraft, draft_problems, save_text
from desktop.core.yamldoc import PathKey
from desktop.ui.content.content_file import problem_text
from desktop.ui.content.editor_base import ContentEditor
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.operations import Operations
from desktop.ui.shell.widgets import plain_label, title_bar

PROBLEM_COLOUR = QColor("#fde2e4")
_WHOLE_NUMBER = re.compile(r"-?\d{1,6}")

#: A table's column: a label, the path of its value under the row (``None``: the row's number), the
#: language for a text (0 zh, 1 en; None: a plain value), and whether it can be edited.
Column = tuple[str, tuple[str, ...] | None, int | None, bool]


class _EditTable(QTableWidget):
    """A table over one list of the file (``key``), a column per ``Column``."""

    def __init__(self, columns: list[Column], key: tuple[str, ...]):
        super().__init__(0, len(columns))
        self.columns, self.key = columns, key


class _Step(QUndoCommand):
    def __init__(self, page: InstrumentEditor, after: InstrumentDraft, text: str):
        super().__init__(text)
        self.page, self.before, self.after, self.first = page, page.draft, after, True

    def redo(self) -> None:
        self.page.apply(self.after, refill=not self.first)
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
        form_layout.addWidget(plain_label(self.tr("Answer scale"), "hint"))
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
        self.tabs.addTab(self.dimensions, self.tr("Dimensions"))
        self.items = self._table(
            [(self.tr("Id"), ("id",), None, False), (self.tr("Dimension"), ("dimension",), None, True),
             (self.tr("Statement"), ("text",), 0, True), (self.tr("Statement (English)"), ("text",), 1, True),
             (self.tr("Reverse"), ("reverse",), None, True)],
            ("items",),
        )  # fmt: skip
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
    def _table(self, columns: list[Column], key: tuple[str, ...]) -> _EditTable:
        table = _EditTable(columns, key)
        table.setHorizontalHeaderLabels([c[0] for c in columns])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The Chinese texts take the room left: they are what is read and edited most.
        for column, (_label, _sub, language, _editable) in enumerate(columns):
            if language == 0:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.cellChanged.connect(lambda row, column, t=table: self._cell_changed(t, row, column))
        self.keys.watch(table)
        return table

    def _with_buttons(self, table: _EditTable, key: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        actions: list[tuple[str, Callable[[], None]]] = [
            (self.tr("Add statement") if key == "items" else self.tr("Add band"), lambda: self.add(key)),
            (self.tr("Delete"), lambda: self.delete(key)),
        ]
        if key == "items":
            actions += [("↑", lambda: self.move_row(key, -1)), ("↓", lambda: self.move_row(key, 1))]
        for text, action in actions:
            button = QPushButton(text)
            button.clicked.connect(action)
            button.setProperty("editing", True)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def tables(self) -> tuple[_EditTable, ...]:
        return (self.scale, self.dimensions, self.items, self.bands)

    # -- showing -----------------------------------------------------------------------------------
    def open_draft(self, draft: InstrumentDraft) -> None:
        self.start_afresh(draft.version)
        read_only = draft.built_in
        self.read_only_note.setVisible(read_only)
        self.duplicate_button.setVisible(read_only)
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
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
            for table in self.tables():
                self._fill(table)
        self._mark_problems()
        self.show_state()

    def _rows(self, table: _EditTable) -> list[object]:
        rows = self.draft.get(table.key, [])
        return rows if isinstance(rows, list) else []

    def _fill(self, table: _EditTable) -> None:
        self._filling = True
        columns: list[Column] = table.columns
        rows = self._rows(table)
        table.setRowCount(len(rows))
        scale_min = self.draft.get(("scale", "min"), 1)
        for row in range(len(rows)):
            for column, (_label, sub, language, editable) in enumerate(columns):
                path: PathKey = (*table.key, row, *(sub or ()))
                if sub is None:
                    text = str(scale_min + row if isinstance(scale_min, int) else row + 1)
                elif language is not None:
                    text = self.draft.text(path, language)
                else:
                    value = self.draft.get(path, "")
                    text = "" if isinstance(value, bool) else str(value)
                item = QTableWidgetItem(text)
                if sub == ("reverse",):
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    item.setCheckState(
                        Qt.CheckState.Checked if self.draft.get(path) is True else Qt.CheckState.Unchecked
                    )
                elif not editable:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), 280))
        self._filling = False

    def _mark_problems(self) -> None:
        self._filling = True
        for table in self.tables():
            prefix = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p)
                             for i, p in enumerate(table.key))  # fmt: skip
            for row in range(table.rowCount()):
                here = [
                    problem_text(f, m, self.lang)
                    for f, m in self.problems
                    if f.startswith(f"{prefix}[{row}]")
                ]
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is not None:
                        item.setBackground(QBrush(PROBLEM_COLOUR) if here else QBrush())
                        item.setToolTip("\n".join(here) or item.text())
        self._filling = False

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
    def _push(self, draft: InstrumentDraft, text: str) -> None:
        if self.draft.built_in or draft.data == self.draft.data:
            return
        self.stack.push(_Step(self, draft, text))

    def _text_finished(self, key: str, language: int) -> None:
        text = self.texts[(key, language)].text()
        if text != self.draft.text((key,), language):
            self._push(self.draft.with_text((key,), language, text), self.tr("Edit text"))

    def _cell_changed(self, table: _EditTable, row: int, column: int) -> None:
        if self._filling or self.draft.built_in:
            return
        _label, sub, language, _editable = table.columns[column]
        if sub is None:
            return
        path: PathKey = (*table.key, row, *sub)
        item = table.item(row, column)
        if item is None:
            return
        if sub == ("reverse",):
            draft = self.draft.with_value(path, item.checkState() == Qt.CheckState.Checked)
        elif language is not None:
            draft = self.draft.with_text(path, language, item.text())
        else:
            text = item.text().strip()
            draft = self.draft.with_value(path, int(text) if _WHOLE_NUMBER.fullmatch(text) else text)
        self._push(draft, self.tr("Edit cell"))

    def _table_of(self, key: str) -> _EditTable:
        return self.items if key == "items" else self.bands

    def add(self, key: str) -> None:
        table = self._table_of(key)
        row = table.currentRow()
        if key == "items":
            self._push(self.draft.with_item_added(row if row >= 0 else None), self.tr("Add statement"))
            new_row = row + 1 if row >= 0 else table.rowCount() - 1
        else:
            self._push(self.draft.with_band_added(), self.tr("Add band"))
            new_row = table.rowCount() - 1
        self._fill(table)
        self._mark_problems()
        table.setCurrentCell(new_row, 2 if key == "items" else 0)
        table.setFocus()

    def delete(self, key: str) -> None:
        table = self._table_of(key)
        row = table.currentRow()
        if row >= 0:
            self._push(self.draft.without(key, row), self.tr("Delete"))
            self._fill(table)
            self._mark_problems()

    def move_row(self, key: str, step: int) -> None:
        table = self._table_of(key)
        row, column = table.currentRow(), table.currentColumn()
        if row < 0 or not 0 <= row + step < table.rowCount():
            return
        self._push(self.draft.moved(key, row, row + step), self.tr("Move statement"))
        self._fill(table)
        self._mark_problems()
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
