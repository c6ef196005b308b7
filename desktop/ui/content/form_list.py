"""The assessment forms (instruments) in the content screen: built-in ones read-only with "Duplicate
to edit", the trainer's own opened in the form editor; files that do not load listed with their
``file:line: field: message``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.content_save import SaveRequest
from desktop.core.editing.instrument_draft import InstrumentDraft, copy_for_editing, save_text
from desktop.core.yamldoc import ContentLoadError, load_yaml
from desktop.paths import instruments_dir, user_instruments_dir
from desktop.ui.content.content_file import error_text, save_in_background
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import plain_label, show_error


def list_table(headers: Sequence[str]) -> QTableWidget:
    """A read-only table of whole rows, the first column taking the room left."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    # Tab leaves the table for the buttons (and Ctrl+Tab reaches the tabs), as in any list.
    table.setTabKeyNavigation(False)
    table.setMinimumHeight(90)  # three rows: on a small screen the table scrolls, the buttons stay
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_list_rows(
    table: QTableWidget, rows: Sequence[tuple[str, Sequence[str]]], select: str | None
) -> None:
    """Show ``rows`` (an id and its cells) in a ``list_table``, each cell holding its row's id; the row of
    ``select`` is selected, else the first."""
    table.setRowCount(len(rows))
    for row, (row_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(row, column, item)
    ids = [row_id for row_id, _cells in rows]
    table.selectRow(ids.index(select) if select in ids else 0)


class FormList(QWidget):
    open_requested = Signal(object)  # InstrumentDraft

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            plain_label(
                fill(
                    self.tr("Built-in forms are read-only: duplicate one to edit your own copy. "
                            "Your forms are kept in %1."),
                    str(user_instruments_dir(context.data_dir)),
                ),
                "hint",
                wrap=True,
            )
        )  # fmt: skip
        self.table = list_table(
            [self.tr("Form"), self.tr("Statements"), self.tr("Version"), self.tr("Where")]
        )
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        layout.addWidget(self.table, 1)
        self.errors = plain_label("", "error", wrap=True)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.errors)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button = QPushButton(self.tr("&Duplicate to edit"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def refresh(self, select: str | None = None) -> None:
        self.context.reload_instruments()
        select = select or self.selected_id()
        rows = []
        for instrument in self.context.instruments.values():
            where = self.tr("built-in (read-only)") if instrument.built_in else self.tr("your own")
            title = f"{self.context.text(instrument.title)}  ({instrument.id})"
            rows.append((instrument.id, (title, str(len(instrument.items)), str(instrument.version), where)))
        fill_list_rows(self.table, rows, select)
        errors = [error_text(e, self.context.lang) for e in self.context.content_errors[:8]]
        self.errors.setText(
            self.tr("These files have errors and were not loaded:") + "\n" + "\n".join(errors)
            if errors
            else ""
        )
        self.errors.setVisible(bool(errors))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def selected_draft(self) -> InstrumentDraft | None:
        instrument = self.context.instruments.get(self.selected_id() or "")
        if instrument is None:
            return None
        # A built-in form is listed by its file name, the trainer's by its full path.
        path = instruments_dir() / instrument.file if instrument.built_in else Path(instrument.file)
        try:
            data = load_yaml(path).data
        except ContentLoadError as exc:
            show_error(
                self, self.tr("Open"), "\n".join(error_text(e, self.context.lang) for e in exc.errors[:20])
            )
            return None
        return InstrumentDraft(data, str(path), instrument.built_in)

    def open_selected(self) -> None:
        draft = self.selected_draft()
        if draft is not None:
            self.open_requested.emit(draft)

    def duplicate_selected(self) -> None:
        draft = self.selected_draft()
        if draft is not None:
            self.duplicate(draft)

    def duplicate(self, draft: InstrumentDraft) -> None:
        """Write the trainer's own copy at once and open it for editing."""
        folder = user_instruments_dir(self.context.data_dir)
        # Never over a file that is there but does not load: its id counts as taken too.
        taken = [*self.context.instruments, *(p.stem for p in folder.glob("*.y*ml"))]
        copy = copy_for_editing(draft, taken, str(folder))

        def written(ok: bool) -> None:
            if ok:
                self.refresh(copy.id)
                self.open_selected()

        request = SaveRequest(Path(copy.file), lambda: save_text(copy), 0)
        label = fill(self.tr("Saving %1…"), copy.id)
        save_in_background(self, self.context.operations, request, label, self.context.lang, written)
