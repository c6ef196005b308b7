"""The busy line: shown while an operation has run longer than ``BUSY_AFTER_MS``, with counts when it
reports them (a backup's pages, a report's pages, an import's rows).

It floats over the bottom of its window (or dialog), centred, rather than taking a line of the
layout: coming and going there, it moved every button above it just as the user reached for one,
and had the window lay the whole screen out again while the work ran (a ~100 ms stall of the window
while a report was written). Clicks go through it to what is under it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.ui.shell.formatting import fill
from desktop.ui.shell.operations import Operations

MARGIN = 8  # from the bottom edge of the window
MIN_WIDTH = 360


class BusyBar(QWidget):
    def __init__(self, operations: Operations, parent: QWidget):
        super().__init__(parent)
        self.setProperty("role", "busy")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        self.label = QLabel()
        self.label.setObjectName("busy")
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(240)
        self.bar.setTextVisible(False)
        self.counts = QLabel()
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        self._label = ""
        self._mouse_through = False
        operations.busy_changed.connect(self._busy)
        operations.progressed.connect(self._progress)
        self.hide()

    def showing(self) -> bool:
        """Whether the line is up (its window may itself be hidden: a dialog not opened yet)."""
        return not self.isHidden()

    def follow_window(self) -> None:
        """Placed again when its window changes size while the line shows (its window's resizeEvent)."""
        if self.showing():
            self._place()

    def _busy(self, shown: bool, label: str) -> None:
        if shown and label != self._label:
            self._label = label
            self.label.setText(label or self.tr("Working…"))
            self.bar.setRange(0, 0)  # moving until the operation reports counts
            self.counts.clear()
        if not shown:
            self._label = ""
        if shown:
            self._place()
        self.setVisible(shown)

    def _progress(self, label: str, done: int, total: int) -> None:
        if label != self._label or total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.counts.setText(fill(self.tr("%1 of %2"), done, total))
        self._place()  # the counts may widen it; the window may have been resized meanwhile

    def _place(self) -> None:
        """Centred over the bottom of the window, above whatever is there."""
        if not self._mouse_through:
            # Set at the first showing, not when built: the home screen is built before the first
            # paint, without the Qt namespace (see qt_properties).
            from PySide6.QtCore import Qt

            self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # its box from style.qss
            self._mouse_through = True
        parent = self.parentWidget()
        if parent is None:
            return
        hint = self.sizeHint()
        width = min(parent.width() - 2 * MARGIN, max(hint.width(), MIN_WIDTH))
        self.setGeometry(
            (parent.width() - width) // 2, parent.height() - hint.height() - MARGIN, width, hint.height()
        )
        self.raise_()
