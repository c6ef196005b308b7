"""The results screen's buttons that fix records: merge a trainee entered twice (and undo the merge from
the backup taken first), move a form to another round, rename a round for the whole class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from desktop.core.messages import localise
from desktop.ui.shell.i18n import error_text

if TYPE_CHECKING:
    from desktop.core.comparison import Round
    from desktop.store.records import BackupInfo
    from desktop.ui.scorecard.history_page import HistoryPage


class HistoryFixes(QObject):
    """The four buttons, laid out by the page; after a fix the page is listed again, on the same trainee."""

    def __init__(self, page: HistoryPage):
        super().__init__(page)
        self.page = page
        self.context = page.context
        # The same person entered twice (a typo, another class typed): one record takes both's forms.
        self.merge_button = QPushButton(self.tr("Merge duplicate…"))
        self.merge_button.clicked.connect(self._merge)
        self.undo_merge_button = QPushButton(self.tr("Undo the merge"))
        self.undo_merge_button.clicked.connect(self._undo_merge)
        self.undo_merge_button.hide()
        self._merge_backup: BackupInfo | None = None
        self.move_button = QPushButton(self.tr("Move a form…"))
        self.move_button.clicked.connect(self._move_form)
        self.rename_button = QPushButton(self.tr("Rename round…"))
        self.rename_button.clicked.connect(self._rename_round)

    def show_for(self, rounds: list[Round] | None) -> None:
        """Enable what can be fixed in the trainee's ``rounds`` (None: no trainee shown); nothing when read-only."""
        writable = rounds is not None and not self.context.read_only
        self.move_button.setEnabled(writable and bool(rounds))
        self.rename_button.setEnabled(writable and any(r.class_round for r in rounds or ()))
        self.merge_button.setEnabled(writable)

    def _merge(self) -> None:
        from desktop.ui.scorecard.merge_trainees import merge_duplicate

        person_id = self.page.person_id
        if person_id is None:
            return
        result = merge_duplicate(self.page, self.context, person_id)
        if result is not None:
            self._merge_backup = result.backup
            self.undo_merge_button.setVisible(result.backup is not None)
            self.page.refresh(person_id)

    def _undo_merge(self) -> None:
        from desktop.store.errors import BackupError
        from desktop.ui.shell.widgets import ask_yes_no, show_error

        backup = self._merge_backup
        if backup is None or not ask_yes_no(
            self.page,
            self.tr("Undo the merge"),
            self.tr(
                "Put the data back as it was before the merge? Anything entered since is set aside in a "
                "backup taken first (listed in Restore)."
            ),
        ):
            return
        try:
            self.context.restore_backup(backup)
        except BackupError as exc:
            show_error(self.page, self.tr("Undo the merge"), error_text(exc))
            return
        self._merge_backup = None
        self.undo_merge_button.hide()
        self.page.refresh(self.page.person_id)

    def _move_form(self) -> None:
        from desktop.ui.scorecard.move_form_dialog import MoveFormDialog, move_form

        chosen = self.page.selected_round()
        store = self.context.store
        person_id = self.page.person_id
        if store is None or person_id is None or chosen is None:
            return
        person = store.person(person_id)
        dialog = MoveFormDialog(
            list(chosen.sheets),
            store.class_rounds(person.cohort_id if person else None),
            chosen.class_round,
            self.page,
        )
        if dialog.exec() != MoveFormDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if choice is not None and move_form(self.page, self.context, *choice):
            self.page.refresh(person_id)

    def _rename_round(self) -> None:
        """Name the selected round of the class (第1轮 → 培训前): every form of it, of every trainee of the
        class, is then shown under the new name."""
        from PySide6.QtWidgets import QInputDialog

        from desktop.store.errors import InputError
        from desktop.ui.shell.widgets import show_error, try_write

        chosen = self.page.selected_round()
        store = self.context.store
        if store is None or chosen is None or chosen.class_round is None:
            return
        class_round = chosen.class_round
        name, ok = QInputDialog.getText(
            self.page,
            self.tr("Rename round…"),
            self.tr("New name of this round, for the whole class (e.g. 培训前, 培训后, a date):"),
            text=class_round.name,
        )
        if not ok or not name.strip() or name.strip() == class_round.name:
            return
        try:
            saved, _record = try_write(self.page, lambda: store.rename_round(class_round.id, name))
        except InputError as exc:
            show_error(self.page, self.tr("Rename round…"), localise(exc.args[0], self.context.lang))
            return
        if saved:
            self.page.refresh(self.page.person_id)
