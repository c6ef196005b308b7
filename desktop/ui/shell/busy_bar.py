"""The main window's busy line: shown while an operation has run longer than ``BUSY_AFTER_MS``, with
counts when it reports them (a backup's pages, a report's pages, an import's rows)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop.ui.shell.formatting import fill
from desktop.ui.shell.operations import Operations


class BusyBar(QWidget):
    def __init__(self, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        self.label = QLabel()
        self.label.setObjectName("busy")
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(240)
        self.bar.setTextVisible(False)
        self.counts = QLabel()
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addStretch(1)
        self._label = ""
        operations.busy_changed.connect(self._busy)
        operations.progressed.connect(self._progress)
        self.hide()

    def _busy(self, shown: bool, label: str) -> None:
        if shown and label != self._label:
            self._label = label
            self.label.setText(label or self.tr("Working…"))
            self.bar.setRange(0, 0)  # moving until the operation reports counts
            self.counts.clear()
        if not shown:
            self._label = ""
        self.setVisible(shown)

    def _progress(self, label: str, done: int, total: int) -> None:
        if label != self._label or total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.counts.setText(fill(self.tr("%1 of %2"), done, total))
