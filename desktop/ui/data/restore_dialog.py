"""Restore from backup: the backups by date with what they hold; one is restored after a plain question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.records import BEFORE_MERGE, BEFORE_RESTORE, DAILY, MIGRATION_PREFIX, PK_SESSION_END
from desktop.ui.shell.formatting import fill, fmt_date
from desktop.ui.shell.i18n import error_text
from desktop.ui.shell.widgets import ask_yes_no, plain_label, show_error

if TYPE_CHECKING:
    from desktop.store.records import BackupInfo, Contents, RestoreResult
    from desktop.ui.shell.context import AppContext


def reason_text(reason: str) -> str:
    """Why a backup was taken, in the user's words (file names keep the English keys)."""
    if reason.startswith(MIGRATION_PREFIX):
        return fill(
            QCoreApplication.translate("RestoreDialog", "before an update (schema %1)"),
            reason.removeprefix(MIGRATION_PREFIX),
        )
    names = {
        DAILY: QCoreApplication.translate("RestoreDialog", "daily"),
        PK_SESSION_END: QCoreApplication.translate("RestoreDialog", "end of a PK session"),
        BEFORE_RESTORE: QCoreApplication.translate("RestoreDialog", "before a restore"),
        BEFORE_MERGE: QCoreApplication.translate("RestoreDialog", "before merging two trainees"),
    }
    return names.get(reason, reason)


def holds_text(contents: Contents | None) -> str:
    from desktop.store.records import known_schema_version

    if contents is None:
        return QCoreApplication.translate("RestoreDialog", "damaged: cannot be read")
    if contents.needs_newer_version:
        return fill(
            QCoreApplication.translate(
                "RestoreDialog",
                "needs a newer version of the app (written with schema %1; this one knows %2)",
            ),
            contents.schema_version,
            known_schema_version(),
        )
    return fill(
        QCoreApplication.translate("RestoreDialog", "trainees: %1, completed forms: %2, PK sessions: %3"),
        contents.trainees,
        contents.completed_forms,
        contents.pk_sessions,
    )


def size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def confirm_and_restore(parent: QWidget, context: AppContext, backup: BackupInfo) -> RestoreResult | None:
    """Ask, then restore; a failure is shown in plain words. None when nothing was restored."""
    from desktop.store.errors import BackupError, DatabaseError

    question = fill(
        QCoreApplication.translate(
            "RestoreDialog",
            "Restore the backup from %1 (%2)?\n\nIt replaces the data in the app now. The data as it is "
            "now is backed up first, so it can be restored from the list of backups later.",
        ),
        fmt_date(backup.taken_at),
        holds_text(backup.contents),
    )
    if not ask_yes_no(parent, QCoreApplication.translate("RestoreDialog", "Restore from backup"), question):
        return None
    try:
        return context.restore_backup(backup)
    except (BackupError, DatabaseError) as exc:  # not restored, or restored but cannot be opened
        show_error(
            parent,
            QCoreApplication.translate("RestoreDialog", "The backup was not restored"),
            error_text(exc),
        )
        return None


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoreResult

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "A backup is taken every day the app is used, at the end of each PK session and before "
                    "an update. Restoring replaces the data in the app with the backup's."
                ),
                "hint",
                wrap=True,
            )
        )
        assert context.store is not None, "the restore dialog opens only once the store is open"
        self.backups = context.store.backups()
        self.table = QTableWidget(len(self.backups), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Why it was taken"), self.tr("What it holds"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(self.backups):
            cells = (
                fmt_date(backup.taken_at),
                reason_text(backup.reason),
                holds_text(backup.contents),
                size_text(backup.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = plain_label(self.tr("There are no backups yet."), "hint")
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.backups:
            restorable = [row for row, b in enumerate(self.backups) if self._restorable(b)]
            self.table.selectRow(restorable[0] if restorable else 0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(self._restorable(backup))

    @staticmethod
    def _restorable(backup: BackupInfo | None) -> bool:
        # A backup that cannot be read, or needs a newer version of the app, is listed (so it is not
        # a mystery) but cannot be chosen.
        return backup is not None and backup.contents is not None and not backup.needs_newer_version

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not self._restorable(backup):
            return
        result = confirm_and_restore(self, self.context, backup)
        if result is not None:
            self.restored.emit(result)
            self.accept()
