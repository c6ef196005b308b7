"""The import dialog's tables: the column mapping of a spreadsheet or CSV, and the preview of every
question (source row or line, status, kind, text, options, answer, problems). Views only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.bank_model import KINDS, LETTERS
from desktop.core.importing.model import FIELDS, ColumnMapping, ImportResult, PreviewRow
from desktop.core.messages import localise


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


_FITTED_COLUMNS = (0, 1, 2)  # source, status, kind: short, shown whole
_STATUS_COLOURS = {"error": "#b3261e", "skipped": "#6b6b6b", "duplicate": "#6b6b6b"}


class PreviewTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(column_titles())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column in _FITTED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, 220)
        header.setStretchLastSection(True)

    def show_result(self, result: ImportResult, lang: str = "zh_CN") -> None:
        # Once shown, a column sized to its contents is measured again over every row after each cell set:
        # refilling 2,000 rows that way took two minutes. Fill with fixed widths, then measure once.
        header = self.horizontalHeader()
        for column in _FITTED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        try:
            self._fill(result, lang)
        finally:
            for column in _FITTED_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.resizeRowsToContents()

    def _fill(self, result: ImportResult, lang: str) -> None:
        self.setRowCount(len(result.rows))
        for index, row in enumerate(result.rows):
            options = "\n".join(
                f"{LETTERS[i] if i < len(LETTERS) else i + 1}. {o}" for i, o in enumerate(row.options)
            )
            reason = [localise(row.reason, lang)] if row.reason else []
            problems = "\n".join([p.text(lang) for p in row.problems] + reason)
            cells = (
                source_label(row),
                status_label(row),
                kind_label(row.kind)
                if row.kind in KINDS
                else localise(row.kind, lang),  # else the file's word
                row.text,
                options,
                row.answer,
                problems,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column in (3, 4, 6) else "")
                if row.status in _STATUS_COLOURS and column in (1, 6):
                    item.setForeground(QColor(_STATUS_COLOURS[row.status]))
                item.setData(Qt.ItemDataRole.UserRole, row.status)
                self.setItem(index, column, item)

    def cell_text(self, row: int, column: str) -> str:
        item = self.item(row, COLUMNS.index(column))
        return item.text() if item is not None else ""
