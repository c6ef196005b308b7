"""Test probe: what every visible window shows, written as JSON for the real-window tests.

Only active when the app is started with ``TRAINING_ASSESSMENT_PROBE=FILE``. A real X server can
show where windows are and how they stack, but not what their texts say; this writes, whenever it
changes, each visible top-level window's title, native window id, geometry and state, and the
visible texts in it (labels, buttons, fields, list and table cells) with their rectangles on the
screen, so a test can both read a window and click a thing by its text as a user would. Polling
rather than hooks in each screen: it follows every window, dialogs included, and changes nothing
in them. It also says how many operations the user waits for are still running: the busy line
they show floats over the bottom of the window, over the screen's bottom buttons, so a test clicks
once none is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.ui.shell.operations import Operations

ENV_VAR = "TRAINING_ASSESSMENT_PROBE"
INTERVAL_MS = 100
MAX_ROWS = 300  # a bank's hand-picking list has a few hundred; scrolled-away rows are skipped anyway

#: One JSON object of the snapshot (a window, a text, a cell), as json.dumps takes it.
JsonObject = dict[str, object]


def _rect(widget: QWidget, local: QRect | None = None) -> list[int]:
    local = local if local is not None else widget.rect()
    origin = widget.mapToGlobal(local.topLeft())
    return [origin.x(), origin.y(), local.width(), local.height()]


def _rows(view: QAbstractItemView, number: int) -> list[JsonObject]:
    """The cells of a list or table that are scrolled into view: the view's number in its window,
    then row and column."""
    model, viewport = view.model(), view.viewport().rect()
    cells: list[JsonObject] = []
    if model is None:
        return cells
    root = view.rootIndex()
    # hasIndex is public on every model (QListWidget's model hides its columnCount).
    row = 0
    while row < MAX_ROWS and model.hasIndex(row, 0, root):
        column = 0
        while model.hasIndex(row, column, root):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if rect.isValid() and rect.intersects(viewport):
                text = str(index.data() or "")
                cell: JsonObject = {
                    "kind": "cell",
                    "text": text,
                    "view": number,
                    "row": row,
                    "column": column,
                }
                cells.append({**cell, "rect": _rect(view.viewport(), rect)})
            column += 1
        row += 1
    return cells


def _texts(window: QWidget) -> list[JsonObject]:
    found: list[JsonObject] = []
    views = 0
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        kind, text = "", ""
        if isinstance(widget, QLabel):
            kind, text = "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            kind, text = "button", widget.text()
        elif isinstance(widget, QLineEdit):
            kind, text = "field", widget.text()
        elif isinstance(widget, QComboBox):
            kind, text = "combo", widget.currentText()
        elif isinstance(widget, QAbstractItemView):
            found.extend(_rows(widget, views))
            views += 1
            continue
        if kind and text:
            found.append({"kind": kind, "text": text, "rect": _rect(widget), "enabled": widget.isEnabled()})
    return found


def snapshot(app: QApplication, operations: Operations | None = None) -> JsonObject:
    """Every visible top-level window (in no particular order), the focused widget's class and the
    number of operations the busy line is shown for (see ``Operations.awaited``)."""
    focus = app.focusWidget()
    windows: list[JsonObject] = []
    for window in app.topLevelWidgets():
        if not window.isVisible():
            continue
        frame = window.frameGeometry()
        windows.append(
            {
                "title": window.windowTitle(),
                "class": type(window).__name__,
                "winid": int(window.winId()),
                "active": window.isActiveWindow(),
                "fullscreen": window.isFullScreen(),
                "geometry": [frame.x(), frame.y(), frame.width(), frame.height()],
                "texts": _texts(window),
            }
        )
    return {
        "focus": type(focus).__name__ if focus is not None else None,
        "operations": operations.awaited if operations is not None else 0,
        "windows": windows,
    }


class Probe(QObject):
    def __init__(self, app: QApplication, path: Path):
        super().__init__(app)
        self.app, self.path = app, path
        self.operations: Operations | None = None
        self._last = ""
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()

    def follow(self, operations: Operations) -> None:
        """Report how many of these operations are running (the app's, once its context exists)."""
        self.operations = operations

    def write(self) -> None:
        self.timer.stop()  # a probe that fails once must not raise again every 100 ms
        # Layouts first: a widget shown or hidden (the busy line going away) moves its neighbours
        # only once the posted layout request is handled, and this timer can come before it. The
        # rectangles written are then those the screen is about to show, not the ones it just left
        # (a click aimed by the old ones landed beside 抢答器检测).
        self.app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        text = json.dumps(snapshot(self.app, self.operations), ensure_ascii=False)
        self.timer.start()
        if text != self._last:
            self._last = text
            partial = self.path.with_name(self.path.name + ".part")
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, self.path)  # a reader never sees half a file


def install_from_environment(app: QApplication) -> Probe | None:
    path = os.environ.get(ENV_VAR)
    return Probe(app, Path(path)) if path else None
