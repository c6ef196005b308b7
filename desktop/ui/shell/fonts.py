"""Register the bundled CJK font with Qt so Chinese renders on machines without CJK fonts, and
order the font families by the interface language."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from desktop.paths import font_path

BUNDLED_FAMILY = "Training Assessment Sans SC"
# The generic name fontconfig resolves to the desktop's sans-serif font. Qt skips a family name it
# does not know as such, so it is resolved to a real family before it goes into a fallback list.
GENERIC_SANS = "Sans Serif"
_system_family: list[str] = []  # the platform's UI font family, as it was before ours was set


def install_app_font(app: QApplication, point_size: int = 12) -> str | None:
    """Add the bundled font and make it the fallback for Chinese; returns its family or None."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else None
    if not _system_family:
        _system_family.append(app.font().family())
    font = QFont(app.font())
    font.setPointSize(point_size)
    app.setFont(font)
    use_fonts_for(app, "zh_CN")
    return family


@cache  # found once: every start asks twice (application, then window)
def latin_family() -> str | None:
    """A real installed family for Latin text: the system's UI font, else matplotlib's DejaVu Sans."""
    for name in (*_system_family, GENERIC_SANS):
        resolved = QFontInfo(QFont(name)).family()
        if resolved and resolved != BUNDLED_FAMILY:
            return resolved
    # A system without any Latin font (a bare container): matplotlib, a dependency, ships one.
    spec = importlib.util.find_spec("matplotlib")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
        if font_id >= 0:
            return QFontDatabase.applicationFontFamilies(font_id)[0]
    return None


def use_fonts_for(app: QApplication, lang: str) -> None:
    """Chinese first for a Chinese interface; a Latin font first for English.

    A CJK font draws "…" as centred dots (···) and curly quotes a full em wide, which is right in
    Chinese text and wrong in English; Chinese characters in English text (names) still come from
    the bundled font, which follows in the list.
    """
    latin = latin_family()
    cjk_first = lang.startswith("zh")
    families = [BUNDLED_FAMILY, latin] if cjk_first else [latin, BUNDLED_FAMILY]
    font = QFont(app.font())
    font.setFamilies([f for f in families if f])
    app.setFont(font)
