"""A table of the form editor over one list of the file (the scale's labels, the dimensions, the
statements, the bands): filled from the draft, the rows with a problem tinted with it as tooltip, and
the value of an edited cell read back as the file holds it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.editing.instrument_draft import InstrumentDraft
from desktop.core.yamldoc import PathKey
from desktop.ui.content.content_file import problem_text

PROBLEM_COLOUR = QColor("#fde2e4")
_WHOLE_NUMBER = re.compile(r"-?\d{1,6}")

#: A table's column: a label, the path of its value under the row (``None``: the row's number), the
#: language for a text (0 zh, 1 en; None: a plain value), and whether it can be edited.
Column = tuple[str, tuple[str, ...] | None, int | None, bool]


class EditTable(QTableWidget):
    """A table over the list at ``key`` of the file, a column per ``Column``."""

    def __init__(self, columns: list[Column], key: tuple[str, ...]):
        super().__init__(0, len(columns))
        self.columns, self.key = columns, key
        self.setHorizontalHeaderLabels([c[0] for c in columns])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The Chinese texts take the room left: they are what is read and edited most.
        for column, (_label, _sub, language, _editable) in enumerate(columns):
            if language == 0:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fill(self, draft: InstrumentDraft) -> None:
        """The rows of ``draft`` (no ``cellChanged`` meanwhile: nothing was edited)."""
        self.blockSignals(True)
        rows = draft.get(self.key, [])
        count = len(rows) if isinstance(rows, list) else 0
        self.setRowCount(count)
        scale_min = draft.get(("scale", "min"), 1)
        for row in range(count):
            for column, (_label, sub, language, editable) in enumerate(self.columns):
                path: PathKey = (*self.key, row, *(sub or ()))
                if sub is None:
                    text = str(scale_min + row if isinstance(scale_min, int) else row + 1)
                elif language is not None:
                    text = draft.text(path, language)
                else:
                    value = draft.get(path, "")
                    text = "" if isinstance(value, bool) else str(value)
                item = QTableWidgetItem(text)
                if sub == ("reverse",):
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    item.setCheckState(
                        Qt.CheckState.Checked if draft.get(path) is True else Qt.CheckState.Unchecked
                    )
                elif not editable:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        # The Chinese columns stretch into what the others leave: at 1024×768 a dimension's name or a
        # statement must stay readable beside its id and English.
        widest = 280 if self.columnCount() <= 3 else 180
        for column in range(self.columnCount()):
            self.setColumnWidth(column, min(self.columnWidth(column), widest))
        self.blockSignals(False)

    def mark(self, problems: tuple[tuple[str, str], ...], lang: str) -> None:
        """Tint the rows with a problem; each cell's tooltip says the row's problems (else its text)."""
        self.blockSignals(True)
        prefix = "".join(
            f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(self.key)
        )
        for row in range(self.rowCount()):
            here = [problem_text(f, m, lang) for f, m in problems if f.startswith(f"{prefix}[{row}]")]
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    item.setBackground(QBrush(PROBLEM_COLOUR) if here else QBrush())
                    item.setToolTip("\n".join(here) or item.text())
        self.blockSignals(False)

    def edited(self, draft: InstrumentDraft, row: int, column: int) -> InstrumentDraft | None:
        """``draft`` with the value of cell (``row``, ``column``) as the trainer left it; None for a
        cell that holds no value of the file (the row's number)."""
        _label, sub, language, _editable = self.columns[column]
        item = self.item(row, column)
        if sub is None or item is None:
            return None
        path: PathKey = (*self.key, row, *sub)
        if sub == ("reverse",):
            return draft.with_value(path, item.checkState() == Qt.CheckState.Checked)
        if language is not None:
            return draft.with_text(path, language, item.text())
        text = item.text().strip()
        value: Any = int(text) if _WHOLE_NUMBER.fullmatch(text) else text
        return draft.with_value(path, value)


class ChoiceDelegate(QStyledItemDelegate):
    """A cell edited by choosing from a list (a statement's dimension: its name shown, its id kept)."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices  # (value kept in the file, what the trainer reads)

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:  # noqa: N802 - Qt override
        shown = dict(self.choices()).get(str(value))
        return shown if shown is not None else super().displayText(value, locale)

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, shown in self.choices():
            combo.addItem(shown, value)
        return combo

    def setEditorData(  # noqa: N802 - Qt override
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data())))

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox) and editor.currentIndex() >= 0:
            model.setData(index, editor.currentData())
