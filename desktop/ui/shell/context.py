"""What every screen shares: language, loaded instruments and the store once it is open.

The store (SQLModel, SQLAlchemy) is imported and opened on a background thread after the home
window has painted, so the window appears and answers before storage costs anything.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.paths import instruments_dir, quizzes_dir, user_instruments_dir, user_quizzes_dir
from desktop.store.changes import CONTENT, Changes
from desktop.ui.shell.i18n import error_text
from desktop.ui.shell.operations import Operations, Progress

if TYPE_CHECKING:
    from desktop.core.answered_versions import RoundVersion
    from desktop.core.bank_model import Bank
    from desktop.core.comparison import RatingSheet, Round
    from desktop.core.instrument_history import InstrumentVersions
    from desktop.core.instruments import Instrument
    from desktop.core.localtext import LocalText
    from desktop.core.yamldoc import ContentError
    from desktop.store.records import BackupInfo, RestoreResult, StartupNotice, StorageProblem
    from desktop.store.store import Store

log = logging.getLogger(__name__)


class _NoStore:
    """What an operation returns when there is no store to work on (its ``done`` is then not called)."""


_NO_STORE = _NoStore()


#: the forms (by id) or the banks of the content folders, and the problems of the files that did not load
LoadedForms: TypeAlias = "tuple[dict[str, Instrument], list[ContentError]]"
LoadedBanks: TypeAlias = "tuple[list[Bank], list[ContentError]]"


def _load_charts() -> None:
    import gc

    # Imports make objects that live as long as the app, not garbage: collecting meanwhile would
    # only walk the growing heap again and again, each pass holding the interpreter (a stall of
    # the window) for tens of milliseconds.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # Only what draws off the window: charts are rendered by Agg and shown as images. Never
        # matplotlib's Qt backend here: importing it makes PySide types and the whole Qt namespace,
        # and PySide's making of a type is not safe while the window's thread makes others (the
        # app crashed opening a file chooser as the worker did so).
        from matplotlib import figure, projections  # noqa: F401 - importing is the point
        from matplotlib.backends import backend_agg  # noqa: F401

        from desktop.charts import radar, trend  # noqa: F401
        from desktop.charts.setup import prepare_matplotlib

        prepare_matplotlib()
    finally:
        if collecting:
            gc.enable()


def _folder_error(folder: Path, exc: Exception) -> ContentError:
    from desktop.core.yamldoc import ContentError

    return ContentError(folder.name, 1, "(file)", f"could not be loaded ({type(exc).__name__}: {exc})")


def _read_instruments(data_dir: Path) -> LoadedForms:
    from desktop.core.content import load_instruments

    folder = instruments_dir()
    try:
        return load_instruments(folder, user_instruments_dir(data_dir))
    except Exception as exc:  # a loader defect must not stop the app; say which folder
        log.exception("Loading the instruments failed")
        return {}, [_folder_error(folder, exc)]


def _read_banks(data_dir: Path) -> LoadedBanks:
    from desktop.core.banks import load_bank_folders

    folder = quizzes_dir()
    try:
        return load_bank_folders(folder, user_quizzes_dir(data_dir))
    except Exception as exc:  # as for instruments: listed, never fatal
        log.exception("Loading the question banks failed")
        return [], [_folder_error(folder, exc)]


T = TypeVar("T")  # what an operation's work returns and its done is given


class AppContext(QObject):
    store_ready = Signal()
    #: matplotlib and the chart fonts are loaded (``preload_charts``): the app has all it keeps
    charts_loaded = Signal()
    store_failed = Signal(str)
    #: after each write, what it changed (a ``Changes``), on the UI thread whichever thread wrote;
    #: every screen listens here and refreshes only the parts it shows
    changed = Signal(object)

    def __init__(self, data_dir: Path, lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.lang = lang
        self.store: Store | None = None
        self.store_error: str | None = None
        #: set when the database was found damaged at start and set aside (shown on the home screen)
        self.startup_notice: StartupNotice | None = None
        #: set when the database could only be opened read-only (a full disk, a read-only folder)
        self.read_only: StorageProblem | None = None
        #: The network file system (nfs4, cifs…) holding the SQLite file, when the OS says so: the home
        #: screen warns and suggests a PostgreSQL server.
        self.network_folder: str | None = None
        self.instruments: dict[str, Instrument] = {}
        self.content_errors: list[ContentError] = []
        self._banks: tuple[list[Bank], list[ContentError]] | None = None
        self._opening = False
        self._charts_loading = False
        #: store work off the UI thread, one operation at a time in order (see ``operations``)
        self.operations = Operations(self)
        self._versions: InstrumentVersions | None = None
        self._versions_key: tuple[int, int] | None = None
        #: the worker (the class, history and radar screens' reads) and the window's thread both ask
        #: for the versions: one builds them while the other waits, and both get the same
        self._versions_lock = threading.Lock()

    def reload_instruments(self) -> None:
        self.instruments, self.content_errors = _read_instruments(self.data_dir)
        self._banks = None

    def reload_content_in_background(self, done: Callable[[], None], owner: QObject | None = None) -> None:
        """Read the instruments and banks again on the worker (a trainer's 500-question bank alone takes
        a quarter of a second), then, on the UI thread, use them, announce it and call ``done``."""
        data_dir = self.data_dir

        def read(_progress: Progress) -> tuple[LoadedForms, LoadedBanks]:
            return _read_instruments(data_dir), _read_banks(data_dir)

        def use(result: tuple[LoadedForms, LoadedBanks]) -> None:
            (self.instruments, self.content_errors), self._banks = result
            self.changed.emit(CONTENT)
            done()

        self.operations.run(read, use, label=self.tr("Reading the banks and forms…"), owner=owner)

    def instrument_for(self, instrument_id: str, version: int | None = None) -> Instrument | None:
        """The instrument a form was answered with: its own version, kept by the store when the file
        has changed since; today's file for ``version`` None or a version never kept."""
        return self._instrument_versions().get(instrument_id, version)

    def instrument_for_sheets(self, instrument_id: str, sheets: Iterable[RatingSheet]) -> Instrument | None:
        """The instrument one round of forms (``RatingSheet``s) is shown and scored with."""
        return self._instrument_versions().for_sheets(instrument_id, sheets)

    def answered_with(self, instrument: Instrument) -> RoundVersion:
        """The version each round of ``instrument`` was answered with, as a function of the round (what
        the views of several rounds score, band and draw each round with)."""
        return self._instrument_versions().answered(instrument)

    def forms_with_history(self, store: Store) -> dict[str, Instrument]:
        """Today's forms, and each form whose file is gone (removed, renamed, broken) that forms were
        answered with, as its newest kept version: what the history, radar and class screens list.
        Reads the store: call it on the worker."""
        return self._instrument_versions().with_answered(store.answered_instruments())

    def as_answered(self, instrument: Instrument, rounds: list[Round]) -> list[Round]:
        """``rounds`` with each form read as its round's version reads it (a rater who answered another
        version of the form than the round's: see ``InstrumentVersions.as_answered``)."""
        return self._instrument_versions().rounds_as_answered(instrument, rounds)

    def _instrument_versions(self) -> InstrumentVersions:
        from desktop.core.instrument_history import InstrumentVersions

        # Built again when the files are reloaded or another database is opened (a restore).
        instruments, store = self.instruments, self.store
        key = (id(instruments), id(store))
        with self._versions_lock:
            versions = self._versions
            if versions is None or self._versions_key != key:
                versions = InstrumentVersions(
                    instruments, lambda i, v: store.kept_instrument(i, v) if store is not None else None
                )
                self._versions, self._versions_key = versions, key
            return versions

    def banks(self) -> tuple[list[Bank], list[ContentError]]:
        """The valid question banks, built-in and the trainer's own, and the errors of the broken ones
        (loaded on first use)."""
        if self._banks is None:
            self._banks = _read_banks(self.data_dir)
        return self._banks

    def reload_banks(self) -> None:
        """Read the banks again on the next ``banks()`` (after an import wrote one)."""
        self._banks = None
        self.changed.emit(CONTENT)

    def bank_errors(self) -> list[ContentError]:
        """The broken banks' errors once the banks are loaded (never loads them on the caller's thread)."""
        return list(self._banks[1]) if self._banks is not None else []

    def load_content(self) -> None:
        """Instruments and banks. Separate from the database: a broken file is listed, never fatal."""
        self.reload_instruments()
        self.banks()  # ~0.2 s of YAML: here, not on the UI thread when the home screen asks

    def text(self, local: LocalText | None) -> str:
        return local.get(self.lang) if local is not None else ""

    # -- store ---------------------------------------------------------------------------------
    def open_store_in_background(self) -> None:
        """Open the store as the first operation of the worker (the screens' reads queue behind it)."""
        if self._opening:
            return
        self._opening = True
        self.operations.run(lambda _progress: self._open_store(), label=self.tr("Opening the database…"))

    def open_store_now(self) -> None:
        """Open synchronously (tests, command-line tools); the screens' store work then runs inline
        too, so a screen is filled when the call that opened it returns."""
        self.operations.inline = True
        self._open_store()

    def run(
        self,
        work: Callable[[Store, Progress], T],
        done: Callable[[T], None] | None = None,
        *,
        label: str = "",
        failed: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Store work as an operation on the worker (see ``Operations.run``): ``work(store, progress)``
        runs there once the store is open, ``done(result)`` back on the UI thread. Nothing runs
        when the store could not be opened."""

        def with_store(progress: Progress) -> T | _NoStore:
            store = self.store
            return _NO_STORE if store is None else work(store, progress)

        def deliver(result: T | _NoStore) -> None:
            if not isinstance(result, _NoStore) and done is not None:
                done(result)

        self.operations.run(with_store, deliver, label=label, failed=failed, owner=owner)

    def preload_charts(self) -> None:
        """Import matplotlib and set up its fonts on the worker once the store is open, so the first
        chart screen does not freeze the window for the ~0.5 s that takes. Quietly: nobody asked for
        it, so it shows the busy line only while a screen's own work waits behind it."""
        if self._charts_loading:
            return
        self._charts_loading = True
        self.operations.run(
            lambda _progress: _load_charts(),
            lambda _none: self.charts_loaded.emit(),
            label=self.tr("Loading the charts…"),
            quiet=True,
        )

    def announce(self, changes: Changes) -> None:
        """Carry ``changes`` to every screen (writes the store does not see, e.g. a PK session's
        events committed on the buzz path without an announcement each)."""
        self.changed.emit(changes)

    def _open_store(self) -> None:
        # Content and storage load after the first paint (YAML and SQLAlchemy are the slow imports);
        # screens that need them are opened only once store_ready has fired. Content first, on its
        # own: a broken content file is a content error, never a reason the database is not opened.
        self.load_content()
        try:
            from desktop.database_choice import chosen_database_url
            from desktop.store.errors import DatabaseError
            from desktop.store.store import Store

            try:
                store = Store(self.data_dir, chosen_database_url(self.data_dir))
                if not store.on_server:
                    from desktop.network_folder import network_file_system

                    self.network_folder = network_file_system(self.data_dir)
                    if self.network_folder:
                        log.warning("The data folder %s is on %s", self.data_dir, self.network_folder)
            except DatabaseError as exc:
                self._store_failed(error_text(exc))
                return
        except Exception as exc:  # noqa: BLE001 - any failure to open must reach the user, not a traceback
            self._store_failed(f"{type(exc).__name__}: {exc}")
            return
        store.subscribe(self.changed.emit)
        self.store = store
        self._store_opened()

    def _store_opened(self) -> None:
        assert self.store is not None
        self.startup_notice = self.store.take_startup_notice()
        self.read_only = self.store.read_only_problem
        self._versions = None  # the kept instrument versions are the database's: read them again
        self.store_error = None
        self.store_ready.emit()

    def _store_failed(self, error: str) -> None:
        self.store_error = error
        self.store_failed.emit(error)

    def restore_backup(self, backup: BackupInfo) -> RestoreResult:
        """Put ``backup`` in place of the database; the store goes on with the restored data.

        Raises ``BackupError`` when the restore did not happen; every screen refreshes on
        ``store_ready`` either way (or learns on ``store_failed`` that the data cannot be opened).
        """
        from desktop.store.errors import DatabaseError

        store = self.store
        assert store is not None, "restore is offered only once the store is open"
        self.operations.wait()  # nothing may still be reading the file that is replaced
        try:
            return store.restore(backup)
        except DatabaseError as exc:
            self.close()
            self._store_failed(error_text(exc))
            raise
        finally:
            if self.store is not None:
                self._store_opened()

    def automatic_backup(self, reason: str) -> None:
        """A backup at a natural pause (the end of a PK session); a failure is logged, never shown
        in the middle of class. None is taken read-only or on a server (see ``Store.backup``)."""
        if self.store is None:
            return

        def back_up(store: Store, progress: Progress) -> None:
            from desktop.store.errors import BackupError

            try:
                store.backup(reason, progress)  # announces the backup taken
            except BackupError as exc:
                log.warning("The %s backup failed: %s", reason, exc)

        # On the worker, with its page counts on the busy line: the end of a PK session never waits.
        self.run(back_up, label=self.tr("Taking a backup…"))

    def close(self) -> None:
        if self.store is not None:
            self.store.unsubscribe(self.changed.emit)
            self.store.close()
            self.store = None
