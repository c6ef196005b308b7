"""Deleting a trainer's own bank: asked (No by default), refused while a PK session stored before sessions
kept their own copy plays from it, and then its file and the pictures only it shows set aside in the
data folder's deleted folder (never deleted: moved back, the bank is listed again with its pictures).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.content_save import set_aside
from desktop.core.bank_model import Bank
from desktop.core.bank_pictures import pictures_in_sessions, unused_pictures
from desktop.core.pk.question_copies import sessions_playing_from
from desktop.paths import user_deleted_dir
from desktop.ui.content.content_file import delete_asked
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.i18n import os_reason_text
from desktop.ui.shell.widgets import show_error

if TYPE_CHECKING:
    from desktop.store.store import Store
    from desktop.ui.shell.context import AppContext
    from desktop.ui.shell.operations import Progress


def delete_bank(parent: QWidget, context: AppContext, bank: Bank, deleted: Callable[[], None]) -> None:
    """Ask, then set ``bank``'s file and its unused pictures aside; ``deleted`` is called once they are."""
    if not bank.built_in:
        BankDeletion(parent, context, bank, deleted).start()


class BankDeletion(QObject):
    """One bank's deletion: the PK sessions read on the worker, then the question, then the moves."""

    def __init__(self, parent: QWidget, context: AppContext, bank: Bank, deleted: Callable[[], None]):
        super().__init__(parent)
        self.page, self.context, self.bank, self.deleted = parent, context, bank, deleted

    def start(self) -> None:
        bank = self.bank

        def look(store: Store, _progress: Progress) -> tuple[int, set[Path]]:
            setups = [session.setup for session in store.pk_sessions()]
            return sessions_playing_from(setups, bank.id), pictures_in_sessions(setups)

        self.context.run(look, self._asked, label=self.tr("Checking the PK sessions…"))

    def _asked(self, found: tuple[int, set[Path]]) -> None:
        try:
            if self._ask_and_delete(*found):
                self.deleted()
        finally:
            self.deleteLater()

    def _ask_and_delete(self, sessions_without_copies: int, in_sessions: set[Path]) -> bool:
        bank, parent, data_dir = self.bank, self.page, self.context.data_dir
        heading = self.tr("Delete bank")
        name = f"{self.context.text(bank.title)} ({bank.id})"
        if sessions_without_copies:
            show_error(
                parent,
                heading,
                fill(
                    self.tr(
                        "%1 is played by %n PK session(s) stored before sessions kept their own copy of the "
                        "questions. It stays, so that they can still be resumed and exported.",
                        "",
                        sessions_without_copies,
                    ),
                    name,
                ),
            )
            return False
        deleted_dir = user_deleted_dir(data_dir)
        question = fill(
            self.tr(
                "Delete the bank %1 (%n question(s))? Its file is moved to %2 (move it back to list it "
                "again). PK sessions already played keep the questions they used.",
                "",
                len(bank.questions),
            ),
            name,
            str(deleted_dir),
        )
        pictures = unused_pictures(bank, in_sessions)
        if pictures:
            question += "\n" + self.tr(
                "The %n picture(s) only this bank shows go with it, into the same folder; pictures another "
                "bank or a past PK session shows stay.",
                "",
                len(pictures),
            )
        if not delete_asked(parent, data_dir, Path(bank.file), heading, question):
            return False
        not_moved = _set_pictures_aside(pictures, Path(bank.folder), deleted_dir)
        if not_moved:
            show_error(
                parent,
                heading,
                fill(
                    self.tr(
                        "The bank was deleted, but these pictures could not be moved; they stay where they "
                        "were:\n%1"
                    ),
                    "\n".join(not_moved),
                ),
            )
        return True


def _set_pictures_aside(pictures: list[Path], folder: Path, deleted_dir: Path) -> list[str]:
    """Move each picture to the same place under ``deleted_dir`` as under the bank's ``folder``
    (``images/queue.png``), so the bank file moved back finds them again; what could not be moved, said."""
    now = datetime.now()
    home = Path(os.path.realpath(folder))
    not_moved = []
    for picture in pictures:
        try:
            set_aside(picture, deleted_dir / picture.relative_to(home).parent, now)
        except OSError as exc:
            not_moved.append(f"{picture}: {os_reason_text(exc)}")
    return not_moved
