"""Languages: the app's own translations (.qm compiled from assets/translations/*.ts) and Qt's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.localtext import DEFAULT_LANGUAGE, LANGUAGES
from desktop.paths import translations_dir

APP_CATALOG = "training_assessment"


def system_language() -> str:
    """zh_CN for a Chinese system, en for an English one, otherwise Chinese (the course's language)."""
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


class Translations:
    """Holds the installed translators so a language switch can replace them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def install(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        if lang == "en":
            return  # the source strings are English
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / f"{APP_CATALOG}_{lang}.qm")):
            app.installTranslator(ours)
            self._installed.append(ours)
        qt_own = QTranslator(app)  # standard dialogs' buttons (OK, Cancel …)
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
