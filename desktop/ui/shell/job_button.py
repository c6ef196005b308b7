"""A home-screen job button whose description wraps, so five jobs fit a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.shell.widgets import plain_label


class JobButton(QPushButton):
    """A push button showing "&1  Title\\nDescription" as a title line and a wrapped description.

    The button keeps its text (its Alt shortcut and accessible name come from it) but the style
    sheet paints it transparent (``QPushButton[role="job"]``); two labels inside draw the words, the
    second one wrapped to the button's width. Not a paint override: drawing the frame ourselves
    needs QStyle's Python types, ~7 ms of every start before the home screen answers.
    """

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setProperty("role", "job")
        self._pointer_ready = False
        layout = self._words = QVBoxLayout(self)  # kept typed: self.layout() may be None to mypy
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(4)
        self.title = plain_label("", "job_title")
        self.description = plain_label("", "job_text", wrap=True)
        for label in (self.title, self.description):
            layout.addWidget(label)
        layout.addStretch(1)  # beside a taller neighbour in the grid, the words stay at the top
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._show_text(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._show_text(text)

    def _show_text(self, text: str) -> None:
        title, _, description = text.partition("\n")
        self.title.setText(title.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._words.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._words.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._words.totalHeightForWidth(width)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt override
        # The hand cursor, and the labels letting the mouse through to the button, are set when the
        # pointer first comes in: nothing needs them before, and they are values of the Qt
        # namespace, which is not built before the first paint (see qt_properties).
        if not self._pointer_ready:
            from PySide6.QtCore import Qt

            self._pointer_ready = True
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            for label in (self.title, self.description):
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        super().enterEvent(event)
