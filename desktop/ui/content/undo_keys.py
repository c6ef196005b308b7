"""Ctrl+Z / Ctrl+Y go to the editor's undo stack even while a text field has the focus.

A text field has its own undo and would take the keys first (and undo behind the editor's back,
so the draft and the screen would differ); each field of the editor is watched so the keys undo
and redo the editor's steps instead, the same wherever the focus is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


class UndoKeys(QObject):
    def __init__(self, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = stack

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            if event.type() == QEvent.Type.KeyPress:
                self.stack.undo()
            event.accept()
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            if event.type() == QEvent.Type.KeyPress:
                self.stack.redo()
            event.accept()
            return True
        return False
