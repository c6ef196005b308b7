"""A matplotlib figure shown in Qt, drawn on the store worker so the window never waits for it.

matplotlib's own Qt canvas draws in its paint event, on the UI thread: 100–200 ms for a radar, during
which the window takes no key. Here the figure is drawn with Agg into pixels on the worker (the
figure is touched by that thread alone; no Qt there, see ``desktop.charts.render``) at the widget's
size, and the widget paints them as an image; a resize asks for a new drawing and shows the old one
scaled meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.charts.render import Drawing, draw_figure

if TYPE_CHECKING:
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.figure import Figure

    from desktop.ui.shell.operations import Operations

#: a resize redraws once the size has settled this long (dragging a window edge)
RESIZE_SETTLE_MS = 60
#: no drawing below this many pixels either way (a layout in passing; a chart cannot be read there)
MIN_DRAWN = 120


def to_image(drawing: Drawing) -> QImage:
    """The drawing's pixels as an image, on the window's thread (its own copy of them)."""
    image = QImage(drawing.rgba, drawing.columns, drawing.rows, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(drawing.ratio)
    return image


class ChartView(QWidget):
    """Shows ``figure``; drawn on ``operations``' worker at the widget's size."""

    def __init__(self, figure: Figure, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = figure
        width, height = figure.get_size_inches() * figure.get_dpi()
        self._hint = QSize(int(width), int(height))
        self._operations = operations
        self._image: QImage | None = None
        self._asked: QSize | None = None  # the size of the drawing asked for last
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._draw_at_size)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # The figure's size as it came, not as last drawn: each drawing sets the figure to the
        # widget's size, and a hint following it moved the layout, which asked for another drawing
        # at the old size, and so on (two or three drawings of every chart, ~70 ms each).
        return self._hint

    # -- as matplotlib's canvases, for code that measures the drawing -------------------------------
    def draw(self) -> None:
        """Draw now, on the calling thread, at the widget's size (tests measuring the layout)."""
        self._asked = self.size()
        self._show(
            draw_figure(self.figure, self.width(), self.height(), self.devicePixelRatioF()), self.size()
        )

    def get_renderer(self) -> RendererAgg:
        # The figure's canvas is the Agg one draw_figure draws on; matplotlib types it as the base canvas.
        return self.figure.canvas.get_renderer()  # type: ignore[attr-defined, no-any-return]  # see above

    # -- drawing -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # The first drawing once the layout has settled (this pass of the event loop: a widget
        # passes through sizes such as 100 × 30 while its page is laid out); later ones once a
        # dragged window edge has stopped, the old drawing scaled meanwhile.
        self._settle.start(0 if self._image is None else RESIZE_SETTLE_MS)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._image is None:
            self._settle.start(0)

    def _draw_at_size(self) -> None:
        size, ratio = self.size(), self.devicePixelRatioF()
        # Not before it is laid out: a figure drawn at a passing tiny size collapses its layout.
        too_small = size.width() < max(self.minimumWidth(), MIN_DRAWN) or size.height() < max(
            self.minimumHeight(), MIN_DRAWN
        )
        if not self.isVisible() or size.isEmpty() or too_small or size == self._asked:
            return
        if self._image is not None and self._operations.pending:
            # A drawing again waits until the worker is free: the busy line shown meanwhile takes
            # its height from the screen, and gives it back when the work is done, so the size is
            # usually the drawn one again by then. Drawing each time made every chart drawn twice
            # (smaller, then back) during a report or a backup, and endlessly on a slow machine,
            # where the drawing itself showed the busy line.
            self._settle.start(RESIZE_SETTLE_MS)
            return
        self._asked = size
        figure, width, height = self.figure, size.width(), size.height()  # plain numbers for the worker
        self._operations.run(
            lambda _progress: draw_figure(figure, width, height, ratio),
            lambda drawing: self._show(drawing, size),
            owner=self,
        )

    def _show(self, drawing: Drawing, size: QSize) -> None:
        if size == self._asked or self._asked is None:
            self._image = to_image(drawing)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(0, 0, self.width(), self.height()), self._image)
        painter.end()
