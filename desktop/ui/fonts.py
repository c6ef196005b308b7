"""Register the bundled CJK font with Qt so Chinese renders on machines without CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import font_path

BUNDLED_FAMILY = "Training Assessment Sans SC"


def install_app_font(app: QApplication, point_size: int = 12) -> str | None:
    """Add the bundled font and make it the fallback for Chinese; returns its family or None."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else None
    font = QFont(app.font())
    if family:
        # The system UI font first for Latin text, then ours for every character it lacks.
        font.setFamilies([app.font().family(), family])
    font.setPointSize(point_size)
    app.setFont(font)
    return family
