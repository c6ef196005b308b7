"""A question's image on the stage: read once per question, drawn to fit the room the stage gives it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

log = logging.getLogger(__name__)

#: Decoded no larger than this on its longer side: a projector shows 1920 pixels at most, and a
#: 5 MB JPEG may hold 8000×6000 pixels (190 MB decoded) that nobody would see.
MAX_DECODED = 2048


def read_image(path: Path, box: QSize | None = None) -> QImage:
    """The image at ``path`` (null when it cannot be read). An SVG is drawn at ``box`` so it stays
    sharp; others are decoded at most ``MAX_DECODED`` pixels on their longer side."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo's EXIF rotation
    size = reader.size()
    if path.suffix.lower() == ".svg" and box is not None and size.isValid():
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    elif size.isValid() and max(size.width(), size.height()) > MAX_DECODED:
        reader.setScaledSize(size.scaled(MAX_DECODED, MAX_DECODED, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.warning("The question image %s cannot be shown: %s", path, reader.errorString())
    return image


class QuestionImage(QLabel):
    """Shows one image scaled into a box (keeping its shape); hidden when the question has none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.path: Path | None = None
        self._image = QImage()
        self._box = QSize()
        self.hide()

    def show_file(self, path: Path | None) -> None:
        """Show the image at ``path`` (None, or a file that cannot be read: no image)."""
        if path == self.path:
            return
        self.path = path
        self._image = read_image(path) if path is not None and path.is_file() else QImage()
        self._box = QSize()  # drawn again at the next fit
        self.setVisible(not self._image.isNull())

    @property
    def has_image(self) -> bool:
        return not self._image.isNull()

    def fit_into(self, box: QSize) -> None:
        """Draw the image as large as fits ``box``; a small image is enlarged too (a projector's back row)."""
        if not self.has_image or box == self._box or box.isEmpty():
            return
        self._box = box
        image = self._image
        if self.path is not None and self.path.suffix.lower() == ".svg":
            image = read_image(self.path, box)  # drawn at the size shown, not stretched
        pixmap = QPixmap.fromImage(image).scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(pixmap)
        self.setFixedSize(pixmap.size())
