"""The assessment forms (instruments) in the content screen: built-in ones read-only with "Duplicate
to edit", the trainer's own opened in the form editor; files that do not load listed with their
``file:line: field: message``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from desktop.core.instruments import Instrument
from desktop.core.yamldoc import ContentLoadError, load_yaml
from desktop.paths import user_deleted_dir, user_instruments_dir
from desktop.ui.content.content_file import delete_asked, error_text, save_in_background
from desktop.ui.content.form_files import export_form_interactively, form_file, import_form_interactively
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


class ContentList(QWidget):
    """A list of the content screen (banks, forms), read again on the worker when it changes."""

    context: AppContext
    table: QTableWidget  # the rows (a ``list_table``), made by each list

    def show_listed(self, select: str | None = None) -> None:
        """List what was read (``select``: the entry to select, else the one selected)."""
        raise NotImplementedError

    def refresh(self, select: str | None = None, then: Callable[[], None] | None = None) -> None:
        """Read the content again on the worker and list it (``select``: the entry to select), then ``then``."""

        def listed() -> None:
            self.show_listed(select)
            if then is not None:
                then()

        self.context.reload_content_in_background(listed, owner=self)


class FormList(ContentList):
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
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._enable)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(
            lambda: import_form_interactively(self, self.context, lambda ident: self.refresh(ident))
        )
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export_selected)
        for button in (self.open_button, self.duplicate_button, self.import_button, self.export_button,
                       self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_listed(self, select: str | None = None) -> None:
        self.show_forms(select)

    def show_forms(self, select: str | None = None) -> None:
        """List the forms as read (``select``: the form to select, else the one selected)."""
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
        self._enable()

    def _enable(self) -> None:
        instrument = self.context.instruments.get(self.selected_id() or "")
        self.delete_button.setEnabled(instrument is not None and not instrument.built_in)
        self.export_button.setEnabled(instrument is not None)
        self.delete_button.setToolTip(
            self.tr("Built-in forms cannot be deleted")
            if instrument is not None and instrument.built_in
            else ""
        )

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def selected_draft(self) -> InstrumentDraft | None:
        instrument = self.context.instruments.get(self.selected_id() or "")
        if instrument is None:
            return None
        path = form_file(instrument)
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

    def export_selected(self) -> None:
        instrument = self.context.instruments.get(self.selected_id() or "")
        if instrument is not None:
            export_form_interactively(self, instrument)

    def delete_selected(self) -> None:
        """Delete the trainer's own form after asking (its file set aside), unless forms were answered
        with it: every screen lists today's forms, so theirs would no longer show."""
        instrument = self.context.instruments.get(self.selected_id() or "")
        if instrument is None or instrument.built_in:
            return
        self.context.run(
            lambda store, _progress: store.form_count(instrument.id),
            lambda count: self._delete(instrument, count),
            label=self.tr("Counting the forms answered…"),
        )

    def _delete(self, instrument: Instrument, answered: int) -> None:
        title = self.tr("Delete form")
        name = f"{self.context.text(instrument.title)} ({instrument.id})"
        if answered:
            message = self.tr(
                "%n form(s) were answered with %1. It stays, so that their results, history and radars keep "
                "showing; edit it instead (they keep the version they were answered with).",
                "",
                answered,
            )
            show_error(self, title, fill(message, name))
            return
        question = fill(
            self.tr("Delete the form %1? Its file is moved to %2 (move it back to list it again)."),
            name,
            str(user_deleted_dir(self.context.data_dir)),
        )
        if delete_asked(self, self.context.data_dir, Path(instrument.file), title, question):
            self.refresh()

    def duplicate(self, draft: InstrumentDraft) -> None:
        """Write the trainer's own copy at once and open it for editing."""
        folder = user_instruments_dir(self.context.data_dir)
        # Never over a file that is there but does not load: its id counts as taken too.
        taken = [*self.context.instruments, *(p.stem for p in folder.glob("*.y*ml"))]
        copy = copy_for_editing(draft, taken, str(folder))

        def written(ok: bool) -> None:
            if ok:
                self.refresh(copy.id, then=self.open_selected)

        request = SaveRequest(Path(copy.file), lambda: save_text(copy), 0)
        label = fill(self.tr("Saving %1…"), copy.id)
        save_in_background(self, self.context.operations, request, label, self.context.lang, written)
