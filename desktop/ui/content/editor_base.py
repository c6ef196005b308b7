"""What the bank editor and the form editor share: the undo stack and its keys, whether there is
unsaved work, the save on the store worker (the window keeps answering; edits made meanwhile stay
unsaved, never lost), and leaving with Save, Discard or Cancel."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.content_save import SaveRequest
from desktop.ui.content.content_file import ask_before_leaving, save_in_background
from desktop.ui.content.undo_keys import UndoKeys
from desktop.ui.shell.operations import Operations


class ContentEditor(QWidget):
    back = Signal()
    saved = Signal(str)  # the id of the bank or form written
    duplicate_requested = Signal(object)  # the draft of a built-in bank or form
    #: the line of problems under the editor (each editor builds its own)
    summary: QLabel

    def __init__(self, operations: Operations, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.operations = operations
        self.lang = lang
        #: the version of the file as last opened or written (0: not written yet)
        self.saved_version = 0
        #: a save is running on the worker
        self.saving = False
        self._after_save: Callable[[], None] | None = None
        self.stack = QUndoStack(self)
        self.keys = UndoKeys(self.stack, self)
        self.stack.cleanChanged.connect(self._clean_changed)

    # -- what each editor says about its draft ----------------------------------------------------
    def draft_id(self) -> str:
        raise NotImplementedError

    def read_only(self) -> bool:
        raise NotImplementedError

    def current_draft(self) -> object:
        """The draft on screen (a new object after every change)."""
        raise NotImplementedError

    def save_request(self) -> SaveRequest | None:
        """The file to write for the draft as it is now (None: nothing to write, e.g. no file)."""
        raise NotImplementedError

    def saving_label(self) -> str:
        raise NotImplementedError

    def show_state(self) -> None:
        """Show the problems, the version and whether there is unsaved work; enable the buttons."""
        raise NotImplementedError

    def commit_pending_edits(self) -> None:
        """Take into the draft what a field holds but has not handed over yet (before a save or leaving)."""

    # -- shared ------------------------------------------------------------------------------------
    def _clean_changed(self, _clean: bool) -> None:
        # The stack says so once more while the page is being destroyed: nothing to show then.
        if shiboken6.isValid(self.stack) and shiboken6.isValid(self.summary):
            self.show_state()

    def is_modified(self) -> bool:
        return not self.stack.isClean() or self.saved_version == 0

    def start_afresh(self, version: int) -> None:
        """A draft was opened: its undo history starts empty, saved at ``version``."""
        self.stack.clear()
        self.saved_version = version
        self.saving = False
        self._after_save = None

    def save(self) -> None:
        """Write the whole file at once on the store worker, version raised; refused, with every
        problem listed, when the file would not load or changed on disk since it was opened. The
        ``saved`` signal says when it is written."""
        if self.saving or self.read_only():
            return
        self.commit_pending_edits()
        request = self.save_request()
        if request is None or not self.is_modified():
            return  # nothing changed: no new version of the same text
        draft = self.current_draft()
        self.saving = True
        self.show_state()
        save_in_background(
            self,
            self.operations,
            request,
            self.saving_label(),
            self.lang,
            lambda written: self._save_finished(written, draft),
        )

    def _save_finished(self, written: bool, draft: object) -> None:
        self.saving = False
        then, self._after_save = self._after_save, None
        if written:
            self.saved_version += 1
            if self.current_draft() is draft:
                self.stack.setClean()
            else:
                # Edited while saving: those edits are not on disk yet (and may have merged into the
                # undo step that was saved, so the stack's position cannot tell).
                self.stack.resetClean()
            self.saved.emit(self.draft_id())
        self.show_state()
        if written and then is not None:
            then()

    def leave(self) -> None:
        """Back to the list; unsaved changes are saved, dropped or kept on screen as the trainer says."""
        if self.saving:
            self._after_save = self.leave  # asked again once the save is done
            return
        if not self.read_only():
            self.commit_pending_edits()
        if self.is_modified() and not self.read_only():
            answer = ask_before_leaving(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self._after_save = self._leave_now
                self.save()
                return
        self._leave_now()

    def _leave_now(self) -> None:
        self.stack.clear()
        self.back.emit()
