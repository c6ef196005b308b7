"""Layout pieces that let a screen fit a small display: 1024×768 (a common projector mirror) or
1280×720 at 150 % scaling, which leaves about 853×480 logical pixels for the whole window.

A screen keeps its title and its bottom buttons in view and lets the part between them scroll;
a row of wide buttons becomes a column when the window is too narrow for two.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

WINDOW_FRAME = QSize(16, 40)  # a title bar and borders, beside the taskbar a screen's available area omits


def fitting_size(window: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made smaller where needed to fit the window's screen with its decorations."""
    screen = window.screen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - WINDOW_FRAME)


def size_by_shown_page(pages: QStackedWidget | QTabWidget) -> None:
    """Let only the page on show count for the size of ``pages``.

    A stack or a set of tabs is as large as its largest page, shown or not: a page not on show must
    not keep the window from fitting a small screen. Call it whenever the current page changes.
    """
    current = pages.currentIndex()
    for index in range(pages.count()):
        page = pages.widget(index)
        if page is not None:  # None only for an index out of range
            policy = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)


def scroll_area(content: QWidget | QLayout) -> QScrollArea:
    """``content`` in a frameless area that scrolls when the window is too small for it.

    The area asks for almost no room itself, so a screen's minimum size is its fixed parts
    (title, bottom buttons); the content is only ever squeezed into a scroll bar, never off screen.
    """
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setLayout(content)
        content = holder
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # The screen's own background shows through, as if there were no scroll area at all. A viewport
    # of our own: asking Qt's for its Python wrapper costs ~10 ms the first time, at every start.
    viewport = QWidget()
    viewport.setAutoFillBackground(False)
    area.setViewport(viewport)
    content.setAutoFillBackground(False)
    area.setWidget(content)
    return area


class ReflowGrid(QWidget):
    """Widgets in rows of ``columns`` when the width allows, else in a single column."""

    def __init__(self, widgets: Sequence[QWidget], columns: int = 2, spacing: int = 12):
        super().__init__()
        self._widgets = tuple(widgets)
        self._columns = columns
        self._current = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._place(columns)

    def _widest(self) -> int:
        return max((w.sizeHint().width() for w in self._widgets), default=0)

    def _fitting_columns(self, width: int) -> int:
        spacing = self._grid.horizontalSpacing()
        for columns in range(self._columns, 1, -1):
            if columns * self._widest() + (columns - 1) * spacing <= width:
                return columns
        return 1

    def _place(self, columns: int) -> None:
        if columns == self._current:
            return
        self._current = columns
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns)
        for column in range(self._columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()  # one column is taller: the layout above must ask again

    @property
    def columns(self) -> int:
        return self._current

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # One column is always possible: the narrowest this grid can be.
        margins = self._grid.contentsMargins()
        rows = len(self._widgets)
        tallest = max((w.minimumSizeHint().height() for w in self._widgets), default=0)
        height = rows * tallest + (rows - 1) * self._grid.verticalSpacing() if self._current == 1 else 0
        return QSize(
            max((w.minimumSizeHint().width() for w in self._widgets), default=0)
            + margins.left()
            + margins.right(),
            max(height, self._grid.minimumSize().height()),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._place(self._fitting_columns(event.size().width()))
        super().resizeEvent(event)


class SideBySide(QWidget):
    """Two parts side by side when the width allows both their minimum widths, else one above the other."""

    def __init__(self, first: QWidget, second: QWidget, stretch: tuple[int, int] = (3, 2)):
        super().__init__()
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._parts = (first, second)
        for part, factor in zip(self._parts, stretch, strict=True):
            self._box.addWidget(part, factor)

    def _wide_enough(self, width: int) -> bool:
        needed = sum(max(p.minimumSizeHint().width(), p.minimumWidth()) for p in self._parts)
        return width >= needed + self._box.spacing()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # The stacked arrangement is always possible: the narrowest this can be.
        widest = max(max(p.minimumSizeHint().width(), p.minimumWidth()) for p in self._parts)
        return QSize(widest, self._box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self._wide_enough(event.size().width())
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self._box.direction():
            self._box.setDirection(direction)
            self.updateGeometry()  # stacked is taller: the scroll area above must ask again
        super().resizeEvent(event)
