"""The trainer's content, from the home screen: the question banks (built-in and their own) with
Import, Export, New, Open (edit) and Duplicate to edit; files that do not load are listed with their
``file:line: field: message``. The bank editor opens in the same place."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.content_save import SaveRequest
from desktop.core.bank_model import Bank
from desktop.core.editing.bank_check import save_text
from desktop.core.editing.bank_draft import BankDraft
from desktop.core.editing.bank_edits import blank_question, copy_for_editing
from desktop.core.editing.instrument_draft import InstrumentDraft
from desktop.core.importing.bank_file import bank_id_for
from desktop.paths import user_quizzes_dir
from desktop.ui.content.bank_editor import BankEditor
from desktop.ui.content.content_file import error_text, save_in_background
from desktop.ui.content.export_bank import export_bank_interactively
from desktop.ui.content.form_list import ContentList, FormList, fill_list_rows, list_table
from desktop.ui.content.instrument_editor import InstrumentEditor
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.layouts import size_by_shown_page
from desktop.ui.shell.widgets import plain_label, title_bar

if TYPE_CHECKING:
    from desktop.ui.content.import_dialog import ImportDialog


class BankList(ContentList):
    """The list of banks and what can be done with them."""

    open_requested = Signal(object)  # BankDraft

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            plain_label(
                fill(
                    self.tr("Built-in banks are read-only: duplicate one to edit your own copy. "
                            "Your banks are kept in %1."),
                    str(user_quizzes_dir(context.data_dir)),
                ),
                "hint",
                wrap=True,
            )
        )  # fmt: skip
        self.table = list_table([self.tr("Bank"), self.tr("Questions"), self.tr("Version"), self.tr("Where")])
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        self.errors = plain_label("", "error", wrap=True)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.errors)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button = QPushButton(self.tr("&Duplicate to edit"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.new_button = QPushButton(self.tr("&New bank…"))
        self.new_button.clicked.connect(self.new_bank)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        for button in (
            self.open_button,
            self.duplicate_button,
            self.new_button,
            self.import_button,
            self.export_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.import_dialog: ImportDialog | None = None  # made at each Import…
        self.banks: list[Bank] = []

    def show_listed(self, select: str | None = None) -> None:
        self.show_banks(select)

    def show_banks(self, select: str | None = None) -> None:
        """List the banks as read (``select``: the bank to select, else the one selected)."""
        self.banks, errors = self.context.banks()
        select = select or self.selected_id()
        rows = []
        for bank in self.banks:
            where = self.tr("built-in (read-only)") if bank.built_in else self.tr("your own")
            title = f"{self.context.text(bank.title)}  ({bank.id})"
            rows.append((bank.id, (title, str(len(bank.questions)), str(bank.version), where)))
        fill_list_rows(self.table, rows, select)
        lines = [error_text(e, self.context.lang) for e in errors[:8]]
        self.errors.setText(
            self.tr("These files have errors and were not loaded:") + "\n" + "\n".join(lines) if lines else ""
        )
        self.errors.setVisible(bool(lines))
        self._enable()
        self.table.setFocus()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def selected(self) -> Bank | None:
        ident = self.selected_id()
        return next((b for b in self.banks if b.id == ident), None)

    def _enable(self) -> None:
        bank = self.selected()
        for button in (self.open_button, self.duplicate_button, self.export_button):
            button.setEnabled(bank is not None)
        self.delete_button.setEnabled(bank is not None and not bank.built_in)
        self.delete_button.setToolTip(
            self.tr("Built-in banks cannot be deleted") if bank is not None and bank.built_in else ""
        )

    def open_selected(self) -> None:
        bank = self.selected()
        if bank is not None:
            self.open_requested.emit(BankDraft.from_bank(bank))

    def duplicate_selected(self) -> None:
        bank = self.selected()
        if bank is not None:
            self.duplicate(BankDraft.from_bank(bank))

    def duplicate(self, draft: BankDraft) -> None:
        """Write the trainer's own copy of ``draft`` at once and open it for editing."""
        folder = user_quizzes_dir(self.context.data_dir)
        # Never over a file that is there but does not load: its id counts as taken too.
        taken = [*(b.id for b in self.banks), *(p.stem for p in folder.glob("*.y*ml"))]
        copy = copy_for_editing(draft, taken, str(folder))

        def written(ok: bool) -> None:
            if ok:
                self.refresh(copy.id, then=self.open_selected)

        request = SaveRequest(Path(copy.file), lambda: save_text(copy), 0)
        label = fill(self.tr("Saving %1…"), copy.id)
        save_in_background(self, self.context.operations, request, label, self.context.lang, written)

    def delete_selected(self) -> None:
        """Delete the trainer's own bank after asking (its file and the pictures only it shows set aside,
        never loaded again); PK sessions already played keep the questions they copied when they started."""
        from desktop.ui.content.bank_delete import delete_bank

        bank = self.selected()
        if bank is not None:
            delete_bank(self, self.context, bank, self.refresh)

    def new_bank(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("New bank"), self.tr("Title of the new bank (Chinese):")
        )
        if not ok or not title.strip():
            return
        used = {b.id for b in self.banks}
        base = bank_id_for(title.strip())
        if base.startswith("imported_"):
            base = "my_bank"  # a Chinese title: the id is only seen in file names, keep it readable
        ident, number = base, 1
        while ident in used or (user_quizzes_dir(self.context.data_dir) / f"{ident}.yaml").exists():
            number += 1
            ident = f"{base}_{number}"
        path = user_quizzes_dir(self.context.data_dir) / f"{ident}.yaml"
        draft = BankDraft(ident, 0, (title.strip(), ""), "", (), file=str(path))
        draft = BankDraft(
            ident, 0, (title.strip(), ""), "", (blank_question(draft, "single"),), file=str(path)
        )
        self.open_requested.emit(draft)

    def open_import(self) -> None:
        from desktop.ui.content.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self.context, self)
        self.import_dialog.imported.connect(self.refresh)
        self.import_dialog.open()

    def export_selected(self) -> None:
        bank = self.selected()
        if bank is not None:
            export_bank_interactively(self, bank, self.context.text(bank.title), self.context.lang)


class ContentPage(QStackedWidget):
    """The lists of banks and forms (two tabs) and, over them, the editor of one."""

    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.lists = QWidget()
        layout = QVBoxLayout(self.lists)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(title_bar(self.tr("Question banks and forms"), self.back.emit))
        self.tabs = QTabWidget()
        self.bank_list = BankList(context)
        self.bank_list.open_requested.connect(self.edit)
        self.form_list = FormList(context)
        self.form_list.open_requested.connect(self.edit_form)
        self.tabs.addTab(self.bank_list, self.tr("Question banks (PK quiz)"))
        self.tabs.addTab(self.form_list, self.tr("Assessment forms"))
        self.tabs.currentChanged.connect(lambda _i: self._focus_list())
        layout.addWidget(self.tabs, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.lists)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back.emit)
        self.editor = BankEditor(context.operations, context.lang)
        self.editor.back.connect(self.show_list)
        self.editor.saved.connect(lambda _ident: self.context.reload_banks())
        self.editor.duplicate_requested.connect(self.bank_list.duplicate)
        self.form_editor = InstrumentEditor(context.operations, context.lang)
        self.form_editor.back.connect(self.show_list)
        self.form_editor.saved.connect(lambda _ident: self.context.reload_instruments())
        self.form_editor.duplicate_requested.connect(self.form_list.duplicate)
        for page in (self.lists, self.editor, self.form_editor):
            self.addWidget(page)
        self.currentChanged.connect(self._size_by_current_page)
        self._size_by_current_page(0)

    def _size_by_current_page(self, _index: int) -> None:
        size_by_shown_page(self)

    def show_list(self) -> None:
        """The lists, read again (an editor or an import may have changed the files)."""
        current = self.currentWidget()
        banks_select = self.editor.draft.id if current is self.editor else None
        forms_select = self.form_editor.draft.id if current is self.form_editor else None

        def listed() -> None:
            self.bank_list.show_banks(banks_select)
            self.form_list.show_forms(forms_select)
            self._focus_list()

        # Read on the worker: a trainer's big bank would freeze the window for a quarter of a second here.
        self.context.reload_content_in_background(listed, owner=self)
        if current is self.form_editor:
            self.tabs.setCurrentWidget(self.form_list)
        self.setCurrentWidget(self.lists)
        self._focus_list()

    def _focus_list(self) -> None:
        shown = self.tabs.currentWidget()
        if isinstance(shown, ContentList):  # both tabs are
            shown.table.setFocus()

    def edit(self, draft: BankDraft) -> None:
        self.editor.open_draft(draft)
        self.setCurrentWidget(self.editor)

    def edit_form(self, draft: InstrumentDraft) -> None:
        self.form_editor.open_draft(draft)
        self.setCurrentWidget(self.form_editor)
