"""The import dialog's tables: the column mapping of a spreadsheet or CSV, and the preview of every
question (source row or line, status, kind, text, options, answer, problems). Views only."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableView,
    QTableWidget,
    QWidget,
)

from desktop.core.bank_model import LETTERS
from desktop.core.importing.model import FIELDS, ColumnMapping, ImportResult, PreviewRow
from desktop.core.messages import localise

_ROOT = QModelIndex()


def field_label(name: str) -> str:
    if name in LETTERS:
        return QCoreApplication.translate("ImportPreview", "Option %1").replace("%1", name)
    return {
        "kind": QCoreApplication.translate("ImportPreview", "Question type"),
        "text": QCoreApplication.translate("ImportPreview", "Question"),
        "options": QCoreApplication.translate("ImportPreview", "Options (one cell)"),
        "answer": QCoreApplication.translate("ImportPreview", "Answer"),
        "explanation": QCoreApplication.translate("ImportPreview", "Explanation"),
        "tags": QCoreApplication.translate("ImportPreview", "Tags"),
        "difficulty": QCoreApplication.translate("ImportPreview", "Difficulty"),
        "points": QCoreApplication.translate("ImportPreview", "Scoring points"),
    }[name]


def kind_label(kind: str) -> str:
    labels = {
        "single": QCoreApplication.translate("ImportPreview", "Single choice"),
        "multiple": QCoreApplication.translate("ImportPreview", "Multiple choice"),
        "truefalse": QCoreApplication.translate("ImportPreview", "True/false"),
        "fill": QCoreApplication.translate("ImportPreview", "Fill in"),
        "open": QCoreApplication.translate("ImportPreview", "Open"),
    }
    return labels.get(kind, kind)


def status_label(row: PreviewRow) -> str:
    return {
        "ok": QCoreApplication.translate("ImportPreview", "Valid"),
        "error": QCoreApplication.translate("ImportPreview", "Error"),
        "skipped": QCoreApplication.translate("ImportPreview", "Skipped"),
        "duplicate": QCoreApplication.translate("ImportPreview", "Duplicate (skipped)"),
    }[row.status]


def source_label(row: PreviewRow) -> str:
    return (
        QCoreApplication.translate("ImportPreview", "Row %1")
        if row.unit == "row"
        else QCoreApplication.translate("ImportPreview", "Line %1")
    ).replace("%1", str(row.line))


class MappingTable(QTableWidget):
    """The file's columns side by side (their headers on top) with, under each, the field it is read
    as (changeable): one row, so it stays short on a small screen."""

    mapping_changed = Signal(object)  # ColumnMapping

    def __init__(self, parent: QWidget | None = None):
        super().__init__(1, 0, parent)
        self.setVerticalHeaderLabels([QCoreApplication.translate("ImportPreview", "Read as")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mapping: ColumnMapping | None = None
        self.combos: list[QComboBox] = []

    def show_mapping(self, mapping: ColumnMapping | None) -> None:
        self.mapping = mapping
        self.combos = []
        headers = mapping.headers if mapping else []
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(
            [h.strip() or QCoreApplication.translate("ImportPreview", "(no header)") for h in headers]
        )
        by_column = {index: name for name, index in (mapping.fields.items() if mapping else ())}
        for index in range(len(headers)):
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportPreview", "(not used)"), "")
            for name in FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(index, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            self.setCellWidget(0, index, combo)
            self.combos.append(combo)
        height = self.horizontalHeader().sizeHint().height() + self.rowHeight(0) + 2 * self.frameWidth()
        scrollbar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height + scrollbar + 4)

    def _changed(self) -> None:
        if self.mapping is None:
            return
        fields: dict[str, int] = {}
        for index, combo in enumerate(self.combos):
            name = combo.currentData()
            if name and name not in fields:
                fields[name] = index
        self.mapping_changed.emit(ColumnMapping(self.mapping.header_row, list(self.mapping.headers), fields))


COLUMNS = ("Source", "Status", "Kind", "Question", "Options", "Answer", "Problems")


def column_titles() -> list[str]:
    return [
        QCoreApplication.translate("ImportPreview", "Source"),
        QCoreApplication.translate("ImportPreview", "Status"),
        QCoreApplication.translate("ImportPreview", "Kind"),
        QCoreApplication.translate("ImportPreview", "Question"),
        QCoreApplication.translate("ImportPreview", "Options"),
        QCoreApplication.translate("ImportPreview", "Answer"),
        QCoreApplication.translate("ImportPreview", "Problems"),
    ]


_STATUS_COLOURS = {"error": "#b3261e", "skipped": "#6b6b6b", "duplicate": "#6b6b6b"}
_TIP_COLUMNS = (3, 4, 6)  # long texts: the whole text as a tooltip


def preview_cells(row: PreviewRow, lang: str) -> tuple[str, ...]:
    """The seven cells of a preview row, as shown."""
    options = "\n".join(
        f"{LETTERS[i] if i < len(LETTERS) else i + 1}. {o}" for i, o in enumerate(row.options)
    )
    reason = [localise(row.reason, lang)] if row.reason else []
    problems = "\n".join([p.text(lang) for p in row.problems] + reason)
    return (
        source_label(row),
        status_label(row),
        kind_label(row.kind),
        row.text,
        options,
        row.answer,
        problems,
    )


class PreviewModel(QAbstractTableModel):
    """Every row of the preview as text, made once; the view asks only for the rows it shows, so a
    10,000-row file fills in one step instead of 70,000 items (a second's freeze before)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cells: list[tuple[str, ...]] = []
        self.statuses: list[str] = []
        self.titles = column_titles()

    def show(self, result: ImportResult | None, lang: str) -> None:
        self.beginResetModel()
        rows = result.rows if result is not None else []
        self.cells = [preview_cells(row, lang) for row in rows]
        self.statuses = [row.status for row in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole and column in _TIP_COLUMNS:
            return self.cells[row][column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 6):
            colour = _STATUS_COLOURS.get(self.statuses[row])
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return self.statuses[row]
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


class PreviewTable(QTableView):
    """The preview. Rows are as tall as their text, measured when they scroll into view: measuring
    all 10,000 rows of a big file at once froze the dialog."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = PreviewModel(self)
        self.setModel(self.preview)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        for column in (3, 4, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, 220)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self._measure_again())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_rows_in_view())
        self._measured: set[int] = set()

    def row_count(self) -> int:
        return self.preview.rowCount()

    def show_result(self, result: ImportResult | None, lang: str = "zh_CN") -> None:
        self.preview.show(result, lang)
        self._measured = set()
        # The short columns fit their widest text among the first rows (all rows look alike there).
        for column in (0, 1, 2):
            widths = [self.sizeHintForColumn(column)] if self.preview.cells else []
            self.setColumnWidth(column, max([*widths, self.horizontalHeader().sectionSizeHint(column)]))
        self._fit_rows_in_view()

    def _measure_again(self) -> None:
        self._measured = set()
        self._fit_rows_in_view()

    def _fit_rows_in_view(self) -> None:
        # Each row measured grows or shrinks, moving the next ones: repeat until the view holds still.
        for _ in range(50):
            first = max(self.rowAt(0), 0)
            last = self.rowAt(self.viewport().height() - 1)
            last = self.row_count() - 1 if last < 0 else last
            pending = [r for r in range(first, last + 1) if r not in self._measured]
            if not pending:
                return
            for row in pending:
                self._measured.add(row)
                self.resizeRowToContents(row)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_rows_in_view()
