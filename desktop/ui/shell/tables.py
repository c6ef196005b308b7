"""Read-only tables that show every row without an inner scroll bar (the page scrolls instead)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of plain strings; views show them as plain text (never as HTML)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[str]] = []
        self.colours: list[QColor | None] = []

    def set_rows(self, rows: Sequence[Sequence[str]], colours: Sequence[str | None] | None = None) -> bool:
        """Replace the rows; returns False (and does nothing) when they are unchanged."""
        new_rows = [list(r) for r in rows]
        new_colours = [QColor(c) if c else None for c in (colours or [None] * len(rows))]
        if new_rows == self.rows and new_colours == self.colours:
            return False  # a reset re-measures every cell; the console refreshes on every buzz
        self.beginResetModel()
        self.rows, self.colours = new_rows, new_colours
        self.endResetModel()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.colours[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0 and len(text) <= 8:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ReadOnlyTable(QTableView):
    def __init__(
        self, headers: Sequence[str], stretch_column: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.stretch_column = stretch_column
        self.table_model = RowsModel(headers, self)
        self.setModel(self.table_model)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        # One line per row: a fixed height spares measuring every cell after each change.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._size_columns()
        self.fit_height()  # empty, it is a header line, not a blank box taking a small screen's room

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(len(self.table_model.headers)):
            stretch = column == self.stretch_column
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
            )

    def set_headers(self, headers: Sequence[str]) -> None:
        """Change the columns (e.g. one per radar series); the rows are cleared."""
        model = self.table_model
        model.beginResetModel()
        model.headers, model.rows, model.colours = list(headers), [], []
        model.endResetModel()
        self._size_columns()

    def set_rows(self, rows: Sequence[Sequence[str]], colours: Sequence[str | None] | None = None) -> None:
        """Fill the table with plain-text cells; ``colours`` tints whole rows."""
        if self.table_model.set_rows(rows, colours):
            self.fit_height()

    def rowCount(self) -> int:  # noqa: N802 - mirrors QTableWidget for callers and tests
        return self.table_model.rowCount()

    def fit_height(self) -> None:
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.table_model.rowCount()))
        if self.height() != height + 4 or self.minimumHeight() != height + 4:
            self.setFixedHeight(height + 4)

    def content_width(self) -> int:
        """The width that shows every column's header and cells whole."""
        header = self.horizontalHeader()
        columns = range(len(self.table_model.headers))
        width = sum(max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)
        return width + 2 * self.frameWidth() + 4

    def currentRow(self) -> int:  # noqa: N802
        index = self.currentIndex()
        return index.row() if index.isValid() else -1
