"""QApplication set-up and the window's life: fonts, translations, style, then storage in the background."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.paths import assets_dir
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.fonts import install_app_font, use_fonts_for
from desktop.ui.shell.i18n import Translations, system_language
from desktop.ui.shell.main_window import MainWindow

SETTINGS_FILE = "settings.ini"
LISTEN_AFTER_PAINT_MS = 300
#: The store opens this long after the first paint: a key pressed as the window appears opens its
#: screen first, without the worker's imports and YAML (C code that holds Python's interpreter lock
#: for milliseconds at a time) slowing every step of the UI thread; the data is ready as soon.
OPEN_STORE_AFTER_PAINT_MS = 100
PROBE_VARIABLE = "TRAINING_ASSESSMENT_PROBE"  # probe.ENV_VAR, read here so a normal start never imports it


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setApplicationName("Training Assessment")
    app.setOrganizationName("TrainingAssessment")
    install_app_font(app)
    style = assets_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def _application() -> QApplication:
    """The running QApplication (``create_application`` made it before any window)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_application() first: the windows need a QApplication")
    return app


class Shell:
    """Owns the context and the current main window; rebuilds the window on a language switch."""

    def __init__(self, data_dir: Path, lang: str | None):
        self.settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        stored = self.settings.value("language", "", str)
        chosen = lang or (stored if isinstance(stored, str) else "") or system_language()
        self.translations = Translations()
        self.translations.install(chosen)
        use_fonts_for(_application(), chosen)
        self.context = AppContext(data_dir, chosen)
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.context)
        window.language_change_requested.connect(self.switch_language)
        return window

    def switch_language(self, lang: str) -> None:
        if lang == self.context.lang:
            return
        self.translations.install(lang)
        use_fonts_for(_application(), lang)
        self.context.lang = lang
        self.context.reload_instruments()
        self.settings.setValue("language", lang)
        self.settings.sync()
        old = self.window
        self.window = self._new_window()
        if "pk" in old.__dict__:
            # Running PK sessions belong to the app, not to one window: their console and stage
            # must outlive the old window (its children are deleted with it).
            manager = old.__dict__.pop("pk")
            manager.setParent(self.window)
            self.window.__dict__["pk"] = manager
        self.window.setGeometry(old.geometry())
        self.window.show()
        self.window.show_home()
        old.close()
        old.deleteLater()

    def show(self) -> None:
        # Storage loads after the first paint, on a worker thread, so the window answers at once;
        # then the charts, behind it on the same worker, before a chart screen needs them.
        self.window.first_painted.connect(
            lambda: QTimer.singleShot(OPEN_STORE_AFTER_PAINT_MS, self.context.open_store_in_background)
        )
        self.context.store_ready.connect(self.context.preload_charts)
        self.window.show()
        # A platform that never paints (a minimised start) must still get its data; opening is idempotent.
        QTimer.singleShot(1500, self.context.open_store_in_background)


def keep_what_is_loaded() -> None:
    """Once the start's loading is done, leave its objects out of every later garbage collection.

    Modules, classes and the start's data are most of the heap and live as long as the app; a full
    collection that walks them all holds the interpreter ~80–120 ms (the window stalls while the
    worker writes a report). Frozen, a collection walks only what was made since: ~20 ms at most.
    Once only: what is frozen is freed by its reference count, never as part of a cycle.
    """
    import gc

    if gc.get_freeze_count() == 0:
        gc.freeze()


def run_gui(data_dir: Path, lang: str | None) -> int:
    app = create_application()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the home screen reports it when the store fails to open
    from desktop.logfile import record_crashes, start_logging
    from desktop.ui.shell import error_guard
    from desktop.ui.shell.single_instance import SingleInstance, bring_forward

    guard = SingleInstance(data_dir)
    if not guard.acquire(listen=False):
        print(f"Training Assessment is already running on {data_dir}; its window was brought forward.")
        return 0
    start_logging(data_dir)
    record_crashes(data_dir)
    error_guard.install()
    _probe = None
    if os.environ.get(PROBE_VARIABLE):  # tests only: kept alive for the app's life
        from desktop.ui.shell.probe import install_from_environment

        _probe = install_from_environment(app)
    shell = Shell(data_dir, lang)
    if _probe is not None:
        _probe.follow(shell.context.operations)
    guard.activated.connect(lambda: bring_forward(shell.window))
    # Later launches are listened for a moment after the window has painted, not before its first
    # keys (QtNetwork and the folder's hash, ~10 ms): one started meanwhile finds the folder locked
    # and keeps asking for two seconds.
    shell.window.first_painted.connect(lambda: QTimer.singleShot(LISTEN_AFTER_PAINT_MS, guard.listen))
    QTimer.singleShot(1500, guard.listen)  # a platform that never paints; listening is idempotent
    shell.context.charts_loaded.connect(keep_what_is_loaded)
    shell.show()
    code = app.exec()
    shell.context.operations.shutdown()  # a backup or report under way is finished, not cut short
    shell.context.close()
    guard.release()
    return code
