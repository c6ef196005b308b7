"""The two windows of one PK session seen together: one keyboard, and one room that must not see the console.

Keys: an application-wide event filter hands every key pressed in the console or the stage to the
controller before any widget sees it, whichever widget has focus (a table, the log, a button): → never
moves a table's selection, Space never presses a button, and a group's key always buzzes. Keys the
session does not use go on to the widget as usual.

Dialogs: on one screen with the stage full screen, the room sees whatever is on that screen. A dialog
parented to the console would make the window manager raise the console (reference answer and all)
over the stage with it, so there the session's dialogs belong to the stage, whose prompts say nothing
the room may not read; the stage stays on top when they close. Otherwise they open over the console,
on the console's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.pk.controller import PkController

SESSION_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class SessionWindows(QObject):
    def __init__(self, controller: PkController, console: QWidget, stage: QWidget):
        super().__init__(controller)  # the controller owns it: the filter goes when the session closes
        self.controller = controller
        self.console = console
        self.stage = stage
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def dialog_parent(self) -> QWidget:
        """The window a dialog of this session opens over (see the module's docstring)."""
        stage, console = self.stage, self.console
        if stage.isVisible() and stage.isFullScreen() and stage.screen() is console.screen():
            return stage
        return console

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in SESSION_KEY_EVENTS or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if window is not self.console and window is not self.stage:
            return False  # another window, or a dialog of the session where the facilitator types
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.ShortcutOverride:
            # A key pressed here is the session's: no shortcut of another screen (the home page's
            # digit keys, say) may take it first. Accepting the override delivers it as a key press.
            event.accept()
            return True
        if (
            window is self.stage
            and event.key() == Qt.Key.Key_Escape
            and not self.controller.pending
            and self.stage.isFullScreen()
        ):
            self.stage.showNormal()
            return True
        return self.controller.handle_key(event)
