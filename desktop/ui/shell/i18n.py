"""Languages: the app's own translations (.qm compiled from assets/translations/*.ts) and Qt's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.languages import DEFAULT_LANGUAGE, LANGUAGES
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


#: Every translator installed in the application, whichever Translations object installed it: the
#: application has one language at a time, so a switch (or a command such as ``report``) replaces
#: them all instead of leaving another object's catalogs answering first.
_INSTALLED: list[QTranslator] = []


def installed_language() -> str:
    """The language whose catalogs answer ``tr()`` now (messages made outside Qt follow it)."""
    return _LANGUAGE[0]


def os_reason_text(exc: OSError) -> str:
    """Why the system refused (permission denied, disk full…) in the interface's language."""
    from desktop.core.messages import localise, os_reason

    return str(localise(os_reason(exc), installed_language()))


def said_here(text: str) -> str:
    """A message made outside Qt (a ``Message``: the store's, the content's…) in the interface's language;
    any other text as it is."""
    from desktop.core.messages import localise

    return str(localise(text, installed_language()))


def error_text(error: BaseException) -> str:
    """What an error of the store (``DatabaseError``, ``BackupError``, ``InputError``…) says, in the
    interface's language."""
    from desktop.store.errors import message_of

    return said_here(message_of(error))


#: the language installed last (one entry: module state beside ``_INSTALLED``)
_LANGUAGE: list[str] = ["en"]


class Translations:
    """Installs one language's translators, replacing those of the language before."""

    def install(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        app = QCoreApplication.instance()
        if app is not None:
            for translator in _INSTALLED:
                app.removeTranslator(translator)
        _INSTALLED.clear()
        _LANGUAGE[0] = lang
        if lang == "en":
            return  # the source strings are English
        if app is None:
            raise RuntimeError("translations are installed into the running application: create it first")
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / f"{APP_CATALOG}_{lang}.qm")):
            app.installTranslator(ours)
            _INSTALLED.append(ours)
        # Qt's own dialogs (buttons, the file dialog): Qt's catalogs from the wheel, then our
        # additions for the strings Qt's Chinese lacks. The last installed is searched first.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in qt_catalogs(lang, qt_dir):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _INSTALLED.append(translator)


def qt_catalogs(lang: str, qt_dir: str) -> list[tuple[str, str]]:
    """Qt's translations for ``lang``: the qt_ meta catalog when it loads (it names its parts),
    else qtbase_ alone; then ours for what Qt's catalogs miss."""
    meta = QTranslator()
    qt_own = [(f"qt_{lang}", qt_dir)] if meta.load(f"qt_{lang}", qt_dir) else [(f"qtbase_{lang}", qt_dir)]
    return [*qt_own, (f"qt_extra_{lang}", str(translations_dir()))]
